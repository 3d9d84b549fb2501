import { lazy, Suspense, useState } from 'react';
import type { Lang } from '../i18n/languages';
import { useHydrated } from '../ui/use-hydrated';
import type { SharedPassage } from './share-text';

const menuCode = () => import('./PassageShareMenu');
const PassageShareMenu = lazy(() => menuCode().then((m) => ({ default: m.PassageShareMenu })));

/** Fetches the menu's code ahead of the first open (when the browser is idle). */
export const preloadShareMenu = (): Promise<unknown> => menuCode();

export interface PassageShareProps {
  /** What the link opens: the passage in its language, or the whole parallel view at it. */
  passage: SharedPassage;
  /** The passage's text and the article's title, in the language being shared. */
  text: string;
  title: string;
  textLang: Lang;
  /** The button's name ("Share this passage"), in the page's language. */
  label: string;
  /** Unique on the page: the open menu's id. */
  menuId: string;
  open: boolean;
  onToggle: () => void;
  onClose: () => void;
}

/**
 * The share control of one passage: copy its link, share it (where the
 * system has a share sheet), or copy it as a quote with the title and link,
 * all in the passage's language. Shown on hover and focus. The page says
 * whether it is open, so one menu is open at a time.
 *
 * The button works only with the app, so a pre-rendered page holds just
 * its box (sized in CSS, so nothing moves when the button arrives).
 */
export function PassageShare({ label, menuId, open, onToggle, onClose, ...shared }: PassageShareProps) {
  const live = useHydrated();
  if (!live) return <span className="passage-share" />;
  return (
    <span className={`passage-share${open ? ' is-open' : ''}`}>
      <button
        type="button"
        className="passage-share__toggle"
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={(event) => {
          event.stopPropagation();
          onToggle();
        }}
      />
      {open ? (
        <Suspense fallback={null}>
          <PassageShareMenu id={menuId} {...shared} onClose={onClose} />
        </Suspense>
      ) : null}
    </span>
  );
}

/** A share control that keeps its own open state: for the few a page shows at once (the marked parallel row). */
export function OwnPassageShare(props: Omit<PassageShareProps, 'open' | 'onToggle' | 'onClose'>) {
  const [open, setOpen] = useState(false);
  return <PassageShare {...props} open={open} onToggle={() => setOpen(!open)} onClose={() => setOpen(false)} />;
}
