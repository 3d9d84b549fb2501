import { useEffect, useId, useRef, useState } from 'react';
import { LANGS, urlWordOf, type Lang } from '../../i18n/languages';
import { usePageT } from '../../i18n/page-lang';
import { addColumn, moveColumnFirst, removeColumn } from '../../reading/columns';
import { MAX_COMPARE } from '../../routing/links';

export type ColumnState = 'ok' | 'missing' | 'invalid';

interface LanguagesMenuProps {
  columns: readonly Lang[];
  states: readonly ColumnState[];
  available: readonly Lang[];
  onChange: (columns: Lang[]) => void;
  peek: boolean;
  onPeek: (on: boolean) => void;
}

/**
 * The parallel view's one control for its columns: a button that says which
 * languages are shown, in order, and opens a panel where every action says
 * in words what it does. It closes on Escape, on a click elsewhere and after
 * an action, and gives focus back to its button.
 */
export function LanguagesMenu({ columns, states, available, onChange, peek, onPeek }: LanguagesMenuProps) {
  const t = usePageT('parallel');
  const tc = usePageT('common');
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const name = (lang: Lang) => tc(`languageName.${lang}`);
  const addable = columns.length <= MAX_COMPARE ? LANGS.filter((lang) => !columns.includes(lang)) : [];

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggle.current?.focus();
  };
  const act = (next: Lang[]) => {
    close(true);
    onChange(next);
  };

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !box.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="languages-menu" ref={box}>
      <button
        ref={toggle}
        type="button"
        className="bar-button languages-menu__toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span className="languages-menu__order" aria-hidden="true">
          {columns.map((lang) => urlWordOf(lang).toUpperCase()).join(' ')}
        </span>
        <span className="bar-button__caption">{t('languages')}</span>
      </button>
      {open ? (
        <div id={panelId} className="languages-menu__panel" role="group" aria-label={t('columnsLabel')}>
          <ol className="languages-menu__columns">
            {columns.map((lang, index) => (
              <li key={lang}>
                <span className="languages-menu__name">
                  <span className="languages-menu__word" aria-hidden="true">
                    {urlWordOf(lang).toUpperCase()}
                  </span>{' '}
                  {name(lang)}
                  {states[index] === 'missing' || states[index] === 'invalid' ? (
                    <span className="languages-menu__problem">
                      {' '}
                      {t(states[index] === 'missing' ? 'columnMissing' : 'columnInvalid')}
                    </span>
                  ) : null}
                </span>
                <span className="languages-menu__actions">
                  {index > 0 ? (
                    <button
                      type="button"
                      aria-label={t('moveFirstLabel', { language: name(lang) })}
                      onClick={() => act(moveColumnFirst(columns, lang))}
                    >
                      {t('moveFirst')}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    aria-label={t('removeLabel', { language: name(lang) })}
                    onClick={() => act(removeColumn(columns, lang))}
                  >
                    {t('remove')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
          {addable.length > 0 ? (
            <ul className="languages-menu__add">
              {addable.map((lang) => (
                <li key={lang}>
                  {available.includes(lang) ? (
                    <button type="button" onClick={() => act(addColumn(columns, lang))}>
                      {t('add', { language: name(lang) })}
                    </button>
                  ) : (
                    <span className="languages-menu__missing">
                      {name(lang)}: {t('columnMissing')}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          <label className="peek-toggle">
            <input type="checkbox" checked={peek} onChange={(event) => onPeek(event.target.checked)} /> {t('peek')}
          </label>
        </div>
      ) : null}
    </div>
  );
}
