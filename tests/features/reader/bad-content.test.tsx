import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, expect, test, vi } from 'vitest';
import { renderApp } from '../../helpers/render-app';
import { serveArticles } from '../../helpers/serve-articles';

const BAD = 'tests/fixtures/bad-articles';

/** Each malformed bundle in the fixtures that a URL can reach, with the field its console detail names. */
const CASES = [
  ['missing-title', 'title: is required'],
  ['title-not-string', 'title: must be a string'],
  ['lang-unknown-value', 'lang: must be one of uk, en, ru'],
  ['duplicate-id', 'segments[1].id: "same" is already the id'],
  ['malformed-id', 'segments[0].id: must be 1–64 characters'],
  ['no-segments', 'segments: is empty'],
  ['bad-type', 'segments[0].type: must be one of'],
  ['bad-date', 'published: must be an ISO 8601 date'],
  ['segments-not-array', 'segments: must be an array'],
  ['hidden-chars', 'segments[0].text: contains the invisible control character U+202E'],
  ['long-title', 'title: is 5000 characters long'],
  ['missing-segment-text', 'segments[0].text: is required'],
  ['slug-mismatch', 'slug: is "another-slug"'],
  ['source-javascript', 'source.url: must be an absolute http:// or https:// URL'],
] as const;

test.each(CASES)(
  '%s: the page stays, with a translated error for the article, and the detail is logged once',
  async (slug, detail) => {
    serveArticles(BAD);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp(`/en/${slug}`);
    await screen.findByRole('heading', { level: 1, name: 'This article cannot be shown' });
    // The rest of the page: the bar with the way back and the language switcher.
    expect(screen.getByRole('link', { name: /Library/ })).toHaveAttribute('href', '/en/');
    expect(screen.getByRole('navigation', { name: 'Read this article in' })).toBeInTheDocument();
    const details = consoleError.mock.calls.map((call) => String(call[0]));
    expect(details.filter((line) => line.includes(`/articles/${slug}/en.json: ${detail}`))).toHaveLength(1);
  },
);

test.each(['bad-json', 'truncated'])(
  '%s: a body that is not JSON is a failed load, never kept as the content: Try again asks the network again',
  async (slug) => {
    const network = serveArticles(BAD);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderApp(`/en/${slug}`);
    await screen.findByRole('heading', { level: 1, name: 'The article could not be loaded' });
    const asked = () => network.requests.filter((url) => url === `/articles/${slug}/en.json`).length;
    const before = asked();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(asked()).toBeGreaterThan(before));
  },
);

test('a bundle whose language does not match its file name is refused in the reader’s language', async () => {
  serveArticles(BAD);
  vi.spyOn(console, 'error').mockImplementation(() => {});
  renderApp('/ru/lang-mismatch');
  await screen.findByRole('heading', { level: 1, name: 'Эту статью невозможно показать' });
});

const big = mkdtempSync(join(tmpdir(), 'triptych-big-'));
afterAll(() => rmSync(big, { recursive: true, force: true }));

test('a 2 MB segment is refused with a clear message, not rendered', async () => {
  mkdirSync(join(big, 'huge'));
  const bundle = {
    lang: 'en',
    title: 'Huge',
    published: '2025-01-01',
    segments: [{ id: 'huge', type: 'paragraph', text: 'x'.repeat(2 * 1024 * 1024) }],
  };
  writeFileSync(join(big, 'huge', 'en.json'), JSON.stringify(bundle));
  serveArticles(big);
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  renderApp('/en/huge');
  await screen.findByRole('heading', { level: 1, name: 'This article cannot be shown' });
  expect(consoleError).toHaveBeenCalledWith(
    '[articles] /articles/huge/en.json: segments[0].text: is 2097152 characters long; a segment may be at most 20000',
  );
});

test('one bad article never breaks the library: the good one beside the bad ones is listed', async () => {
  serveArticles(BAD);
  renderApp('/en/');
  const list = await screen.findByRole('region', { name: /Latest articles/ });
  expect(await within(list).findByRole('link', { name: 'A good title' })).toHaveAttribute('href', '/en/a-good-one');
  expect(within(list).getByText('1 article')).toBeInTheDocument();
});
