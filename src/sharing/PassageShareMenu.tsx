import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/languages';
import { usePageT } from '../i18n/page-lang';
import { passageUrl, type SharedPassage } from './share-text';
import { useToast } from '../ui/toast';

export interface PassageShareMenuProps {
  id: string;
  passage: SharedPassage;
  text: string;
  title: string;
  textLang: Lang;
  onClose: () => void;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The open share menu of one passage (a chunk of its own: only a reader who opens it needs it). */
export function PassageShareMenu({ id, passage, text, title, textLang, onClose }: PassageShareMenuProps) {
  const t = usePageT('sharing');
  // The quote is written in the passage's language (its quotation marks), whose strings may not be here yet.
  const quote = useTranslation('sharing', { lng: textLang }).t;
  const toast = useToast();
  const url = () => passageUrl(window.location.origin, passage);
  const canShare = typeof navigator.share === 'function';
  const box = useRef<HTMLSpanElement>(null);
  // It opens leftwards from its button; near the left edge that would run off the screen, so it opens
  // rightwards there instead (on a phone it is a sheet at the bottom, by CSS).
  useLayoutEffect(() => {
    const menu = box.current;
    if (menu && menu.getBoundingClientRect().left < 8) menu.dataset.align = 'start';
  }, []);

  const done = async (what: 'copiedLink' | 'copiedQuote', value: string) => {
    onClose();
    toast((await copy(value)) ? t(what) : t('copyFailed', { url: url() }));
  };

  return (
    <span ref={box} id={id} className="passage-share__menu" role="group" aria-label={t('share')}>
      <button type="button" onClick={() => void done('copiedLink', url())}>
        {t('copyLink')}
      </button>
      {canShare ? (
        <button
          type="button"
          onClick={() => {
            onClose();
            navigator.share({ title, text, url: url() }).catch(() => {});
          }}
        >
          {t('shareVia')}
        </button>
      ) : null}
      <button type="button" onClick={() => void done('copiedQuote', quote('quote', { text, title, url: url() }))}>
        {t('copyQuote')}
      </button>
    </span>
  );
}
