import { Suspense, useId, useState } from 'react';
import type { Lang } from '../i18n/languages';
import { usePageT } from '../i18n/page-lang';
import type { SharedPassage } from '../sharing/share-text';
import { lazyComponent } from './lazy-component';

export const PassageShareMenu = lazyComponent(() => import('./PassageShareMenu').then((m) => m.PassageShareMenu));

interface PassageShareProps {
  /** What the link opens: the passage in its language, or the whole parallel view at it. */
  passage: SharedPassage;
  /** The passage's text and the article's title, in the language being shared. */
  text: string;
  title: string;
  textLang: Lang;
}

/**
 * The share control of one passage: copy its link, share it (where the
 * system has a share sheet), or copy it as a quote with the title and link,
 * all in the passage's language. Shown on hover and focus.
 */
export function PassageShare(props: PassageShareProps) {
  const t = usePageT('sharing');
  const [open, setOpen] = useState(false);
  const menuId = useId();

  return (
    <span className={`passage-share${open ? ' is-open' : ''}`}>
      <button
        type="button"
        className="passage-share__toggle"
        aria-label={t('share')}
        title={t('share')}
        aria-expanded={open}
        aria-controls={menuId}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(!open);
        }}
      >
        <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <PassageShareMenu id={menuId} {...props} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </span>
  );
}
