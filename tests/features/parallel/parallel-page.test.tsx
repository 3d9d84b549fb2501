import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { useReaderStore } from '../../../src/store/reader-store';
import { installFakeLayout } from '../../helpers/fake-layout';
import { renderApp } from '../../helpers/render-app';
import { DEMO_ARTICLES, FIXTURE_ARTICLES, serveArticles } from '../../helpers/serve-articles';

const SEED = 'us-pulls-out-of-gaza-peace-talks';
const rows = () => screen.getAllByRole('group', { name: /^(Passage|Фрагмент) \d+/ });
const cellLangs = (row: HTMLElement) =>
  [...row.querySelectorAll('.parallel-cell')].map((cell) => cell.getAttribute('lang') ?? 'gap');

test('?compare=en,ru shows three columns, the path language first, each cell in its own language', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp(`/ua/${SEED}?compare=en,ru`);
  await screen.findByRole('heading', { level: 1, name: /Посадовці адміністрації Трампа/ });
  expect(rows()).toHaveLength(15);
  for (const row of rows()) expect(cellLangs(row)).toEqual(['uk', 'en', 'ru']);
  const first = rows()[0] as HTMLElement;
  expect(within(first).getByText(/^США призупиняють/)).toBeInTheDocument();
  expect(within(first).getByText(/^The US is suspending/)).toBeInTheDocument();
  expect(within(first).getByText(/^США приостанавливают/)).toBeInTheDocument();
  // Screen readers hear which language each cell is in, named in the page's language.
  expect(within(first).getByRole('group', { name: 'Англійська' })).toHaveTextContent(/^The US is suspending/);
  expect(within(first).getByRole('group', { name: 'Російська' })).toHaveAttribute('lang', 'ru');
  // One control says which languages are shown, in order, and opens the list of them.
  const toggle = screen.getByRole('button', { name: /Мови/ });
  expect(toggle).toHaveTextContent('UA EN RU');
  await userEvent.setup().click(toggle);
  const columns = screen.getByRole('group', { name: 'Мови поруч' });
  expect(
    within(columns)
      .getAllByRole('listitem')
      .slice(0, 3)
      .map((item) => item.textContent),
  ).toEqual([
    expect.stringContaining('Українська'),
    expect.stringContaining('Англійська'),
    expect.stringContaining('Російська'),
  ]);
});

test.each([
  ['ua', 'Фрагмент 2 з 15'],
  ['en', 'Passage 2 of 15'],
  ['ru', 'Фрагмент 2 из 15'],
])('/%s: each passage is named by its number and the count, in the page’s language', async (word, name) => {
  serveArticles(DEMO_ARTICLES);
  renderApp(`/${word}/${SEED}?compare=${word === 'en' ? 'ru' : 'en'}`);
  await waitFor(() => expect(rows()).toHaveLength(15));
  expect(rows()[1]).toHaveAccessibleName(name);
  expect(rows()[14]).toHaveAccessibleName(name.replace('2', '15'));
});

test('a passage one language lacks leaves a labelled gap in that column, and extras sit after their predecessor', async () => {
  serveArticles(FIXTURE_ARTICLES);
  renderApp('/en/gappy?compare=ua,ru');
  await screen.findByRole('heading', { level: 1, name: 'With gaps' });
  // "only-uk" follows "section", as in the Ukrainian text; "en-extra" is in the first column's own order.
  expect(rows().map((row) => row.id)).toEqual(['intro', 'section', 'only-uk', 'shared', 'en-extra', 'outro']);
  const onlyUk = rows()[2] as HTMLElement;
  expect(cellLangs(onlyUk)).toEqual(['gap', 'uk', 'gap']);
  expect(within(onlyUk).getAllByText('not in this translation')).toHaveLength(2);
  expect(within(onlyUk).getByRole('group', { name: 'Russian' })).toHaveTextContent('not in this translation');
  expect(cellLangs(rows()[1] as HTMLElement)).toEqual(['en', 'uk', 'gap']);
});

