import { useEffect } from 'react';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { loadArticle } from '../../articles/loader';
import { LANGS, type Lang } from '../../i18n/languages';
import { usePageT } from '../../i18n/page-lang';
import { articlePath } from '../../routing/links';
import { AppLink } from '../../ui/AppLink';
import { LanguageLabel } from '../../ui/LanguageLabel';
import { fetchAheadWhenIdle } from '../../ui/when-idle';

/** A language's text of the article and its interface strings, fetched (and kept) ahead of a switch to it. */
function prefetch(instance: i18n, slug: string, lang: Lang): void {
  void loadArticle(slug, [lang]).catch(() => undefined);
  void instance.loadLanguages(lang).catch(() => undefined);
}

interface LanguageSwitcherProps {
  slug: string;
  current: Lang;
  available: readonly Lang[];
  /** Saves the reading position before the switch. */
  beforeSwitch: () => void;
}

/**
 * Every language, always: the ones this article lacks are shown disabled
 * with the reason, so readers know the translation is missing rather than
 * hidden. The other languages' texts and interface strings are fetched when
 * the page has loaded and the browser is idle (unless the reader saves data
 * or the link is slow), and a language's on hover or focus, so a switch
 * rarely waits for the network.
 */
export function LanguageSwitcher({ slug, current, available, beforeSwitch }: LanguageSwitcherProps) {
  const t = usePageT('reader');
  const tc = usePageT('common');
  const { i18n } = useTranslation();
  const others = available.filter((lang) => lang !== current).join(' ');

  useEffect(() => {
    if (!others) return;
    return fetchAheadWhenIdle(() => {
      for (const lang of LANGS) if (others.includes(lang)) prefetch(i18n, slug, lang);
    });
  }, [slug, others, i18n]);

  return (
    <nav aria-label={t('switcherLabel')} className="language-switcher">
      <ul>
        {LANGS.map((lang) => {
          const label = <LanguageLabel lang={lang} />;
          const isCurrent = lang === current;
          if (!available.includes(lang)) {
            return (
              <li key={lang}>
                <span
                  className={`language-switcher__item is-missing${isCurrent ? ' is-current' : ''}`}
                  aria-disabled="true"
                  aria-current={isCurrent ? 'page' : undefined}
                >
                  {label}
                  <span className="language-switcher__reason">
                    {t('notTranslated')}
                    <span className="visually-hidden"> ({tc(`languageName.${lang}`)})</span>
                  </span>
                </span>
              </li>
            );
          }
          return (
            <li key={lang}>
              <AppLink
                href={articlePath(lang, slug)}
                hrefLang={isCurrent ? undefined : lang}
                aria-current={isCurrent ? 'page' : undefined}
                className={`language-switcher__item${isCurrent ? ' is-current' : ''}`}
                beforeNavigate={isCurrent ? undefined : beforeSwitch}
                onPointerEnter={isCurrent ? undefined : () => prefetch(i18n, slug, lang)}
                onFocus={isCurrent ? undefined : () => prefetch(i18n, slug, lang)}
              >
                {label}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
