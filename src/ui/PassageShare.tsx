import { useId, useState } from 'react';
import type { Lang } from '../i18n/languages';
import { usePageT } from '../i18n/page-lang';
import { passageUrl, type SharedPassage } from '../sharing/share-text';
import { useToast } from './toast';

interface PassageShareProps {
  /** What the link opens: the passage in its language, or the whole parallel view at it. */
  passage: SharedPassage;
  /** The passage's text and the article's title, in the language being shared. */
  text: string;
  title: string;
  textLang: Lang;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The share control of one passage: copy its link, share it (where the
 * system has a share sheet), or copy it as a quote with the title and link,
 * all in the passage's language. Shown on hover and focus.
 */
export function PassageShare({ passage, text, title, textLang }: PassageShareProps) {
  const t = usePageT('sharing');
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const url = () => passageUrl(window.location.origin, passage);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const done = async (what: 'copiedLink' | 'copiedQuote', value: string) => {
    setOpen(false);
    toast((await copy(value)) ? t(what) : t('copyFailed', { url: url() }));
  };

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
        <span id={menuId} className="passage-share__menu" role="group" aria-label={t('share')}>
          <button type="button" onClick={() => void done('copiedLink', url())}>
            {t('copyLink')}
          </button>
          {canShare ? (
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                navigator.share({ title, text, url: url() }).catch(() => {});
              }}
            >
              {t('shareVia')}
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => void done('copiedQuote', t('quote', { text, title, url: url(), lng: textLang }))}
          >
            {t('copyQuote')}
          </button>
        </span>
      ) : null}
    </span>
  );
}