test('a paragraph cell is the paragraph itself; a heading cell holds its heading; the marked row shares from the cell', async () => {
  serveArticles(FIXTURE_ARTICLES);
  const user = userEvent.setup();
  renderApp('/en/gappy?compare=ua');
  await screen.findByRole('heading', { level: 1, name: 'With gaps' });
  const [intro, section] = rows() as [HTMLElement, HTMLElement];
  // One element a paragraph cell: a long view draws thousands of them.
  for (const cell of intro.querySelectorAll('.parallel-cell')) {
    expect(cell.tagName).toBe('P');
    expect(cell.childElementCount).toBe(0);
  }
  expect(within(intro).getByRole('group', { name: 'English' }).tagName).toBe('P');
  const heading = within(section).getByRole('heading', { level: 2 });
  expect(heading.closest('.parallel-cell')).toHaveAttribute('lang', 'en');

  await user.click(within(intro).getByRole('group', { name: 'Ukrainian' }));
  expect(intro).toHaveAttribute('data-active', 'true');
  const ukrainian = within(intro).getByRole('group', { name: 'Ukrainian' });
  expect(ukrainian.tagName).toBe('P');
  expect(within(ukrainian).getByRole('button', { name: 'Share this passage' })).toBeInTheDocument();
});

test('tapping a passage marks it and its counterparts and announces it', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}?compare=ru`);
  await screen.findByRole('heading', { level: 1, name: /Trump officials/ });
  const row = rows()[2] as HTMLElement;
  await user.click(within(row).getByText(/mediators have made a great effort/));
  expect(row).toHaveAttribute('aria-current', 'location');
  expect(row).toHaveAttribute('data-active', 'true');
  expect(screen.getByText('Passage 3 of 15 marked in every language')).toHaveAttribute('role', 'status');
  expect(rows().filter((r) => r.hasAttribute('data-active'))).toHaveLength(1);
});

test('focusing a passage with the keyboard marks it', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}?compare=ru`);
  await screen.findByRole('heading', { level: 1, name: /Trump officials/ });
  (screen.getByRole('main') as HTMLElement).focus();
  await user.tab();
  expect(rows()[0]).toHaveFocus();
  expect(rows()[0]).toHaveAttribute('aria-current', 'location');
});

test('adding and removing a column updates the URL, and the panel gives focus back to its button', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}?compare=ua`);
  await screen.findByRole('heading', { level: 1, name: /Trump officials/ });
  const languages = () => screen.getByRole('button', { name: /Languages/ });

  await user.click(languages());
  await user.click(screen.getByRole('button', { name: 'Add Russian' }));
  await waitFor(() => expect(window.location.search).toBe('?compare=ua,ru'));
  await waitFor(() => expect(cellLangs(rows()[0] as HTMLElement)).toEqual(['en', 'uk', 'ru']));
  // The panel closes after an action and gives focus back to its button.
  expect(languages()).toHaveFocus();
  expect(languages()).toHaveAttribute('aria-expanded', 'false');

  await user.click(languages());
  await user.click(screen.getByRole('button', { name: 'Remove Ukrainian' }));
  await waitFor(() => expect(window.location.search).toBe('?compare=ru'));
});

test('moving a column to the front keeps the interface in the path’s language and says the order in the query', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}?compare=ru`);
  await screen.findByRole('heading', { level: 1, name: /Trump officials/ });
  const languages = () => screen.getByRole('button', { name: /Languages/ });
  await user.click(languages());
  await user.click(screen.getByRole('button', { name: 'Move Russian to first' }));
  await waitFor(() => expect(window.location.pathname + window.location.search).toBe(`/en/${SEED}?compare=ru,en`));
  await waitFor(() => expect(cellLangs(rows()[0] as HTMLElement)).toEqual(['ru', 'en']));
  expect(screen.getByRole('button', { name: /Languages/ })).toHaveTextContent('RU EN');
});

test('Escape and a click elsewhere close the Languages panel', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}?compare=ua`);
  await screen.findByRole('heading', { level: 1, name: /Trump officials/ });
  const languages = screen.getByRole('button', { name: /Languages/ });
  await user.click(languages);
  expect(screen.getByRole('group', { name: 'Languages side by side' })).toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('group', { name: 'Languages side by side' })).toBeNull();
  expect(languages).toHaveFocus();
  await user.click(languages);
  await user.click(screen.getByRole('heading', { level: 1 }));
  expect(screen.queryByRole('group', { name: 'Languages side by side' })).toBeNull();
});

test('removing the last other column leaves the parallel view for the single-language reader', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}?compare=ua`);
  await screen.findByRole('heading', { level: 1, name: /Trump officials/ });
  await user.click(screen.getByRole('button', { name: /Languages/ }));
  await user.click(screen.getByRole('button', { name: 'Remove English' }));
  await waitFor(() => expect(window.location.pathname + window.location.search).toBe(`/ua/${SEED}`));
  expect(await screen.findByRole('navigation', { name: 'Читати цю статтю мовою' })).toBeInTheDocument();
});

