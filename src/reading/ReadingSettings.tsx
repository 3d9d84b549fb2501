import { lazy, Suspense, useCallback, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { usePageT } from '../i18n/page-lang';
import type { ContentsEntries } from './contents-entries';

// The panel is code only a reader who opens it needs: fetched when idle or on first open.
const panelCode = () => import('./ReadingSettingsPanel');
const ReadingSettingsPanel = lazy(() => panelCode().then((m) => ({ default: m.ReadingSettingsPanel })));

export const preloadReadingSettings = (): Promise<unknown> => panelCode();

interface ReadingSettingsProps {
  /** The article's headings, for the contents; null where it has fewer than three. */
  contents: ContentsEntries | null;
  /** The reading view, where the section being read is found. */
  container: RefObject<HTMLElement | null>;
  /** Takes the reader to a segment by its id. */
  onJump: (segmentId: string) => void;
  /** Bar controls the panel also offers, for the narrowest phones, where the bar has no room for them. */
  children?: ReactNode;
}

/**
 * The bar's "Aa" button and the panel it opens: theme, text size, line
 * spacing and, for a long article, its contents. A panel rather than a modal
 * dialog, so the text behind it changes as the reader picks, and stays
 * readable. Escape, the close button, a jump or a click outside close it, and
 * focus goes back to the button.
 */
export function ReadingSettings({ contents, container, onJump, children }: ReadingSettingsProps) {
  const t = usePageT('common');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="icon-button reading-settings__toggle"
        aria-label={t('settings.open')}
        title={t('settings.open')}
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        <span aria-hidden="true">Aa</span>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ReadingSettingsPanel
            id={id}
            contents={contents}
            container={container}
            onJump={onJump}
            button={button}
            close={close}
          >
            {children}
          </ReadingSettingsPanel>
        </Suspense>
      ) : null}
    </>
  );
}
