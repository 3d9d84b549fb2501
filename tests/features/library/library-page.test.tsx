import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { generateLibrary } from '../../../scripts/generate';
import { useReaderStore } from '../../../src/store/reader-store';
import { renderApp } from '../../helpers/render-app';
import { DEMO_ARTICLES, serveArticles } from '../../helpers/serve-articles';

const cardOf = async (title: RegExp) =>
  (await screen.findByRole('link', { name: title })).closest('article') as HTMLElement;

test('each article shows its title, lead, date, reading time and languages in the page language', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp('/ru/');
  const card = await cardOf(/Чиновники администрации Трампа/);
  expect(within(card).getByRole('link')).toHaveAttribute('href', '/ru/us-pulls-out-of-gaza-peace-talks');
  expect(within(card).getByText(/Вашингтон/)).toBeInTheDocument();
  expect(within(card).getByText('25 июля 2025 г.')).toBeInTheDocument();
  expect(within(card).getByText(/минуты? чтения$/)).toBeInTheDocument();
  expect(card).toHaveTextContent(/Доступна на языках:.*Украинский.*Английский.*Русский/);
  expect(screen.getByText('3 статьи')).toBeInTheDocument();
});

test('an article missing in the page language appears in one it has, marked as such', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp('/ru/');
  const card = await cardOf(/Київському фунікулеру/);
  expect(within(card).getByRole('link')).toHaveAttribute('href', '/ua/kyiv-funicular-at-120');
  expect(within(card).getByRole('heading')).toHaveAttribute('lang', 'uk');
  expect(within(card).getByText('На русском пока нет · читаете на украинском')).toBeInTheDocument();
});

test('Continue reading is a short line per started article: title, language, a progress bar and when', async () => {
  serveArticles(DEMO_ARTICLES);
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 7, 12) });
  try {
    useReaderStore
      .getState()
      .savePosition('the-dnipro-a-river-of-three-names', { segmentId: 'x', offset: 0, progress: 0.42 });
    vi.setSystemTime(new Date(2026, 11, 8, 9));
    renderApp('/en/');
    const row = await screen.findByRole('region', { name: 'Continue reading' });
    const [item] = within(row).getAllByRole('listitem');
    const link = await within(item!).findByRole('link', { name: 'The Dnipro: a river of three names' });
    expect(link).toHaveAttribute('href', '/en/the-dnipro-a-river-of-three-names');
    const bar = within(item!).getByRole('progressbar', {
      name: 'How far you have read “The Dnipro: a river of three names”',
    });
    expect(bar).toHaveValue(42);
    expect(bar).toHaveAttribute('max', '100');
    expect(item).toHaveTextContent(/English.*42% read.*Last read yesterday/);
    // Short: no lead, date of publication or language badges; those are on the card in the list below.
    expect(within(item!).queryByText(/available in/i)).toBeNull();
    expect(within(row).queryByRole('article')).toBeNull();
    const cards = await screen.findAllByRole('link', { name: 'The Dnipro: a river of three names' });
    expect(cards.filter((card) => card.closest('article'))).toHaveLength(1);
  } finally {
    vi.useRealTimers();
  }
});

test('Continue reading speaks the page language, with its plurals, and links the version the reader can read', async () => {
  serveArticles(DEMO_ARTICLES);
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 4, 20) });
  try {
    useReaderStore.getState().savePosition('kyiv-funicular-at-120', { segmentId: 'x', offset: 0, progress: 0.5 });
    vi.setSystemTime(new Date(2026, 11, 7, 9));
    renderApp('/ru/');
    const row = await screen.findByRole('region', { name: 'Продолжить чтение' });
    const link = await within(row).findByRole('link', { name: /Київському фунікулеру/ });
    // Not in Russian: the Ukrainian version, marked with its language.
    expect(link).toHaveAttribute('href', '/ua/kyiv-funicular-at-120');
    expect(link).toHaveAttribute('lang', 'uk');
    expect(within(row).getByRole('progressbar', { name: /^Сколько прочитано из статьи «/ })).toHaveValue(50);
    expect(row).toHaveTextContent(/Украинский.*Прочитано 50%.*В последний раз 3 дня назад/);
  } finally {
    vi.useRealTimers();
  }
});

test('Continue reading is absent when nothing has been started', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp('/en/');
  await cardOf(/Dnipro/);
  expect(screen.queryByRole('region', { name: 'Continue reading' })).toBeNull();
});

test('the library language links lead to the other libraries', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp('/en/');
  await cardOf(/Dnipro/);
  await user.click(
    within(screen.getByRole('navigation', { name: 'Library language' })).getByRole('link', { name: 'Українська' }),
  );
  await waitFor(() => expect(window.location.pathname).toBe('/ua/'));
  expect(await screen.findByRole('link', { name: 'Дніпро: річка трьох імен' })).toBeInTheDocument();
});

test('an older page that fails says so in its place, is asked again by Try again, and only then offers the next', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'triptych-pages-'));
  try {
    generateLibrary(dir, { articles: 45, segments: 3, seed: 7 });
    const network = serveArticles(dir, { failing: ['/articles/index/page-2.json'] });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp('/en/');
    await user.click(await screen.findByRole('button', { name: 'Show older articles' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('The library could not be loaded');
    // The first page stays, and nothing offers page 3 while page 2 is missing.
    expect(screen.getAllByRole('article')).toHaveLength(20);
    expect(screen.queryByRole('button', { name: 'Show older articles' })).toBeNull();

    network.heal();
    const asked = network.requests.filter((url) => url === '/articles/index/page-2.json').length;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(40));
    expect(network.requests.filter((url) => url === '/articles/index/page-2.json').length).toBeGreaterThan(asked);
    await user.click(screen.getByRole('button', { name: 'Show older articles' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(45));
    expect(network.requests).toContain('/articles/index/page-3.json');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 20_000);