test('a language the article lacks cannot be added, and says why', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp('/en/kyiv-funicular-at-120?compare=ua');
  await screen.findByRole('heading', { level: 1, name: /Kyiv funicular/ });
  await userEvent.setup().click(screen.getByRole('button', { name: /Languages/ }));
  expect(screen.queryByRole('button', { name: 'Add Russian' })).toBeNull();
  expect(screen.getByText('Russian: not translated yet')).toBeInTheDocument();
});

test('junk and repeats in ?compare= are dropped and the URL corrected in place', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp(`/ua/${SEED}?compare=xx,en,en,<b>`);
  await waitFor(() => expect(window.location.search).toBe('?compare=en'));
  await screen.findByRole('heading', { level: 1, name: /Посадовці/ });
  expect(cellLangs(rows()[0] as HTMLElement)).toEqual(['uk', 'en']);
});

test('the side-by-side link in the reader opens the parallel view; Single language leaves it', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/ru/${SEED}`);
  await screen.findByRole('heading', { level: 1, name: /Чиновники/ });
  await user.click(screen.getByRole('link', { name: 'Сравнить переводы рядом' }));
  await waitFor(() => expect(window.location.pathname + window.location.search).toBe(`/ru/${SEED}?compare=ua`));
  await waitFor(() => expect(rows()).toHaveLength(15));
  await user.click(screen.getByRole('link', { name: 'Выйти из параллельного просмотра' }));
  await waitFor(() => expect(window.location.pathname + window.location.search).toBe(`/ru/${SEED}`));
});

test('j and k move the mark from passage to passage; shortcuts do not fire while typing', async () => {
  serveArticles(DEMO_ARTICLES);
  const layout = installFakeLayout();
  const user = userEvent.setup();
  renderApp(`/en/${SEED}?compare=ua#team-recalled`);
  await screen.findByRole('heading', { level: 1, name: /Trump officials/ });
  expect(rows()[1]).toHaveAttribute('data-active', 'true');

  const field = document.createElement('input');
  document.body.append(field);
  field.focus();
  await user.keyboard('j');
  expect(rows()[1]).toHaveAttribute('data-active', 'true');
  field.remove();

  document.body.focus();
  await user.keyboard('j');
  await waitFor(() => expect(rows()[2]).toHaveAttribute('data-active', 'true'));
  expect(rows()[2]).toHaveFocus();
  expect(layout.topOf('witkoff-quote')).toBeCloseTo(0, 0);
  await user.keyboard('k');
  await waitFor(() => expect(rows()[1]).toHaveAttribute('data-active', 'true'));
  layout.restore();
});

test('number keys change the first column’s language, c leaves the parallel view', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}?compare=ua`);
  await screen.findByRole('heading', { level: 1, name: /Trump officials/ });
  await user.keyboard('3');
  await waitFor(() => expect(window.location.pathname + window.location.search).toBe(`/ru/${SEED}?compare=ua`));
  await user.keyboard('[[');
  await waitFor(() => expect(window.location.pathname + window.location.search).toBe(`/en/${SEED}?compare=ua`));
  await user.keyboard('c');
  await waitFor(() => expect(window.location.pathname + window.location.search).toBe(`/en/${SEED}`));
  await user.keyboard('c');
  await waitFor(() => expect(window.location.pathname + window.location.search).toBe(`/en/${SEED}?compare=ua`));
});

test('? opens the translated list of shortcuts', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/ua/${SEED}?compare=en`);
  await screen.findByRole('heading', { level: 1, name: /Посадовці/ });
  await user.keyboard('?');
  const dialog = await screen.findByRole('dialog', { name: 'Гарячі клавіші' });
  expect(within(dialog).getByText('Наступний фрагмент')).toBeInTheDocument();
});

test('the peek option is remembered', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}?compare=ua`);
  await screen.findByRole('heading', { level: 1, name: /Trump officials/ });
  await user.click(screen.getByRole('button', { name: /Languages/ }));
  await user.click(screen.getByRole('checkbox', { name: 'Translations on tap' }));
  expect(useReaderStore.getState().peek).toBe(true);
  expect(document.querySelector('.parallel')).toHaveAttribute('data-peek', 'true');
});
