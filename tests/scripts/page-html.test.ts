import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { linkedStylesheet, pageHtml, type PageParts } from '../../scripts/page-html';

// The built index.html: the head as Vite writes it, cut down, and the body of our own index.html
// (its #root is what the pre-rendered page replaces), less the script Vite moves to the head.
const body = /<body>[\s\S]*<\/body>/
  .exec(readFileSync('index.html', 'utf8'))![0]
  .replace(/<script type="module"[^>]*><\/script>\s*/, '');
const TEMPLATE = `<!doctype html>
<html lang="uk">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'" />
    <meta name="description" content="Triptych" />
    <title>Triptych</title>
    <script type="module" crossorigin src="/assets/shell-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-3.js">
    <link rel="stylesheet" crossorigin href="/assets/shell-2.css">
  </head>
  ${body}
</html>
`;
const CSS = '.price::after{content:"$1 $&"}';
const parts: PageParts = {
  lang: 'en',
  head: '<title>Aid of $1 billion, $& more · Triptych</title>',
  body: "<main><p>It costs $1, or $&, or $' or $`.</p></main>",
  data: '{"title":"Aid of $1 billion, $& more"}',
  dataId: 'page-data',
  boot: '<script type="module" src="/assets/boot.js"></script>',
};

test('the stylesheet is written in, and the page’s policy allows exactly that text by its hash', () => {
  const html = pageHtml(TEMPLATE, CSS, parts);
  expect(linkedStylesheet(TEMPLATE)).toBe('assets/shell-2.css');
  expect(html).not.toContain('rel="stylesheet"');
  expect(html).toContain(`<style>${CSS}</style>`);
  const hash = createHash('sha256').update(CSS).digest('base64');
  expect(html).toContain(`style-src 'self' 'sha256-${hash}'`);
  // The app's script tags give way to the boot tag, after the styles.
  expect(html).not.toContain('shell-1.js');
  expect(html.indexOf('</style>')).toBeLessThan(html.indexOf(parts.boot));
});

test('text with $1, $& and the like is written as it is, in the head, the body, the data and the styles', () => {
  const html = pageHtml(TEMPLATE, CSS, parts);
  expect(html).toContain(parts.head);
  expect(html).toContain(`<div id="root" data-first-paint>${parts.body}</div>`);
  expect(html).toContain(`<script type="application/json" id="page-data">${parts.data}</script>`);
  expect(html).toContain(`<style>${CSS}</style>`);
  expect(html.match(/<meta http-equiv/g)).toHaveLength(1);
  expect(html).toContain('<html lang="en">');
  expect(html).not.toContain('boot__bar');
  expect(html).not.toContain('boot__stuck');
  // The template's own title and description give way to the page's.
  expect(html).not.toContain('<title>Triptych</title>');
  expect(html).not.toContain('name="description"');
});

test('a stylesheet that would close its element is refused', () => {
  expect(() => pageHtml(TEMPLATE, 'a{}</style><script>alert(1)</script>', parts)).toThrow(/inside <style>/);
});

test('the app’s scripts and their preloads give way to the boot tag, which fetches them after the first paint', () => {
  const html = pageHtml(TEMPLATE, CSS, parts);
  expect(html).not.toContain('modulepreload');
  expect(html).not.toContain('shell-1.js');
  expect(html.match(/<script type="module"/g)).toHaveLength(1);
  expect(html).toContain(parts.boot);
});
