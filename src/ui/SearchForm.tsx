import { useState } from 'react';
import { usePageLang, usePageT } from '../i18n/page-lang';
import { searchPath } from '../routing/links';
import { navigate } from '../routing/navigation';

/**
 * A search field that opens the results page (`/` focuses it). A plain
 * form: before the app starts, the browser submits the same URL.
 */
export function SearchForm() {
  const lang = usePageLang();
  const t = usePageT('search');
  const [text, setText] = useState('');
  return (
    <form
      role="search"
      className="search-form"
      action={searchPath(lang)}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(searchPath(lang, text.trim()));
      }}
    >
      <label htmlFor="_library-search" className="visually-hidden">
        {t('field')}
      </label>
      <input
        id="_library-search"
        type="search"
        name="q"
        value={text}
        maxLength={200}
        autoComplete="off"
        placeholder={t('field')}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <button type="submit" className="button">
        {t('submit')}
      </button>
    </form>
  );
}
