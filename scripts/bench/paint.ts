/** Measures 2 and 5: first and largest contentful paint of pre-rendered pages, and the library's first data. */
import type { Browser } from '@playwright/test';
import { openTab, paintMarks, waitForHydration } from './browser.ts';

export interface PaintRun {
  fcp: number;
  lcp: number;
  lcpElement: string | null;
}

/** Loads a page in a fresh context and reads its paint marks once the network is quiet (and the app hydrated). */
export async function loadAndPaint(
  browser: Browser,
  url: string,
  hydrated: string | null,
  onResponse?: (url: string, body: Buffer) => void,
): Promise<PaintRun> {
  const tab = await openTab(browser);
  try {
    const reading: Promise<void>[] = [];
    if (onResponse) {
      tab.page.on('response', (response) => {
        reading.push(
          response.body().then(
            (body) => onResponse(response.url(), body),
            () => undefined, // A redirect or an aborted request has no body.
          ),
        );
      });
    }
    await tab.page.goto(url, { waitUntil: 'networkidle' });
    if (hydrated) await waitForHydration(tab.page, hydrated);
    // LCP candidates can follow the load (hydration, late styles); give them a moment.
    await tab.page.waitForTimeout(500);
    await Promise.all(reading);
    const marks = await paintMarks(tab.page);
    if (marks.fcp === null || marks.lcp === null) throw new Error(`bench: no paint entries for ${url}`);
    return { fcp: marks.fcp, lcp: marks.lcp, lcpElement: marks.lcpElement };
  } finally {
    await tab.close();
  }
}

export interface PaintComparison {
  article: PaintRun[];
  static: PaintRun[];
}

/** The reader's page against the same text as a plain page, interleaved (alternating which goes first). */
export async function comparePaint(
  browser: Browser,
  origin: string,
  articlePath: string,
  staticPath: string,
  runs: number,
): Promise<PaintComparison> {
  const result: PaintComparison = { article: [], static: [] };
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? (['article', 'static'] as const) : (['static', 'article'] as const);
    for (const which of order) {
      const url = `${origin}${which === 'article' ? articlePath : staticPath}`;
      result[which].push(await loadAndPaint(browser, url, which === 'article' ? '[data-reading-line] nav a' : null));
    }
  }
  return result;
}

export interface LibraryRun {
  fcp: number;
  /** Bytes of /articles/index/… JSON the page fetched while loading (uncompressed). */
  indexBytes: number;
  indexFiles: string[];
}

export async function measureLibrary(browser: Browser, origin: string, runs: number): Promise<LibraryRun[]> {
  const result: LibraryRun[] = [];
  for (let run = 0; run < runs; run++) {
    let indexBytes = 0;
    const indexFiles: string[] = [];
    const paint = await loadAndPaint(browser, `${origin}/en/`, '.site-header nav a', (url, body) => {
      if (!new URL(url).pathname.startsWith('/articles/index/')) return;
      indexBytes += body.length;
      indexFiles.push(new URL(url).pathname);
    });
    result.push({ fcp: paint.fcp, indexBytes, indexFiles });
  }
  return result;
}
