import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/setup';
import { setRenderedLocation } from '../routing/navigation';
import { App } from './App';
import { PAGE_DATA_ID, primePageData } from './page-data';
import './styles.css';

// The reader restores places by segment, not by pixels; the browser's own
// restoration would fight it.
window.history.scrollRestoration = 'manual';

function readPageData() {
  try {
    const text = document.getElementById(PAGE_DATA_ID)?.textContent;
    return text ? primePageData(JSON.parse(text)) : null;
  } catch {
    return null;
  }
}

const root = document.getElementById('root');
if (root) {
  const data = readPageData();
  const app = (
    <StrictMode>
      <I18nextProvider i18n={createI18n(data?.lang)}>
        <App />
      </I18nextProvider>
    </StrictMode>
  );
  if (data) {
    // A pre-rendered page: the first render matches its HTML, then follows the real URL.
    setRenderedLocation(data.path);
    hydrateRoot(root, app);
  } else {
    createRoot(root).render(app);
  }
}
