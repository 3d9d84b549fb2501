/**
 * The server entry: renders one page to HTML for the pre-renderer
 * (scripts/prerender.ts), from data it hands over.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { clearLoaderCache } from '../articles/loader';
import { provideStrings } from '../i18n/load-strings';
import { resources } from '../i18n/resources';
import { createI18n } from '../i18n/setup';
import { I18nProvider } from '../i18n/page-lang';
import { setRenderedLocation } from '../routing/navigation';
import { App } from './App';
import { checkPageData } from './page-data-check';
import { primePageData, type PageData } from './page-data';
import { preloadAllPages } from './pages';

export { serializePageData, PAGE_DATA_ID, type PageData } from './page-data';
export { headTags, versionPaths } from '../sharing/head-tags';
export { resources } from '../i18n/resources';

// The server has every language's strings at hand.
provideStrings(resources);

/** Loads every page's code, so that renderPage renders synchronously. Call once, first. */
export const preparePages = preloadAllPages;

export function renderPage(data: PageData): string {
  // Each page starts clean, so memory stays flat however many pages are rendered.
  clearLoaderCache();
  const checked = checkPageData(data);
  if (!checked) throw new Error(`page data for ${data.path} did not validate`);
  primePageData(checked);
  setRenderedLocation(data.path);
  return renderToString(
    <StrictMode>
      <I18nProvider i18n={createI18n(data.lang)}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
}
