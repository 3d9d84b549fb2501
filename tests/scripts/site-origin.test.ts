import { expect, test } from 'vitest';
import { LOCAL_ORIGIN, siteOrigin } from '../../scripts/site-origin';

test('without SITE_ORIGIN the build uses the local origin and says, loudly, what points there', () => {
  for (const value of [undefined, '', '  ']) {
    const { origin, warning } = siteOrigin(value);
    expect(origin).toBe(LOCAL_ORIGIN);
    expect(warning).toContain('SITE_ORIGIN is not set');
    expect(warning).toContain('canonical links, Open Graph URLs, sitemap.xml and robots.txt');
  }
});

test('a site origin is used as given, without a trailing slash, and without a warning', () => {
  expect(siteOrigin('https://news.example.org/')).toEqual({ origin: 'https://news.example.org' });
  expect(siteOrigin('http://127.0.0.1:8080')).toEqual({ origin: 'http://127.0.0.1:8080' });
});

test.each(['news.example.org', 'https://news.example.org/ua/', 'ftp://news.example.org', 'javascript:alert(1)'])(
  'SITE_ORIGIN %s is refused, since every absolute URL would be wrong',
  (value) => {
    expect(() => siteOrigin(value)).toThrow(/SITE_ORIGIN/);
  },
);
