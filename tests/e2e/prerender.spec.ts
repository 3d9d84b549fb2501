import { expect, test } from './fixtures';
import {
  LONG,
  SEED,
  appTookOver,
  clickInPlace,
  expectAtReadingLine,
  requestsOf,
  scrollSegmentToReadingLine,
} from './helpers';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('an article is readable in full, in its language, with its head', async ({ page }) => {
    await page.goto(`/ru/${SEED}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page).toHaveTitle(/^Чиновники администрации Трампа .* · Triptych$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/ru/${SEED}$`));
    const hreflangs = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
    expect(hreflangs).toEqual(['uk', 'en', 'ru', 'x-default']);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ru_RU');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      /^Чиновники администрации Трампа/,
    );
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Чиновники администрации Трампа/);
    await expect(page.getByText(/Пиготт/).first()).toBeVisible();
    await expect(page.locator('[data-segment-id]')).toHaveCount(15);
  });

  test('an article carries its stylesheet, allowed by its hash, so its first paint waits for no request', async ({
    page,
  }) => {
    // A linked stylesheet is requested only once the parser has read the CSP meta tag (decision 010).
    const stylesheets = requestsOf(page, 'stylesheet');
    await page.goto(`/ua/${SEED}`, { waitUntil: 'networkidle' });
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(policy?.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe');
    await expect(page.locator('head > style')).toHaveCount(1);
    await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
    // Applied, not refused by the policy: the bar sticks and the text is set in the serif.
    await expect(page.locator('.reader__bar')).toHaveCSS('position', 'sticky');
    await expect(page.locator('.article__title')).toHaveCSS('font-family', /^Charter,/);
    expect(stylesheets).toEqual([]);
  });

  test('an article’s first paint fetches no image: the side-by-side icon is drawn by its own box', async ({ page }) => {
    // An image in the bar is requested from within the first style pass and, as SVG, built as a
    // document of its own on the main thread: both before the first paint (decision 009).
    const images = requestsOf(page, 'image');
    await page.goto(`/en/${SEED}`, { waitUntil: 'networkidle' });
    const compare = page.locator('.reader__compare');
    await expect(compare).toBeVisible();
    const icon = await compare.locator('.bar-button__icon').evaluate((box) => {
      const style = getComputedStyle(box, '::before');
      return { width: style.width, border: style.borderTopWidth, rule: style.backgroundImage, mask: style.maskImage };
    });
    // A frame (its width snapped to device pixels) with a rule down its middle, and no mask.
    expect(icon.width).toBe('16px');
    expect(icon.border).not.toBe('0px');
    expect(icon.rule).toMatch(/^linear-gradient/);
    expect(icon.mask).toBe('none');
    expect(images).toEqual([]);
  });

  test('an article’s bar is drawn in one size of one font, regular and bold', async ({ page }) => {
    // Each further size or weight is one more font lookup before the first paint (decision 009).
    await page.goto(`/en/${SEED}`);
    const fonts = await page.locator('.reader__bar').evaluate((bar) => {
      const found = new Set<string>();
      const walker = document.createTreeWalker(bar, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const style = getComputedStyle(text.parentElement!);
        if (text.textContent?.trim() && style.display !== 'none') {
          found.add(`${style.fontFamily.split(',')[0]} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
        }
      }
      return [...found].sort();
    });
    // On a phone the icons carry captions in words (issue 25), in one smaller size: one more lookup, the price
    // of a bar that says what its buttons do.
    const phone = (page.viewportSize()?.width ?? 1280) <= 560;
    const captions = phone ? ['system-ui 11px 400 normal', 'system-ui 11px 700 normal'] : [];
    expect(fonts).toEqual([...captions, 'system-ui 16px 400 normal', 'system-ui 16px 700 normal']);
  });

  test('a library is readable, with its articles', async ({ page }) => {
    await page.goto('/ua/');
    await expect(page.getByRole('link', { name: 'Дніпро: річка трьох імен' })).toBeVisible();
  });
});

test('the app takes over the pre-rendered page without replacing it or moving the text', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        (window as unknown as { shifts: number }).shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // The module script is deferred, so DOMContentLoaded waits for it: wait for the text instead.
  await page.goto(`/en/${LONG}`, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Dnipro: a river of three names');
  await page.evaluate(() => ((window as unknown as { before: Element | null }).before = document.querySelector('h1')));
  // The share buttons work only with the app: the page holds their boxes, and the app fills them.
  const shareBoxes = page.locator('.segment .passage-share');
  await expect(shareBoxes).toHaveCount(70);
  await expect(page.locator('.passage-share__toggle')).toHaveCount(0);
  const boxBefore = await shareBoxes.first().boundingBox();
  // The first paint lays out only the passages on screen; the app lays out all before it restores a place.
  const lastPassage = page.locator('.segment').last();
  expect(await lastPassage.evaluate((element) => getComputedStyle(element).contentVisibility)).toBe('auto');
  release();
  // Hydrated: React has claimed the very node the server sent, and the app answers a shortcut.
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(document.querySelector('h1') ?? {}).some((key) => key.startsWith('__react'))),
    )
    .toBe(true);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(page.locator('.segment .passage-share__toggle')).toHaveCount(70);
  expect(await shareBoxes.first().boundingBox()).toEqual(boxBefore);
  expect(await lastPassage.evaluate((element) => getComputedStyle(element).contentVisibility)).toBe('visible');
  expect(
    await page.evaluate(
      () => (window as unknown as { before: Element | null }).before === document.querySelector('h1'),
    ),
  ).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
});

/**
 * The longest run of a passage's text that HTML writes as it is: no character it escapes, and not the
 * passage's last word, which sits in a span of its own with the share control.
 */
function plainRun(text: string): string {
  const run = text
    .split(/[&<>"']/)
    .reduce((longest, part) => (part.length > longest.length ? part : longest), '')
    .trim();
  return run.slice(0, run.lastIndexOf(' '));
}

test('an article page carries its text once: the page data names the bundle and its version, not its words', async ({
  request,
}) => {
  for (const [word, lang] of [
    ['ua', 'uk'],
    ['en', 'en'],
    ['ru', 'ru'],
  ] as const) {
    const html = await (await request.get(`/${word}/${SEED}`)).text();
    const bundle = (await (await request.get(`/articles/${SEED}/${lang}.json`)).json()) as {
      segments: { type: string; text: string }[];
    };
    const paragraphs = bundle.segments.filter((segment) => segment.type === 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const paragraph of paragraphs) {
      const run = plainRun(paragraph.text);
      if (run.length < 30) continue;
      expect(html.split(run).length - 1, `${word}: "${run}"`).toBe(1);
    }
    const data = /<script type="application\/json" id="_page-data">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(data)).toEqual({
      path: `/${word}/${SEED}`,
      lang,
      article: { slug: SEED, version: expect.stringMatching(/^[0-9a-z]+$/) },
    });
  }
});

test('the app fetches the data the page names once, takes the page over, and a switch keeps the place', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/articles/')) fetched.push(path);
  });
  await page.goto(`/en/${LONG}`);
  await appTookOver(page);
  expect(fetched.filter((path) => path === `/articles/${LONG}/en.json`)).toHaveLength(1);
  expect(fetched.filter((path) => path === `/articles/${LONG}/index.json`)).toHaveLength(1);
  await scrollSegmentToReadingLine(page, 'the-flood');
  await clickInPlace(
    page,
    page.getByRole('navigation', { name: 'Read this article in' }).getByRole('link', { name: 'Українська' }),
  );
  await expect(page).toHaveURL(`/ua/${LONG}`);
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'uk');
  await expectAtReadingLine(page, 'the-flood');
  expect(fetched.filter((path) => path === `/articles/${LONG}/en.json`)).toHaveLength(1);
});

test('a parallel view served an article page renders its columns from the bundles it fetches', async ({ page }) => {
  await page.goto(`/ru/${SEED}?compare=ua,en`);
  const cells = page.locator('.parallel-row').first().locator('.parallel-cell');
  await expect(cells).toHaveCount(3);
  await expect(page.getByText(/Пиготт/).first()).toBeVisible();
});

test.describe('the data the page names does not come', () => {
  test.use({ expectedConsole: [/status of 500/] });

  test('the text the server sent stays readable, with no error in its place, and the app takes over when the network returns', async ({
    page,
  }) => {
    const bundle = `**/articles/${LONG}/en.json`;
    let tries = 0;
    await page.route(bundle, (route) => {
      tries += 1;
      return route.fulfill({ status: 500, body: 'busy' });
    });
    await page.goto(`/en/${LONG}`);
    // The loader's three tries, then the app's code has nothing left to fetch.
    await expect.poll(() => tries, { timeout: 15_000 }).toBe(3);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Dnipro: a river of three names');
    await expect(page.locator('.segment')).toHaveCount(70);
    await expect(page.getByText('The article could not be loaded')).toHaveCount(0);
    expect(
      await page.evaluate(() =>
        Object.keys(document.querySelector('h1') ?? {}).some((key) => key.startsWith('__react')),
      ),
    ).toBe(false);

    await page.unroute(bundle);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await appTookOver(page);
    await expect(page.locator('.segment .passage-share__toggle')).toHaveCount(70);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Dnipro: a river of three names');
  });
});

test('a pre-rendered page loads one small script before its first paint, which names the app’s modules', async ({
  request,
}) => {
  const html = await (await request.get(`/ru/${SEED}`)).text();
  const tags = html.match(/<script type="module"[^>]*>/g) ?? [];
  expect(tags).toHaveLength(1);
  expect(html).not.toContain('rel="modulepreload"');
  const modules = /data-app="([^"]+)"/.exec(tags[0] ?? '')?.[1]?.split(' ') ?? [];
  // The entry, the article page's chunk and the Russian strings, fetched together once the text is painted.
  expect(modules.some((src) => /\/assets\/ArticlePage-[\w-]+\.js$/.test(src))).toBe(true);
  expect(modules.some((src) => /\/assets\/ru-[\w-]+\.js$/.test(src))).toBe(true);
  for (const src of modules) expect((await request.get(src)).ok()).toBe(true);
});

test('each page has its language’s head: title, description, canonical, hreflang, Open Graph', async ({ request }) => {
  const html = await (await request.get(`/ua/kyiv-funicular-at-120`)).text();
  expect(html).toContain('<html lang="uk">');
  expect(html).toMatch(/<title>Київському фунікулеру — 120[^<]* · Triptych<\/title>/);
  expect(html).toMatch(/<meta name="description" content="[^"]+"/);
  expect(html).toMatch(/<link rel="canonical" href="[^"]+\/ua\/kyiv-funicular-at-120" \/>/);
  expect(html).toMatch(/hreflang="uk"/);
  expect(html).toMatch(/hreflang="en"/);
  expect(html).not.toMatch(/hreflang="ru"/);
  expect(html).toMatch(/hreflang="x-default" href="[^"]+\/ua\/kyiv-funicular-at-120"/);
  expect(html).toContain('<meta property="og:type" content="article" />');
  expect(html).toContain('<meta property="og:locale" content="uk_UA" />');
  expect(html).toContain('<meta property="og:locale:alternate" content="en_US" />');
  expect(html).toContain('<meta name="twitter:card" content="summary" />');
  const others: [string, string][] = [
    [`/en/${SEED}`, 'en_US'],
    [`/ru/${SEED}`, 'ru_RU'],
  ];
  for (const [path, locale] of others) {
    const page = await (await request.get(path)).text();
    expect(page).toContain(`<meta property="og:locale" content="${locale}" />`);
  }
});

test('a parallel-view link is served the single-language page (its canonical) and shows the parallel view', async ({
  page,
  request,
}) => {
  const html = await (await request.get(`/en/${SEED}?compare=ua`)).text();
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]+/en/${SEED}" />`));
  await page.goto(`/en/${SEED}?compare=ua`);
  await expect(page.locator('.parallel-row').first().locator('.parallel-cell')).toHaveCount(2);
});

test('the sitemap (an index of one file here) lists every page with its alternates; robots.txt points at it; 404.html speaks all three', async ({
  request,
}) => {
  const index = await (await request.get('/sitemap.xml')).text();
  expect([...index.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((match) => match[1])).toEqual([
    expect.stringMatching(/^http:\/\/[^/]+\/sitemaps\/1\.xml$/),
  ]);
  const sitemap = await (await request.get('/sitemaps/1.xml')).text();
  expect(sitemap.match(/<url>/g)).toHaveLength(3 + 3 + 3 + 2);
  expect(sitemap).toMatch(new RegExp(`<loc>[^<]+/ru/${SEED}</loc><xhtml:link rel="alternate" hreflang="uk"`));
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: .+\/sitemap\.xml/);
  const notFound = await (await request.get('/404.html')).text();
  for (const text of [
    'Сторінку не знайдено',
    'Page not found',
    'Страница не найдена',
    'href="/ua/"',
    'href="/en/"',
    'href="/ru/"',
  ]) {
    expect(notFound).toContain(text);
  }
  expect(notFound).not.toContain('<script type="module"');
});

test('every page in the sitemap has, without JavaScript, the title, description and locale of its language', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemaps/1.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>[^<]*?(\/(ua|en|ru)\/[^<]*)<\/loc>/g)].map((match) => match[1] ?? '');
  expect(paths.length).toBe(11);
  const locales: Record<string, string> = { ua: 'uk_UA', en: 'en_US', ru: 'ru_RU' };
  const langs: Record<string, string> = { ua: 'uk', en: 'en', ru: 'ru' };
  for (const path of paths) {
    const word = path.split('/')[1] ?? '';
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(`<html lang="${langs[word]}">`);
    expect(html, path).toMatch(/<title>[^<]+ · Triptych<\/title>/);
    expect(html, path).toMatch(/<meta name="description" content="[^"]{10,}" \/>/);
    expect(html, path).toContain(`<meta property="og:locale" content="${locales[word]}" />`);
    expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="[^"]+${path}" />`));
  }
});

test('a reader who chose dark sees a dark page from the first paint, before any of the app’s code has run', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'triptych-reader',
      JSON.stringify({ version: 2, state: { positions: {}, settings: { theme: 'dark', textSize: 4 } } }),
    ),
  );
  // The app's code never arrives during this test: what is on screen is the page and its head script.
  await page.route('**/assets/*.js', () => undefined);
  await page.goto(`/en/${SEED}`, { waitUntil: 'commit' });
  await expect(page.locator('.article__title')).toBeVisible();
  // Not the app's yet: the share boxes it fills are empty.
  await expect(page.locator('.segment .passage-share').first()).toBeAttached();
  await expect(page.locator('.passage-share__toggle')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '4');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 27)');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(21, 23, 27)');
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
  for (const meta of await page.locator('meta[name="theme-color"]').all()) {
    await expect(meta).toHaveAttribute('content', '#15171b');
  }
  await page.screenshot({ path: test.info().outputPath(`first-paint-dark-${test.info().project.name}.png`) });
});
