import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { usePageT } from '../i18n/page-lang';
import { useReaderStore } from '../store/reader-store';
import { LINE_SPACINGS, TEXT_SIZES, THEMES } from '../store/reading-settings';
import { Contents } from './Contents';
import type { ContentsEntries } from './contents-entries';

export interface ReadingSettingsPanelProps {
  id: string;
  contents: ContentsEntries | null;
  container: RefObject<HTMLElement | null>;
  onJump: (segmentId: string) => void;
  /** The button that opened it: clicks on it are not "outside", and focus goes back to it. */
  button: RefObject<HTMLButtonElement | null>;
  /** Closes the panel, with focus back on the button or left where it is. */
  close: (refocus: boolean) => void;
  /** Bar controls repeated here, shown only where the bar has no room for them (styles.css). */
  children?: ReactNode;
}

/** The open panel of the bar's "Aa" button (ReadingSettings.tsx): code fetched when idle or on first open. */
export function ReadingSettingsPanel({
  id,
  contents,
  container,
  onJump,
  button,
  close,
  children,
}: ReadingSettingsPanelProps) {
  const t = usePageT('common');
  const panel = useRef<HTMLDivElement>(null);
  const settings = useReaderStore(useShallow((state) => state.settings));
  const setSettings = useReaderStore((state) => state.setSettings);

  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    element.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!element.contains(target) && !button.current?.contains(target)) close(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close(true);
    };
    document.addEventListener('pointerdown', onPointer);
    element.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      element.removeEventListener('keydown', onKey);
    };
  }, [button, close]);

  return (
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
      {children ? <div className="reading-settings__bar-extras">{children}</div> : null}
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
  );
}
