import { LANGS, type Lang } from '../../i18n/languages';
import { usePageT } from '../../i18n/page-lang';
import { addColumn, moveColumnLeft, removeColumn } from '../../reading/columns';
import { MAX_COMPARE } from '../../routing/links';
import { LanguageLabel } from '../../ui/LanguageLabel';

export type ColumnState = 'ok' | 'missing' | 'invalid';

interface ColumnControlsProps {
  columns: readonly Lang[];
  states: readonly ColumnState[];
  available: readonly Lang[];
  onChange: (columns: Lang[]) => void;
}

/** The column headers: each language with its own controls, then the languages that can be added. */
export function ColumnControls({ columns, states, available, onChange }: ColumnControlsProps) {
  const t = usePageT('parallel');
  const tc = usePageT('common');
  const name = (lang: Lang) => tc(`languageName.${lang}`);
  const addable = columns.length <= MAX_COMPARE ? LANGS.filter((lang) => !columns.includes(lang)) : [];

  return (
    <div className="column-controls" role="group" aria-label={t('columnsLabel')}>
      <ol className={`column-controls__columns parallel-grid parallel-grid--${columns.length}`}>
        {columns.map((lang, index) => (
          <li key={lang} className="column-controls__column">
            <span className="column-controls__name">
              <LanguageLabel lang={lang} />
            </span>
            {states[index] === 'missing' || states[index] === 'invalid' ? (
              <span className="column-controls__problem">
                {t(states[index] === 'missing' ? 'columnMissing' : 'columnInvalid')}
              </span>
            ) : null}
            <span className="column-controls__buttons">
              {index > 0 ? (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('moveLeft', { language: name(lang) })}
                  title={t('moveLeft', { language: name(lang) })}
                  onClick={() => onChange(moveColumnLeft(columns, lang))}
                >
                  ⇄
                </button>
              ) : null}
              <button
                type="button"
                className="icon-button"
                aria-label={t('removeColumn', { language: name(lang) })}
                title={t('removeColumn', { language: name(lang) })}
                onClick={() => onChange(removeColumn(columns, lang))}
              >
                ×
              </button>
            </span>
          </li>
        ))}
      </ol>
      {addable.length > 0 ? (
        <ul className="column-controls__add">
          {addable.map((lang) => (
            <li key={lang}>
              {available.includes(lang) ? (
                <button
                  type="button"
                  className="add-button"
                  aria-label={t('addColumn', { language: name(lang) })}
                  onClick={() => onChange(addColumn(columns, lang))}
                >
                  + <LanguageLabel lang={lang} />
                </button>
              ) : (
                <span className="add-button is-missing" aria-disabled="true">
                  <LanguageLabel lang={lang} /> <span className="language-switcher__reason">{t('columnMissing')}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
