import { useEffect } from 'react';
import { loadBundle } from '../../articles/loader';
import { readingMinutes } from '../../articles/reading-time';
import { LANGS, type Lang } from '../../i18n/languages';
import { loadStrings } from '../../i18n/load-strings';
import { usePageT } from '../../i18n/page-lang';
import { usePrepareLang } from '../../i18n/prepare-lang';
import { articlePath } from '../../routing/links';
import { AppLink } from '../../ui/AppLink';
import { LanguageLabel } from '../../ui/LanguageLabel';
import { savingData, whenIdle } from '../../ui/when-idle';

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
 * hidden. The other languages' texts are fetched when the browser is idle
 * (unless the reader saves data), and a language's on hover or focus, so a
 * switch rarely waits for the network; their strings are then made ready
 * too, so the switch itself only draws.
 */
export function LanguageSwitcher({ slug, current, available, beforeSwitch }: LanguageSwitcherProps) {
  const t = usePageT('reader');
  const tc = usePageT('common');
  const others = available.filter((lang) => lang !== current).join(' ');

  const prepare = usePrepareLang();

  useEffect(() => {
    if (!others || savingData()) return;
    let cancelPrepare = () => {};
    const cancelLoad = whenIdle(() => {
      const langs = LANGS.filter((code) => others.includes(code));
      const bundles = Promise.all(langs.map((lang) => loadBundle(slug, lang)));
      void Promise.all([bundles, ...langs.map(loadStrings)]).then(
        ([loads]) =>
          (cancelPrepare = whenIdle(() => {
            langs.forEach(prepare);
            for (const load of loads) if (load.kind === 'ok') readingMinutes(load.bundle);
          })),
        () => undefined,
      );
    });
    return () => {
      cancelLoad();
      cancelPrepare();
    };
  }, [slug, others, prepare]);
  return (
    <nav aria-label={t('switcherLabel')} className="language-switcher">
      <ul>
        {LANGS.map((lang) => {
          const label = <LanguageLabel lang={lang} />;
          if (!available.includes(lang)) {
            return (
              <li key={lang}>
                <span
                  className={`language-switcher__item is-missing${lang === current ? ' is-current' : ''}`}
                  aria-disabled="true"
                  aria-current={lang === current ? 'page' : undefined}
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
          // The same element for the current language as for the others, so a switch updates two links
          // in place rather than replacing them.
          const isCurrent = lang === current;
          const prefetch = () => {
            void loadBundle(slug, lang).catch(() => undefined);
            void loadStrings(lang).then(
              () => prepare(lang),
              () => undefined,
            );
          };
          return (
            <li key={lang}>
              <AppLink
                href={articlePath(lang, slug)}
                hrefLang={isCurrent ? undefined : lang}
                aria-current={isCurrent ? 'page' : undefined}
                className={`language-switcher__item${isCurrent ? ' is-current' : ''}`}
                beforeNavigate={isCurrent ? undefined : beforeSwitch}
                onPointerEnter={isCurrent ? undefined : prefetch}
                onFocus={isCurrent ? undefined : prefetch}
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
