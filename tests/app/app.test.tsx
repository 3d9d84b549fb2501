import { screen, waitFor } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { initialLang } from '../../src/app/App';
import { useReaderStore } from '../../src/store/reader-store';
import { renderApp } from '../helpers/render-app';
import { DEMO_ARTICLES, serveArticles } from '../helpers/serve-articles';

function browserLanguages(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

test.each([
  [null, ['ru-RU', 'en'], 'ru'],
  [null, ['de-DE'], 'uk'],
  [null, ['en-GB', 'uk'], 'en'],
  ['en', ['ru-RU'], 'en'],
] as const)('a reader with stored choice %s and browser %j starts in %s', (stored, browser, expected) => {
  expect(initialLang(stored, browser)).toBe(expected);
});

test('/ redirects to the library in the browser language', async () => {
  serveArticles(DEMO_ARTICLES);
  browserLanguages(['ru-RU', 'ru']);
  renderApp('/');
  await waitFor(() => expect(window.location.pathname).toBe('/ru/'));
  await screen.findByRole('heading', { level: 2, name: /Последние статьи/ });
});

test('/ redirects to ua for a browser in a language we do not publish', async () => {
  serveArticles(DEMO_ARTICLES);
  browserLanguages(['de-DE']);
  renderApp('/');
  await waitFor(() => expect(window.location.pathname).toBe('/ua/'));
});

test('/ prefers the language the reader chose last time over the browser', async () => {
  serveArticles(DEMO_ARTICLES);
  browserLanguages(['ru-RU']);
  useReaderStore.getState().setPreferredLang('en');
  renderApp('/');
  await waitFor(() => expect(window.location.pathname).toBe('/en/'));
});

test('opening a page in a language makes it the reader’s choice', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp('/ru/');
  await waitFor(() => expect(useReaderStore.getState().preferredLang).toBe('ru'));
});

test('/uk/… is replaced by the same page under /ua/', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp('/uk/us-pulls-out-of-gaza-peace-talks#witkoff-quote');
  await waitFor(() => expect(window.location.pathname).toBe('/ua/us-pulls-out-of-gaza-peace-talks'));
  expect(window.location.hash).toBe('#witkoff-quote');
  await screen.findByRole('heading', { level: 1, name: /Посадовці адміністрації Трампа/ });
});

test('an unknown language is a 404 in the reader’s language, with a link to the library', async () => {
  browserLanguages(['uk-UA']);
  renderApp('/de/something');
  await screen.findByRole('heading', { level: 1, name: 'Сторінку не знайдено' });
  expect(screen.getByRole('link', { name: 'До бібліотеки' })).toHaveAttribute('href', '/ua/');
  await waitFor(() => expect(document.documentElement.lang).toBe('uk'));
  await waitFor(() => expect(document.title).toBe('Сторінку не знайдено · Triptych'));
});

test('a malformed article path is a 404 in the URL language', async () => {
  renderApp('/en/..%2Fetc%2Fpasswd');
  await screen.findByRole('heading', { level: 1, name: 'Page not found' });
});

test('every page starts with a skip link to the content', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp('/en/');
  expect(await screen.findByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#_main');
  expect(await screen.findByRole('main')).toHaveAttribute('id', '_main');
});
