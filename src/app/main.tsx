import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/setup';
import { App } from './App';
import './styles.css';

// The reader restores places by segment, not by pixels; the browser's own
// restoration would fight it.
window.history.scrollRestoration = 'manual';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={createI18n()}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}
