import { dropUnkept } from '../../reading/use-keep-offline';
import { LANGS, type Lang } from '../../i18n/languages';
import { usePageLang, usePageT } from '../../i18n/page-lang';
import { articlePath } from '../../routing/links';
import { useReaderStore } from '../../store/reader-store';
import { AppLink } from '../../ui/AppLink';
import { LanguageLabel } from '../../ui/LanguageLabel';
import { useToast } from '../../ui/toast';
import { useHydrated } from '../../ui/use-hydrated';

/**
 * The articles saved for offline on this device, each with links to its
 * languages and a Remove. This browser's own, so never pre-rendered.
 */
export function SavedArticles() {
  const t = usePageT('library');
  const lang = usePageLang();
  const hydrated = useHydrated();
  const kept = useReaderStore((state) => state.kept);
  const forgetKept = useReaderStore((state) => state.forgetKept);
  const toast = useToast();
  const saved = Object.entries(kept)
    .filter(([, article]) => article.savedAt !== null)
    .sort(([, a], [, b]) => (b.savedAt ?? 0) - (a.savedAt ?? 0));
  if (!hydrated || saved.length === 0) return null;
  return (
    <section className="saved" aria-labelledby="_saved-heading">
      <h2 id="_saved-heading">{t('saved.heading')}</h2>
      <ul className="saved__list">
        {saved.map(([slug, article]) => {
          const shown: Lang = article.languages.includes(lang) ? lang : (article.languages[0] ?? lang);
          const title = article.titles[shown] ?? slug;
          return (
            <li key={slug} className="saved__item">
              <AppLink href={articlePath(shown, slug)} hrefLang={shown} lang={shown} className="saved__title">
                {title}
              </AppLink>
              <ul className="saved__langs">
                {LANGS.filter((other) => article.languages.includes(other)).map((other) => (
                  <li key={other}>
                    <AppLink href={articlePath(other, slug)} hrefLang={other} className="language-switcher__item">
                      <LanguageLabel lang={other} />
                    </AppLink>
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('saved.removeLabel', { title })}
                onClick={() => {
                  forgetKept(slug);
                  void dropUnkept();
                  toast(t('saved.removedToast'));
                }}
              >
                {t('saved.remove')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
