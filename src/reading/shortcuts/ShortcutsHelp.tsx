import { lazy, Suspense } from 'react';
import { usePageT } from '../../i18n/page-lang';

// The list is code only a reader who asks for it needs: fetched when idle or on first open.
const dialogCode = () => import('./ShortcutsDialog');
const ShortcutsDialog = lazy(() => dialogCode().then((m) => ({ default: m.ShortcutsDialog })));

export const preloadShortcutsDialog = (): Promise<unknown> => dialogCode();

/** The shortcuts list while open; nothing (and no code) while closed. */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return open ? (
    <Suspense fallback={null}>
      <ShortcutsDialog open onClose={onClose} />
    </Suspense>
  ) : null;
}

/** The ? button that opens the list (the ? key does the same). */
export function ShortcutsButton({ onOpen }: { onOpen: () => void }) {
  const t = usePageT('common');
  return (
    <button
      type="button"
      className="icon-button shortcuts-button"
      aria-label={t('shortcuts.open')}
      title={t('shortcuts.open')}
      onClick={onOpen}
    >
      ?
    </button>
  );
}
