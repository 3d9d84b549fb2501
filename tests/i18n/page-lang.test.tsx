import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, test } from 'vitest';
import { PageLang, usePageLang, usePageT } from '../../src/i18n/page-lang';
import { resources } from '../../src/i18n/resources';
import { stringsOfPage } from '../../src/i18n/load-strings';
import { createI18n, loadStrings } from '../../src/i18n/setup';
import type { Lang } from '../../src/i18n/languages';

function Shows() {
  const t = usePageT('common');
  return (
    <p data-testid="page">
      {usePageLang()}: {t('loading')}
    </p>
  );
}
const shown = () => screen.getByTestId('page').textContent;

test('strings are read in the page’s language, whatever language i18next was last set to', () => {
  const i18n = createI18n('uk', resources);
  const page = (lang: Lang) => (
    <I18nextProvider i18n={i18n}>
      <PageLang value={lang}>
        <Shows />
      </PageLang>
    </I18nextProvider>
  );
  const { rerender } = render(page('en'));
  expect(shown()).toBe('en: Loading…');
  rerender(page('ru'));
  expect(shown()).toBe('ru: Загрузка…');
  expect(i18n.language).toBe('uk');
});

test('a page loads only its language’s strings, and one in another language waits for them, then shows them', async () => {
  const i18n = createI18n('en');
  await i18n.loadLanguages('en');
  expect(i18n.hasResourceBundle('en', 'common')).toBe(true);
  expect(i18n.hasResourceBundle('ru', 'common')).toBe(false);
  render(
    <I18nextProvider i18n={i18n}>
      <PageLang value="ru">
        <Suspense fallback={<p data-testid="page">waiting</p>}>
          <Shows />
        </Suspense>
      </PageLang>
    </I18nextProvider>,
  );
  expect(shown()).toBe('waiting');
  expect(await screen.findByText('ru: Загрузка…')).toBeInTheDocument();
  expect(i18n.hasResourceBundle('ru', 'common')).toBe(true);
});

test('with no page language anywhere, Ukrainian', async () => {
  render(
    <I18nextProvider i18n={createI18n('uk', resources)}>
      <Shows />
    </I18nextProvider>,
  );
  await act(() => Promise.resolve());
  expect(shown()).toBe('uk: Завантаження…');
});

function ShowsSearch() {
  const t = usePageT('search');
  return <p data-testid="page">{t('heading')}</p>;
}

test('search’s and the library’s strings are not loaded with a page’s, but when a component first reads them', async () => {
  const i18n = createI18n('en');
  await loadStrings(i18n, 'en');
  expect(i18n.hasResourceBundle('en', 'reader')).toBe(true);
  expect(i18n.hasResourceBundle('en', 'search')).toBe(false);
  expect(i18n.hasResourceBundle('en', 'library')).toBe(false);
  render(
    <I18nextProvider i18n={i18n}>
      <PageLang value="en">
        <Suspense fallback={<p data-testid="page">waiting</p>}>
          <ShowsSearch />
        </Suspense>
      </PageLang>
    </I18nextProvider>,
  );
  expect(shown()).toBe('waiting');
  expect(await screen.findByText(resources.en.search.heading)).toBeInTheDocument();
});

test('the library loads its own strings and search’s with the rest, before its first render', async () => {
  const i18n = createI18n('uk');
  await loadStrings(i18n, 'uk', stringsOfPage('library'));
  for (const ns of ['common', 'library', 'search']) expect(i18n.hasResourceBundle('uk', ns)).toBe(true);
  expect(stringsOfPage('article')).toEqual([]);
  expect(stringsOfPage('search')).toEqual(['search']);
});
