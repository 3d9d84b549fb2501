import { expect, test } from 'vitest';
import { articleOfPath, bytesBeforeLoad, lcpRatio, twinHtml } from '../../scripts/audit-twin';
import type { Bundle } from '../../src/articles/schema';

const bundle = {
  slug: 'story',
  lang: 'en',
  title: 'Bridges & <rivers>',
  lead: 'A lead.',
  segments: [
    { id: 'a', type: 'paragraph', text: 'First "words".' },
    { id: 'b', type: 'heading', text: 'A heading' },
    { id: 'c', type: 'quote', text: 'A quote' },
  ],
} as unknown as Bundle;

test('the twin is the article’s text in plain elements, escaped, with no stylesheet or script', () => {
  const html = twinHtml(bundle, 'en', '/assets/favicon-1.svg');
  expect(html).toContain('<html lang="en">');
  expect(html).toContain('<title>Bridges &amp; &lt;rivers&gt;</title>');
  expect(html).toContain('<h1>Bridges &amp; &lt;rivers&gt;</h1>\n<p>A lead.</p>');
  expect(html).toContain(
    '<p>First &quot;words&quot;.</p>\n<h2>A heading</h2>\n<blockquote><p>A quote</p></blockquote>',
  );
  expect(html).toContain('<link rel="icon" href="/assets/favicon-1.svg"');
  expect(html).not.toMatch(/<script|<style|stylesheet/);
});

test('only single-language article pages have a twin', () => {
  expect(articleOfPath('/ua/story')).toEqual({ lang: 'uk', slug: 'story' });
  expect(articleOfPath('/en/story')).toEqual({ lang: 'en', slug: 'story' });
  expect(articleOfPath('/en/')).toBeNull();
  expect(articleOfPath('/en/story?compare=ua')).toBeNull();
  expect(articleOfPath('/uk/story')).toBeNull();
});

test('bytes before load add up what started before the load event, and nothing after', () => {
  const requests = [
    { networkRequestTime: 5, transferSize: 8000 },
    { networkRequestTime: 300, transferSize: 1000 },
    { networkRequestTime: 480, transferSize: 70_000 },
    { transferSize: 5 },
  ];
  expect(bytesBeforeLoad({ requests, observedLoad: 475 })).toBe(9000);
  expect(bytesBeforeLoad({ requests, observedLoad: undefined })).toBeNull();
});

test('the ratio is of the two medians, and missing when either is', () => {
  expect(lcpRatio(1100, 1000)).toBeCloseTo(1.1);
  expect(lcpRatio(null, 1000)).toBeNull();
  expect(lcpRatio(1000, null)).toBeNull();
});
