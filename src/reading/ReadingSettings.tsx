import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { usePageT } from '../i18n/page-lang';
import { useReaderStore } from '../store/reader-store';
import { LINE_SPACINGS, TEXT_SIZES, THEMES } from '../store/reading-settings';
import { Contents, type ContentsEntries } from './Contents';

interface ReadingSettingsProps {
  /** The article's headings, for the contents; null where it has fewer than three. */
  contents: ContentsEntries | null;
  /** The reading view, where the section being read is found. */
  container: RefObject<HTMLElement | null>;
  /** Takes the reader to a segment by its id. */
  onJump: (segmentId: string) => void;
}

/**
 * The bar's "Aa" button and the panel it opens: theme, text size, line
 * spacing and, for a long article, its contents. A panel rather than a modal
 * dialog, so the text behind it changes as the reader picks, and stays
 * readable. Escape, the close button, a jump or a click outside close it, and
 * focus goes back to the button.
 */
export function ReadingSettings({ contents, container, onJump }: ReadingSettingsProps) {
  const t = usePageT('common');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const settings = useReaderStore(useShallow((state) => state.settings));
  const setSettings = useReaderStore((state) => state.setSettings);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    const element = panel.current;
    if (!open || !element) return;
    element.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!element.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    element.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      element.removeEventListener('keydown', onKey);
    };
  }, [open]);

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
        <div
          ref={panel}
          id={`${id}-panel`}
          className="reading-settings"
          role="dialog"
          aria-labelledby={`${id}-title`}
          tabIndex={-1}
        >
          <div className="reading-settings__head">
            <h2 id={`${id}-title`}>{t('settings.title')}</h2>
            <button type="button" className="icon-button" aria-label={t('settings.close')} onClick={() => close(true)}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <fieldset className="reading-settings__group">
            <legend>{t('settings.theme')}</legend>
            <div className="reading-settings__choices">
              {THEMES.map((theme) => (
                <label key={theme} className={`reading-settings__choice swatch swatch--${theme}`}>
                  <input
                    type="radio"
                    name={`${id}-theme`}
                    checked={settings.theme === theme}
                    onChange={() => setSettings({ theme })}
                  />
                  {t(`settings.themes.${theme}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="reading-settings__group">
            <legend>{t('settings.textSize')}</legend>
            <div className="reading-settings__choices reading-settings__sizes">
              {TEXT_SIZES.map((size) => (
                <label key={size} className="reading-settings__choice" title={t(`settings.sizes.${size}`)}>
                  <input
                    type="radio"
                    name={`${id}-size`}
                    checked={settings.textSize === size}
                    onChange={() => setSettings({ textSize: size })}
                  />
                  <span aria-hidden="true" className={`reading-settings__glyph reading-settings__glyph--${size}`}>
                    A
                  </span>
                  <span className="visually-hidden">{t(`settings.sizes.${size}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="reading-settings__group">
            <legend>{t('settings.lineSpacing')}</legend>
            <div className="reading-settings__choices">
              {LINE_SPACINGS.map((spacing) => (
                <label key={spacing} className="reading-settings__choice">
                  <input
                    type="radio"
                    name={`${id}-spacing`}
                    checked={settings.lineSpacing === spacing}
                    onChange={() => setSettings({ lineSpacing: spacing })}
                  />
                  {t(`settings.spacings.${spacing}`)}
                </label>
              ))}
            </div>
          </fieldset>
          {contents ? (
            <Contents
              entries={contents}
              container={container}
              label={t('settings.contents')}
              onJump={(segmentId) => {
                close(false);
                onJump(segmentId);
              }}
            />
          ) : null}
        </div>
      ) : null}
    </>
  );
}
