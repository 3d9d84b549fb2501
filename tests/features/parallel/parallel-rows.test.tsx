import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { afterAll, beforeEach, expect, test, vi } from 'vitest';
import type { AlignedRow } from '../../../src/articles/align';
import type { RowLabels } from '../../../src/features/parallel/ParallelRow';
import { ParallelRows, WINDOW_FROM } from '../../../src/features/parallel/ParallelRows';
import { positionOnPage } from '../../../src/reading/position-dom';
import { useReadingPosition, type OffPageSegments } from '../../../src/reading/use-reading-position';
import { useReaderStore } from '../../../src/store/reader-store';
import { generateLibrary } from '../../../scripts/generate';
import { renderApp } from '../../helpers/render-app';
import { serveArticles } from '../../helpers/serve-articles';

const LONG = 3000;
const COLUMNS = ['en', 'uk', 'ru'] as const;

/** Rows of one to five phrases in each language; every seventh lacks its Russian. */
function makeRows(count: number): AlignedRow[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i + 1}`,
    cells: COLUMNS.map((lang) =>
      lang === 'ru' && i % 7 === 3
        ? null
        : { id: `s${i + 1}`, type: 'paragraph' as const, text: `${lang} passage ${i + 1}. `.repeat(1 + (i % 5)) },
    ),
  }));
}

const labelsFor = (total: number): RowLabels => ({
  gap: 'Not in this translation',
  languageNames: { uk: 'Ukrainian', en: 'English', ru: 'Russian' },
  passage: (n) => `Passage ${n} of ${total}`,
  share: 'Share this passage',
  stale: { mark: 'may be behind', note: (since) => `changed on ${since}` },
  slug: 'long',
  pageLang: 'en',
  titles: {},
});

/** The parallel page's wiring of the rows and the reading position, around a sticky bar. */
function View({ rows, segmentId = null }: { rows: AlignedRow[]; segmentId?: string | null }) {
  const container = useRef<HTMLElement>(null);
  const offPage = useRef<OffPageSegments>(null);
  const [activeId, setActiveId] = useState(segmentId);
  const [labels] = useState(() => labelsFor(rows.length));
  useReadingPosition(container, 'long', rows, segmentId, offPage);
  return (
    <>
      <header data-reading-line />
      <main ref={container}>
        <ParallelRows
          ref={offPage}
          rows={rows}
          columns={COLUMNS}
          activeId={activeId}
          labels={labels}
          onActivate={setActiveId}
        />
      </main>
    </>
  );
}

/*
 * jsdom lays nothing out. Here the sticky bar is HEADER_PX tall, the list
 * starts LIST_TOP down the page, a row is as tall as rowHeight says, and the
 * window scrolls; a windowed row sits where its style puts it, every other
 * row after the one before it. As in a browser, scroll events come with the
 * next frame, and a resize observer reports an element's size in the frame
 * after it is observed.
 */
const HEADER_PX = 60;
const LIST_TOP = 300;
const rowHeight = (row: HTMLElement) => 80 + (Number(row.dataset.index) % 4) * 40;
let scroll = 0;

function rowTop(row: HTMLElement): number {
  if (row.closest('[data-windowed]')) return Number.parseFloat(row.style.top || '0');
  let top = 0;
  for (let before = row.previousElementSibling; before; before = before.previousElementSibling) {
    top += rowHeight(before as HTMLElement);
  }
  return top;
}

class FakeResizeObserver {
  constructor(readonly callback: ResizeObserverCallback) {}
  observe(target: HTMLElement) {
    requestAnimationFrame(() => {
      if (!target.isConnected) return;
      const entry = { target, borderBoxSize: [{ blockSize: rowHeight(target), inlineSize: 1000 }] };
      this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    });
  }
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  scroll = 0;
  let pending = 0;
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scroll });
  window.scrollTo = ((options: ScrollToOptions) => {
    scroll = Math.max(0, options.top ?? 0);
    pending ||= requestAnimationFrame(() => {
      pending = 0;
      window.dispatchEvent(new Event('scroll'));
    });
  }) as typeof window.scrollTo;
  window.scrollBy = ((options: ScrollToOptions) =>
    window.scrollTo({ top: scroll + (options.top ?? 0) })) as typeof window.scrollBy;
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('parallel-row') ? rowHeight(this) : 0;
  });
  const original = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    if (this.hasAttribute('data-reading-line')) return new DOMRect(0, 0, 1000, HEADER_PX);
    if (this.classList.contains('parallel-rows')) {
      return new DOMRect(0, LIST_TOP - scroll, 1000, Number.parseFloat(this.style.height || '0'));
    }
    if (this.classList.contains('parallel-row')) {
      return new DOMRect(0, LIST_TOP - scroll + rowTop(this), 1000, rowHeight(this));
    }
    return original.call(this);
  });
});

/** Lets the view catch up: scroll events, measurements and the reading position's corrections. */
async function frames(count = 12) {
  await act(async () => {
    for (let i = 0; i < count; i++) await new Promise((done) => requestAnimationFrame(done));
  });
}

async function scrollTo(top: number) {
  await act(async () => window.scrollTo({ top }));
  await frames();
}

const rowsOnPage = () => [...document.querySelectorAll<HTMLElement>('.parallel-row')];
const box = (id: string) => document.getElementById(id)?.getBoundingClientRect();

/** Rows on the page fill the screen below the bar (and the titles), one after another, with no gap and no overlap. */
function expectScreenFilled() {
  const from = Math.max(HEADER_PX, LIST_TOP - scroll);
  const onScreen = rowsOnPage().filter((row) => {
    const { top, bottom } = row.getBoundingClientRect();
    return bottom > from && top < window.innerHeight;
  });
  expect(onScreen.length).toBeGreaterThan(2);
  expect(onScreen[0]?.getBoundingClientRect().top).toBeLessThanOrEqual(from);
  expect(onScreen.at(-1)?.getBoundingClientRect().bottom).toBeGreaterThanOrEqual(window.innerHeight);
  onScreen.slice(1).forEach((row, i) => {
    const above = onScreen[i] as HTMLElement;
    expect(Number(row.dataset.index)).toBe(Number(above.dataset.index) + 1);
    expect(row.getBoundingClientRect().top).toBe(above.getBoundingClientRect().bottom);
  });
}

test('a long view puts only the rows near the screen on the page, and moves them with the screen', async () => {
  render(<View rows={makeRows(LONG)} />);
  await frames();
  expect(screen.getByRole('group', { name: 'Passage 1 of 3000' })).toHaveAttribute('data-index', '0');
  expect(rowsOnPage().length).toBeLessThan(40);
  expect(document.querySelector('.parallel-rows')).toHaveAttribute('data-segment-count', String(LONG));
  expectScreenFilled();

  await scrollTo(150_000);
  expect(rowsOnPage().length).toBeLessThan(40);
  expectScreenFilled();
  // The list is as tall as all its rows, measured or estimated, so the scrollbar spans the whole view.
  const list = document.querySelector<HTMLElement>('.parallel-rows');
  expect(Number.parseFloat(list?.style.height ?? '')).toBeGreaterThan(LONG * 40);
});

test('a row keeps its cells, a gap where a language lacks the passage, and its name', async () => {
  render(<View rows={makeRows(LONG)} />);
  await frames();
  const row = screen.getByRole('group', { name: 'Passage 4 of 3000' });
  expect([...row.querySelectorAll('.parallel-cell')].map((cell) => cell.getAttribute('lang') ?? 'gap')).toEqual([
    'en',
    'uk',
    'gap',
  ]);
  expect(row).toHaveTextContent('Not in this translation');
  expect(row).toHaveAttribute('tabindex', '-1');
  expect(screen.getByRole('group', { name: 'Passage 1 of 3000' })).toHaveAttribute('tabindex', '0');
});

test('a link to a passage deep in a long view brings it to the reading line, with the rows around it', async () => {
  render(<View rows={makeRows(LONG)} segmentId="s2500" />);
  await frames();
  expect(box('s2500')?.top).toBeCloseTo(HEADER_PX, 0);
  expect(document.getElementById('s2499')).not.toBeNull();
  expect(document.getElementById('s2501')).not.toBeNull();
  expect(document.getElementById('s1500')).toBeNull();
  expectScreenFilled();
});

test('a link to an id an edit removed, deep in a long view, lands at the row it was folded into', async () => {
  const rows = makeRows(LONG);
  const folded = rows[2399]?.cells[1];
  if (folded) folded.formerIds = ['s2400-old'];
  render(<View rows={rows} segmentId="s2400-old" />);
  await frames();
  expect(box('s2400')?.top).toBeCloseTo(HEADER_PX, 0);
  expect(document.getElementById('s2400')).toHaveAttribute('data-former-ids', 's2400-old');
  expectScreenFilled();
});

test('the saved place deep in a long view is where the reader lands, and leaving saves it with its true progress', async () => {
  useReaderStore.getState().savePosition('long', { segmentId: 's2000', offset: 0.5, progress: 0.66 });
  const { unmount } = render(<View rows={makeRows(LONG)} />);
  await frames();
  const place = box('s2000');
  expect(place).toBeDefined();
  expect((place?.top ?? 0) + 0.5 * (place?.height ?? 0)).toBeCloseTo(HEADER_PX, 0);
  // The row is not the marked one, so nothing else keeps it on the page.
  expect(document.getElementById('s2000')).not.toHaveAttribute('aria-current');
  expectScreenFilled();

  const main = screen.getByRole('main');
  const here = positionOnPage(main);
  expect(here?.segmentId).toBe('s2000');
  expect(here?.progress).toBeCloseTo(1999.5 / LONG, 4);
  expect(here?.previousIds).toEqual(['s1999', 's1998', 's1997', 's1996', 's1995']);
  unmount();
});

test('the marked passage stays on the page when the screen moves far from it', async () => {
  const user = userEvent.setup();
  render(<View rows={makeRows(LONG)} />);
  await frames();
  await user.click(screen.getByRole('group', { name: 'Passage 3 of 3000' }));
  await scrollTo(200_000);
  expect(document.getElementById('s3')).toHaveAttribute('aria-current', 'location');
  expect(document.getElementById('s3')).toHaveAttribute('tabindex', '0');
  expectScreenFilled();
  // On the page, it does not change where the passages near the screen are counted from.
  const here = positionOnPage(screen.getByRole('main'));
  expect(Number(here?.segmentId.slice(1))).toBeGreaterThan(1000);
  expect(here?.previousIds).not.toContain('s3');
});

test('a view up to the windowing size keeps every row on the page; one row more is windowed', async () => {
  const { unmount } = render(<View rows={makeRows(WINDOW_FROM)} />);
  await frames(2);
  expect(rowsOnPage()).toHaveLength(WINDOW_FROM);
  expect(document.querySelector('.parallel-rows')).not.toHaveAttribute('data-windowed');
  unmount();

  render(<View rows={makeRows(WINDOW_FROM + 1)} />);
  await frames(2);
  expect(rowsOnPage().length).toBeLessThan(40);
  expect(document.querySelector('.parallel-rows')).toHaveAttribute('data-windowed');
});

// The whole app, with a generated article long enough to be windowed, in all three languages.
const library = mkdtempSync(join(tmpdir(), 'triptych-rows-'));
generateLibrary(library, { articles: 1, segments: 450, seed: 2 });
afterAll(() => rmSync(library, { recursive: true, force: true }));
const GENERATED = '/en/generated-1?compare=ua,ru';

test('in the app, a link to a passage deep in a long parallel view lands it at the reading line', async () => {
  serveArticles(library);
  renderApp(`${GENERATED}#s377`);
  await screen.findByRole('group', { name: 'Passage 377 of 450' });
  await frames();
  expect(box('s377')?.top).toBeCloseTo(HEADER_PX, 0);
  expect(rowsOnPage().length).toBeLessThan(40);
  expectScreenFilled();
});

test('in the app, entering a long parallel view puts the reader at their saved place', async () => {
  serveArticles(library);
  useReaderStore.getState().savePosition('generated-1', { segmentId: 's300', offset: 0, progress: 0.66 });
  renderApp(GENERATED);
  await screen.findByRole('group', { name: 'Passage 300 of 450' });
  await frames();
  expect(box('s300')?.top).toBeCloseTo(HEADER_PX, 0);
  expectScreenFilled();
});
