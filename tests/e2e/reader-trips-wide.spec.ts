import { expect, test } from './fixtures';
import { LONG, SEED, appTookOver } from './helpers';

// What a new reader tripped on in a wide window (the desktop project), and in narrower ones.

test('every paragraph ends where its last line does: no share button alone on an extra line', async ({ page }) => {
  for (const path of [`/en/${LONG}`, `/ua/${LONG}`, `/ru/${LONG}`, `/en/${SEED}`, `/ua/${SEED}`, `/ru/${SEED}`]) {
    await page.goto(path);
    await appTookOver(page);
    const gaps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('p.segment')].map((segment) => {
        // The words' own lines, not the share control's box.
        const walker = document.createTreeWalker(segment, NodeFilter.SHOW_TEXT);
        const lines = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          lines.push(...[...range.getClientRects()].filter((box) => box.width > 0));
        }
        const text = Math.max(...lines.map((box) => box.bottom));
        return Math.round(segment.getBoundingClientRect().bottom - text);
      }),
    );
    // A line of text is about 31 px: anything near it is an empty line.
    expect(Math.max(...gaps), path).toBeLessThan(12);
  }
});

for (const width of [640, 768]) {
  test(`at ${width} px (a tablet, or 1280 px at 200 % zoom) the article’s bar is one row`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of [
      `/ua/${SEED}`,
      '/ru/kyiv-funicular-at-120',
      '/en/kyiv-funicular-at-120',
      `/en/${SEED}?compare=ua,ru`,
    ]) {
      await page.goto(path);
      await appTookOver(page);
      const height = await page.evaluate(
        () => document.querySelector('[data-reading-line]')?.getBoundingClientRect().height ?? 0,
      );
      expect(height, path).toBeLessThan(64);
      // Far from a quarter of the screen.
      expect(height / 800, path).toBeLessThan(0.1);
    }
  });
}

test('button labels sit in the middle of their buttons', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const [path, selector] of [
    [`/ua/${SEED}`, '.language-switcher__item'],
    [`/ua/${SEED}?compare=en`, '.parallel__leave'],
  ] as const) {
    await page.goto(path);
    await appTookOver(page);
    const off = await page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const box = element.getBoundingClientRect();
        // What shows inside: its visible parts (a name kept only for screen readers is 1 px).
        const parts = [...element.children].map((child) => child.getBoundingClientRect()).filter((r) => r.width > 1);
        const top = Math.min(...parts.map((r) => r.top));
        const bottom = Math.max(...parts.map((r) => r.bottom));
        return Math.abs(top - box.top - (box.bottom - bottom));
      });
    expect(off, path).toBeLessThan(4);
  }
});
