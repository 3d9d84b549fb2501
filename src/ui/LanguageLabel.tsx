import { AUTONYMS, urlWordOf, type Lang } from '../i18n/languages';

/** A language as the outlet's menu shows it (UA, EN, RU) with its own name beside it. */
export function LanguageLabel({ lang }: { lang: Lang }) {
  return (
    <>
      <span className="language-switcher__word" aria-hidden="true">
        {urlWordOf(lang).toUpperCase()}
      </span>
      <span className="language-switcher__name" lang={lang}>
        {AUTONYMS[lang]}
      </span>
    </>
  );
}
