import { useCallback, useEffect } from 'react';
import { loadBundle, type BundleLoad } from '../../articles/loader';
import type { Bundle } from '../../articles/schema';
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
  /** Readies the page to draw a language's text, once it is fetched and the browser is idle. */
  prepareText?: (bundle: Bundle) => void;
}

/**
 * Every language, always: the ones this article lacks are shown disabled
 * with the reason, so readers know the translation is missing rather than
 * hidden. The other languages' texts are fetched when the browser is idle
 * (unless the reader saves data), and a language's on hover or focus, so a
 * switch rarely waits for the network; their strings and the first layout
 * of their text are then done too, so the switch itself only draws.
 */
export function LanguageSwitcher({ slug, current, available, beforeSwitch, prepareText }: LanguageSwitcherProps) {
  const t = usePageT('reader');
  const tc = usePageT('common');
  const others = available.filter((lang) => lang !== current).join(' ');

  const prepare = usePrepareLang();

  // Each language's text in an idle moment of its own: laying one out takes a few milliseconds on a slow phone.
  const readyText = useCallback(
    (load: BundleLoad) => {
      if (load.kind !== 'ok') return () => {};
      readingMinutes(load.bundle);
      return prepareText ? whenIdle(() => prepareText(load.bundle)) : () => {};
    },
    [prepareText],
  );

  useEffect(() => {
    if (!others || savingData()) return;
    let live = true;
    const cancels: (() => void)[] = [];
    cancels.push(
      whenIdle(() => {
        const langs = LANGS.filter((code) => others.includes(code));
        const bundles = Promise.all(langs.map((lang) => loadBundle(slug, lang)));
        void Promise.all([bundles, ...langs.map(loadStrings)]).then(
          ([loads]) => {
            if (!live) return;
            cancels.push(
              whenIdle(() => {
                langs.forEach(prepare);
                cancels.push(...loads.map(readyText));
              }),
            );
          },
          () => undefined,
        );
      }),
    );
    return () => {
      live = false;
      cancels.forEach((cancel) => cancel());
    };
  }, [slug, others, prepare, readyText]);
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
            const strings = loadStrings(lang);
            void strings.then(
              () => prepare(lang),
              () => undefined,
            );
            void Promise.all([loadBundle(slug, lang), strings]).then(
              ([load]) => readyText(load),
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
