/**
 * The <head> of a pre-rendered page: what link previews (crawlers run no
 * JavaScript) and search engines read. Pure, so it is tested on its own.
 */
import { LANGS, urlWordOf, type Lang } from '../i18n/languages';

export const OG_LOCALES: Record<Lang, string> = { uk: 'uk_UA', en: 'en_US', ru: 'ru_RU' };

export interface HeadInput {
  /** The site's origin for absolute URLs, e.g. https://triptych.example (no trailing slash). */
  origin: string;
  lang: Lang;
  /** The page's own title (previews show it); the tab title adds the site's name. */
  title: string;
  description: string;
  kind: 'article' | 'website';
  /** The languages this page exists in, each with its path. */
  versions: Partial<Record<Lang, string>>;
  image?: { src: string; alt: string };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const meta = (attr: 'name' | 'property', key: string, content: string) =>
  `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;

/** The tags, one per line, everything escaped. */
export function headTags(input: HeadInput): string {
  const { origin, lang, title, description, kind, versions, image } = input;
  const url = (path: string) => `${origin}${path}`;
  const own = versions[lang] ?? '/';
  const present = LANGS.filter((other) => versions[other] !== undefined);
  // x-default: where a reader whose language we do not publish lands (the site's default, Ukrainian, if present).
  const fallback = versions.uk ?? versions[present[0] ?? lang] ?? own;
  const lines = [
    `<title>${escapeHtml(`${title} · Triptych`)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(url(own))}" />`,
    ...present.map(
      (other) => `<link rel="alternate" hreflang="${other}" href="${escapeHtml(url(versions[other] ?? ''))}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(url(fallback))}" />`,
    meta('property', 'og:type', kind),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url(own)),
    meta('property', 'og:site_name', 'Triptych'),
    meta('property', 'og:locale', OG_LOCALES[lang]),
    ...present
      .filter((other) => other !== lang)
      .map((other) => meta('property', 'og:locale:alternate', OG_LOCALES[other])),
    ...(image ? [meta('property', 'og:image', url(image.src)), meta('property', 'og:image:alt', image.alt)] : []),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
  ];
  return lines.join('\n    ');
}

/** A path for each language a page exists in, from its language-independent part. */
export function versionPaths(langs: readonly Lang[], pathOf: (word: string) => string): Partial<Record<Lang, string>> {
  return Object.fromEntries(langs.map((lang) => [lang, pathOf(urlWordOf(lang))]));
}
