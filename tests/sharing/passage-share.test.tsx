import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { renderApp } from '../helpers/render-app';
import { DEMO_ARTICLES, serveArticles } from '../helpers/serve-articles';

const SEED = 'us-pulls-out-of-gaza-peace-talks';
const origin = () => window.location.origin;

async function openShare(user: ReturnType<typeof userEvent.setup>, segmentId: string, name = 'Share this passage') {
  const segment = document.getElementById(segmentId);
  if (!segment) throw new Error(`no segment ${segmentId}`);
  await user.click(within(segment).getByRole('button', { name }));
  return segment;
}

test('Copy link copies the passage’s link in its language and a toast confirms', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/ru/${SEED}`);
  await screen.findByRole('heading', { level: 1, name: /Чиновники/ });
  const segment = await openShare(user, 'hamas-surprised', 'Поделиться фрагментом');
  await user.click(await within(segment).findByRole('button', { name: 'Копировать ссылку' }));
  expect(await navigator.clipboard.readText()).toBe(`${origin()}/ru/${SEED}#hamas-surprised`);
  expect(await screen.findByText('Ссылка скопирована')).toHaveAttribute('role', 'status');
});

test('Copy quote copies the text, the title and the link, with the language’s own quotation marks', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/ua/${SEED}`);
  await screen.findByRole('heading', { level: 1, name: /Посадовці/ });
  const segment = await openShare(user, 'talks-suspended', 'Поділитися фрагментом');
  await user.click(await within(segment).findByRole('button', { name: 'Копіювати цитату' }));
  expect(await navigator.clipboard.readText()).toBe(
    [
      '«США призупиняють переговори про припинення вогню в Секторі Гази та відкликають свою переговорну групу з Катару, заявляє спецпосланець Трампа Стів Віткофф.»',
      '— Посадовці адміністрації Трампа пояснили, чому США вийшли з мирних переговорів щодо Гази',
      `${origin()}/ua/${SEED}#talks-suspended`,
    ].join('\n'),
  );
  expect(await screen.findByText('Цитату скопійовано')).toBeInTheDocument();
});

test('where the system can share, Share… hands it the passage; elsewhere the action is not offered', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}`);
  await screen.findByRole('heading', { level: 1, name: /Trump officials/ });
  let segment = await openShare(user, 'qatar-talks');
  expect(within(segment).queryByRole('button', { name: 'Share…' })).toBeNull();
  await user.click(within(segment).getByRole('button', { name: 'Share this passage' }));

  const share = vi.fn(async () => {});
  Object.defineProperty(navigator, 'share', { configurable: true, value: share });
  try {
    segment = await openShare(user, 'qatar-talks');
    await user.click(await within(segment).findByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({
      title: 'Trump officials explain why US pulled out of Gaza peace talks',
      text: expect.stringMatching(/^The parties have held several weeks of talks in Qatar/),
      url: `${origin()}/en/${SEED}#qatar-talks`,
    });
  } finally {
    Reflect.deleteProperty(navigator, 'share');
  }
});

test('when the clipboard refuses, the toast says so and shows the link', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
  renderApp(`/en/${SEED}`);
  await screen.findByRole('heading', { level: 1, name: /Trump officials/ });
  const segment = await openShare(user, 'qatar-talks');
  await user.click(await within(segment).findByRole('button', { name: 'Copy link' }));
  expect(await screen.findByText(`Could not copy. The link is ${origin()}/en/${SEED}#qatar-talks`)).toBeInTheDocument();
});

test('in the parallel view the link is the whole view at the passage; the quote is in the column’s language', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}?compare=ru#pigott-no-details`);
  await screen.findByRole('heading', { level: 1, name: /Trump officials/ });
  const row = document.getElementById('pigott-no-details') as HTMLElement;
  const russian = row.querySelector('[lang="ru"]') as HTMLElement;
  await user.click(within(russian).getByRole('button', { name: 'Share this passage' }));
  await user.click(await within(russian).findByRole('button', { name: 'Copy quote' }));
  const quote = await navigator.clipboard.readText();
  expect(quote.startsWith('«При этом официальный представитель Госдепартамента')).toBe(true);
  expect(quote).toContain('— Чиновники администрации Трампа');
  expect(quote.endsWith(`${origin()}/en/${SEED}?compare=ru#pigott-no-details`)).toBe(true);
});

test('one passage’s menu is open at a time: opening another closes the first', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}`);
  await screen.findByRole('heading', { level: 1, name: /Trump officials/ });
  const first = await openShare(user, 'qatar-talks');
  expect(await within(first).findByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  const second = await openShare(user, 'hamas-surprised');
  expect(await within(second).findByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  expect(within(first).queryByRole('button', { name: 'Copy link' })).toBeNull();
  expect(within(first).getByRole('button', { name: 'Share this passage' })).toHaveAttribute('aria-expanded', 'false');
});
