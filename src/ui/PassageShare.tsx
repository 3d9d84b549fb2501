import { Suspense, useState } from 'react';
import type { Lang } from '../i18n/languages';
import type { SharedPassage } from '../sharing/share-text';
import { lazyComponent } from './lazy-component';
import { useHydrated } from './use-hydrated';

export const PassageShareMenu = lazyComponent(() => import('./PassageShareMenu').then((m) => m.PassageShareMenu));

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
 * all in the passage's language. Shown on hover and focus.
 *
 * An article has one per passage, all redrawn when the reader switches
 * language, so it holds no state and reads no context: the page says
 * whether it is open, and its icon is CSS, not markup.
 *
 * The button works only with the app, so a pre-rendered page holds just
 * its box (sized in CSS, so nothing moves when the button arrives) and the
 * button comes with hydration: a long article's first paint has a button
 * and its labels a passage fewer to parse and style.
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
