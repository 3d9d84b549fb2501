/**
 * The server entry: renders one page to HTML for the pre-renderer
 * (scripts/prerender.ts), from data it hands over.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { I18nextProvider } from 'react-i18next';
import { clearLoaderCache } from '../articles/loader';
import { resources } from '../i18n/resources';
import { createI18n } from '../i18n/setup';
import { App } from './App';
import { checkPageData } from './page-data-check';
import { primePageData, type PageData } from './page-data';
import { preloadAllPages } from './pages';

export { serializePageData, PAGE_DATA_ID, type PageData } from './page-data';
export { headTags, versionPaths } from '../sharing/head-tags';
export { resources } from '../i18n/resources';

/** Loads every page's code. Call once, first. */
export const preparePages = preloadAllPages;

/** The page's HTML, once everything it suspends on (code, data) is ready. */
export async function renderPage(data: PageData): Promise<string> {
  // Each page starts clean, so memory stays flat however many pages are rendered.
  clearLoaderCache();
  const checked = checkPageData(data);
  if (!checked) throw new Error(`page data for ${data.path} did not validate`);
  primePageData(checked);
  const { prelude } = await prerender(
    <StrictMode>
      <I18nextProvider i18n={createI18n(data.lang, resources)}>
        <App initialUrl={data.path} />
      </I18nextProvider>
    </StrictMode>,
  );
  return new Response(prelude).text();
}
