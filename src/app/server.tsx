/**
 * The server entry: renders one page to HTML for the pre-renderer
 * (scripts/prerender.ts), from data it hands over.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { I18nextProvider } from 'react-i18next';
import { clearLoaderCache, primeBundle, primeIndexPage, primeSummary } from '../articles/loader';
import { resources } from '../i18n/resources';
import { createI18n } from '../i18n/setup';
import { App } from './App';
import { checkPageData } from './page-data-check';
import { pageDataOf, serializePageData, type PageSource } from './page-data';
import { preloadAllPages } from './pages';

export { PAGE_DATA_ID, type PageSource } from './page-data';
export { headTags, versionPaths } from '../sharing/head-tags';
export { resources } from '../i18n/resources';

/** Loads every page's code. Call once, first. */
export const preparePages = preloadAllPages;

/** Seeds the loader with the data at hand, so the render fetches nothing. */
function prime({ lang, article, indexPage }: PageSource): void {
  if (article) {
    primeSummary(article.slug, article.summary);
    primeBundle(article.slug, lang, { kind: 'ok', bundle: article.bundle });
  }
  if (indexPage) primeIndexPage(indexPage);
}

/**
 * The page's HTML, once everything it suspends on (code, data) is ready, and
 * its page data serialized for the page: what the data is, not the data.
 */
export async function renderPage(source: PageSource): Promise<{ html: string; data: string }> {
  // Each page starts clean, so memory stays flat however many pages are rendered.
  clearLoaderCache();
  const checked = checkPageData(source);
  if (!checked) throw new Error(`page data for ${source.path} did not validate`);
  prime(checked);
  const { prelude } = await prerender(
    <StrictMode>
      <I18nextProvider i18n={createI18n(checked.lang, resources)}>
        <App initialUrl={checked.path} />
      </I18nextProvider>
    </StrictMode>,
  );
  return { html: await new Response(prelude).text(), data: serializePageData(pageDataOf(checked)) };
}
