/**
 * Reads an articles folder (`<slug>/<lang>.json`) from disk and checks every
 * bundle with the app's own schema and limits. Shared by `check:articles`
 * and the Vite plugin that builds what is published, so both name the same
 * problems the same way.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGS, isLang, type Lang } from '../src/i18n/languages.ts';
import { decodeUtf8 } from '../src/articles/json-text.ts';
import { summarize, type ArticleSummary } from '../src/articles/library-index.ts';
import { ARTICLES_ROOT } from '../src/articles/paths.ts';
import { parseBundle, sizeProblem, type Bundle, type Problem } from '../src/articles/schema.ts';
import { SEARCH_SLUG, isSlug } from '../src/routing/links.ts';

export interface FileProblem {
  path: string;
  field: string;
  message: string;
}

export interface ReadOptions {
  /** Paths in problems are shown relative to this (default: the working directory). */
  root?: string;
  /** The time the check runs at (default: now); see `FUTURE_MARGIN_MS`. */
  now?: number;
  /**
   * Called with each bundle that passed, as the schema returned it (fields
   * it does not know dropped, text in NFC): what a build publishes.
   * `url` is relative to /articles/.
   */
  onBundle?: (url: string, bundle: Bundle) => void;
  /** Read only these entries of the folder (an incremental build's changed articles); default: all. */
  only?: ReadonlySet<string>;
}

export interface ArticlesOnDisk {
  /** One per article folder with at least one valid bundle. Summaries, not bundles, so memory stays small. */
  summaries: ArticleSummary[];
  problems: FileProblem[];
  /** Images that valid bundles show from their own folder, to publish beside them. */
  images: { path: string; url: string }[];
}

// `index` is where the generated library index lives.
const RESERVED_SLUGS = new Set(['index', SEARCH_SLUG]);

/**
 * How far after the build a date may be. An editor anywhere writes today's
 * date, and a day covers every offset; a later date would hold the article
 * at the top of the library, so it waits for its day (or a fixed date).
 */
export const FUTURE_MARGIN_MS = 24 * 60 * 60 * 1000;

// What a bundle's `image.src` may name in its own folder: pictures a browser shows, never a document.
const IMAGE_NAME = /^[a-z0-9][a-z0-9._-]*\.(jpe?g|png|webp|avif|gif)$/i;

export function readArticles(dir: string, options: ReadOptions = {}): ArticlesOnDisk {
  const { root = process.cwd(), now = Date.now(), onBundle, only } = options;
  const problems: FileProblem[] = [];
  const summaries: ArticleSummary[] = [];
  const images: ArticlesOnDisk['images'] = [];
  const shown = (path: string) => relative(root, path) || path;

  const entries = only ? [...only].filter((name) => existsSync(join(dir, name))) : readdirSync(dir);
  for (const slug of entries.sort()) {
    const folder = join(dir, slug);
    if (!statSync(folder).isDirectory()) continue;
    if (!isSlug(slug) || RESERVED_SLUGS.has(slug)) {
      problems.push({
        path: shown(folder),
        field: '-',
        message: RESERVED_SLUGS.has(slug)
          ? `"${slug}" is reserved (${slug === SEARCH_SLUG ? 'the search page' : 'the generated index'}); rename the folder`
          : `folder name "${slug}" is not a valid slug; use lowercase a–z, 0–9 and single hyphens, e.g. my-article`,
      });
      continue;
    }
    const bundles: Bundle[] = [];
    const names = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort();
    for (const name of names) {
      const path = join(folder, name);
      const lang = name.slice(0, -'.json'.length);
      if (!isLang(lang)) {
        const hint =
          lang === 'ua'
            ? 'Ukrainian is uk.json (ua is only the URL word)'
            : `bundles are named ${LANGS.map((l) => `${l}.json`).join(', ')}`;
        problems.push({ path: shown(path), field: '-', message: `unexpected file name; ${hint}` });
        continue;
      }
      const found = readBundle(path, { slug, lang }, now);
      if (found.ok) {
        const own = ownImage(found.bundle, slug, folder);
        if (own.problem) {
          problems.push({ path: shown(path), ...own.problem });
          continue;
        }
        const image = own.image;
        if (image && !images.some((known) => known.url === image.url)) images.push(image);
        bundles.push(found.bundle);
        onBundle?.(`${slug}/${name}`, found.bundle);
      } else {
        for (const problem of found.problems) problems.push({ path: shown(path), ...problem });
      }
    }
    if (names.length === 0) {
      problems.push({
        path: shown(folder),
        field: '-',
        message: 'has no bundles; add uk.json, en.json or ru.json, or remove the folder',
      });
    }
    if (bundles.length > 0) summaries.push(summarize({ slug, bundles }));
  }
  return { summaries, problems, images };
}

type Read = { ok: true; bundle: Bundle } | { ok: false; problems: Problem[] };

/** One bundle file: its size before reading it, its bytes as UTF-8, then the schema and the clock. */
function readBundle(path: string, place: { slug: string; lang: Lang }, now: number): Read {
  const tooBig = sizeProblem(statSync(path).size);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const decoded = decodeUtf8(readFileSync(path));
  if (!decoded.ok) {
    const message = `is not valid UTF-8 at line ${decoded.line} (byte ${decoded.byte}); save the file as UTF-8`;
    return { ok: false, problems: [{ field: '-', message }] };
  }
  const result = parseBundle(decoded.text, place);
  if (!result.ok) return result;
  const latest = now + FUTURE_MARGIN_MS;
  const future = (['published', 'updated'] as const).flatMap((field) => {
    const date = result.bundle[field];
    if (date === undefined || Date.parse(date) <= latest) return [];
    const today = new Date(now).toISOString().slice(0, 10);
    const message = `is ${date}, more than a day after this check ran (${today}); publish the article when its date comes, or correct the date`;
    return [{ field, message }];
  });
  return future.length ? { ok: false, problems: future } : result;
}

/** The image a bundle shows from its own folder, checked; other paths on the site are not ours to check. */
function ownImage(
  bundle: Bundle,
  slug: string,
  folder: string,
): { image?: { path: string; url: string }; problem?: Problem } {
  const src = bundle.image?.src;
  const prefix = `${ARTICLES_ROOT}/`;
  if (src === undefined || !src.startsWith(prefix)) return {};
  const name = src.slice(`${prefix}${slug}/`.length);
  const path = join(folder, name);
  if (!src.startsWith(`${prefix}${slug}/`) || !IMAGE_NAME.test(name) || !existsSync(path)) {
    return {
      problem: {
        field: 'image.src',
        message: `"${src}" is not an image in this article's folder; put a .jpg, .png, .webp, .avif or .gif file in ${slug}/ and name it here as ${prefix}${slug}/<file>`,
      },
    };
  }
  return { image: { path, url: `${slug}/${name}` } };
}

export function formatProblem({ path, field, message }: FileProblem): string {
  return `${path}: ${field}: ${message}`;
}
