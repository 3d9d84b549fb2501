import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { preloadAllPages } from '../../src/app/pages';
import { createI18n } from '../../src/i18n/setup';
import { I18nProvider } from '../../src/i18n/page-lang';

// As in the browser, where main.tsx fetches the page's chunk before rendering.
await preloadAllPages();

/** The whole app at a URL, with a real i18next instance. */
export function renderApp(url: string) {
  window.history.replaceState(null, '', url);
  return render(
    <I18nProvider i18n={createI18n('en')}>
      <App />
    </I18nProvider>,
  );
}
