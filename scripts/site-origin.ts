/**
 * The origin the pre-renderer writes into absolute URLs (canonical, hreflang,
 * Open Graph, sitemap, robots.txt), from SITE_ORIGIN. Without it they point
 * at the local preview server, which is right for tests and wrong anywhere
 * else, so the build says so loudly.
 */

export const LOCAL_ORIGIN = 'http://127.0.0.1:4173';

export interface SiteOrigin {
  origin: string;
  /** Set when the origin is the local default: print it once, where it will be seen. */
  warning?: string;
}

export function siteOrigin(value: string | undefined): SiteOrigin {
  if (value === undefined || value.trim() === '') {
    const rule = '!'.repeat(78);
    return {
      origin: LOCAL_ORIGIN,
      warning: [
        rule,
        `SITE_ORIGIN is not set: canonical links, Open Graph URLs, sitemap.xml and robots.txt`,
        `all point at ${LOCAL_ORIGIN}. That is right for the tests and wrong on a real site:`,
        `build with SITE_ORIGIN=https://your.domain npm run build.`,
        rule,
      ].join('\n'),
    };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_ORIGIN "${value}" is not a URL; set it to the site's origin, e.g. https://news.example.org`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value.replace(/\/$/, '')) {
    throw new Error(
      `SITE_ORIGIN "${value}" must be an origin only (http:// or https://, a host, an optional port, no path), e.g. https://news.example.org`,
    );
  }
  return { origin: url.origin };
}
