import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach } from 'vitest';
import { App } from '../../src/app/App';
import { preloadAllPages } from '../../src/app/pages';
import { resources } from '../../src/i18n/resources';
import { createI18n } from '../../src/i18n/setup';

// As in the browser, where main.tsx fetches the page's chunk before rendering.
await preloadAllPages();

/** A real i18next instance with every language's strings, as the server has them. */
export const testI18n = (lang: 'uk' | 'en' | 'ru' = 'en') => createI18n(lang, resources);

const roots: Root[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) flushSync(() => root.unmount());
  document.body.replaceChildren();
});

/**
 * The whole app at a URL, with a real i18next instance, rendered as the
 * browser renders it: pages suspend on their data and navigations run in
 * transitions, which a synchronous act() (Testing Library's `render`) would
 * hold instead of resuming. Tests wait for what they expect (findBy…, waitFor).
 */
export function renderApp(url: string): void {
  window.history.replaceState(null, '', url);
  const container = document.body.appendChild(document.createElement('div'));
  // As main.tsx: a view that fails is shown and logged by its error boundary.
  const root = createRoot(container, { onCaughtError: () => undefined });
  roots.push(root);
  root.render(
    <I18nextProvider i18n={testI18n()}>
      <App initialUrl={url} />
    </I18nextProvider>,
  );
}
