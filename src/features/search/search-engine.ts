/**
 * Full-text search over the index the build writes with Pagefind
 * (scripts/search-index.ts). Pagefind's own script is fetched only when a
 * reader first searches, and fetches only the parts of the index a query
 * needs. Each language has its own index: a search in the page's language
 * reads that one; "all languages" merges the other two in.
 */
import * as v from 'valibot';
import { LoadError } from '../../articles/loader';
import { SEARCH_CACHE } from '../../articles/offline-cache';
import { LANGS, langOfUrlWord, type Lang } from '../../i18n/languages';
import { isSegmentId, isSlug } from '../../routing/links';
import { passageOf, type Passage } from './passage';
import { ukrainianQuery } from './word-forms';

const PAGEFIND_PATH = '/pagefind/';
/** Results shown at once; the reader asks for more. */
export const RESULTS_PER_PAGE = 10;

// What Pagefind hands back comes from files on the server: checked before it is used.
const HitSchema = v.object({
  url: v.string(),
  content: v.string(),
  meta: v.record(v.string(), v.string()),
  locations: v.array(v.number()),
  weighted_locations: v.optional(v.array(v.object({ location: v.number(), balanced_score: v.number() }))),
  anchors: v.array(v.object({ id: v.string(), location: v.number() })),
});

interface PagefindResult {
  data: () => Promise<unknown>;
}
interface PagefindInstance {
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
  mergeIndex: (path: string, options: { language: string }) => Promise<void>;
  init: () => Promise<void>;
}
interface PagefindModule {
  createInstance: (options: { basePath: string }) => PagefindInstance;
}

export interface SearchHit {
  lang: Lang;
  slug: string;
  title: string;
  /** The article's publication date (ISO), when the index has it. */
  published: string | null;
  /** The languages the article is published in. */
  languages: Lang[];
  passage: Passage;
}

export interface SearchResults {
  /** How many pages (article versions) matched in all. */
  total: number;
  /** The best `RESULTS_PER_PAGE × pages` of them, best first. */
  hits: SearchHit[];
  /** Whether more matched than are in `hits`. */
  more: boolean;
  /**
   * Offline, what this device lacks: `index` when the language's search index was never kept
   * (no search ran here online), else how many of the results shown could not be read (their
   * parts of the index were not kept). Online, always 0: a failure there rejects, to be retried.
   */
  notKept: 'index' | number;
}

let pagefind: Promise<PagefindModule> | null = null;
const instances = new Map<string, Promise<PagefindInstance>>();

function isPagefind(module: unknown): module is PagefindModule {
  return (
    typeof module === 'object' &&
    module !== null &&
    'createInstance' in module &&
    typeof module.createInstance === 'function'
  );
}

function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= import(/* @vite-ignore */ `${PAGEFIND_PATH}pagefind.js`).then(
    (module: unknown) => {
      if (!isPagefind(module)) throw new Error(`search: ${PAGEFIND_PATH}pagefind.js is not Pagefind's script`);
      return module;
    },
    () => {
      pagefind = null;
      // Like a failed article load: the page offers a retry, and tries again when the network is back.
      throw new LoadError(`${PAGEFIND_PATH}pagefind.js`, 'network');
    },
  );
  return pagefind;
}

/**
 * A Pagefind instance for the page's language, with the others merged in
 * for all languages. Pagefind takes an instance's own language from
 * `<html lang>` when it is made, and the search page is in `lang`, so the
 * page's language comes first. Merging the same index under another
 * language needs another spelling of its path (Pagefind skips a merge of
 * its own path): its full URL.
 */
const instanceKey = (lang: Lang, allLanguages: boolean) => `${lang} ${allLanguages}`;

function instanceFor(lang: Lang, allLanguages: boolean): Promise<PagefindInstance> {
  const key = instanceKey(lang, allLanguages);
  let instance = instances.get(key);
  if (!instance) {
    instance = loadPagefind().then(async (module) => {
      // Already so on the search page; said here because Pagefind reads it.
      document.documentElement.lang = lang;
      const made = module.createInstance({ basePath: PAGEFIND_PATH });
      await made.init();
      if (allLanguages) {
        const url = new URL(PAGEFIND_PATH, window.location.href).href;
        for (const other of LANGS) if (other !== lang) await made.mergeIndex(url, { language: other });
      }
      return made;
    });
    instance.catch(() => instances.delete(key));
    instances.set(key, instance);
  }
  return instance;
}

const PAGE_PATH = /^\/([a-z]+)\/([a-z0-9-]+)\/?(?:index\.html)?$/;

/** The page path of a hit's URL: merged indexes give full URLs, which must be this site's. */
function pathOf(url: string): string | null {
  const parsed = new URL(url, window.location.origin);
  return parsed.origin === window.location.origin ? parsed.pathname : null;
}

function hitOf(raw: unknown): SearchHit | null {
  const parsed = v.safeParse(HitSchema, raw);
  if (!parsed.success) return null;
  const data = parsed.output;
  const [, word = '', slug = ''] = PAGE_PATH.exec(pathOf(data.url) ?? '') ?? [];
  const lang = langOfUrlWord(word);
  if (!lang || !isSlug(slug)) return null;
  const best = [...(data.weighted_locations ?? [])].sort((a, b) => b.balanced_score - a.balanced_score)[0];
  const passage = passageOf({
    content: data.content,
    locations: data.locations,
    anchors: data.anchors.filter((anchor) => isSegmentId(anchor.id)),
    ...(best ? { best: best.location } : {}),
  });
  const languages = (data.meta.languages ?? '').split(' ').flatMap((code) => LANGS.filter((l) => l === code));
  return {
    lang,
    slug,
    title: data.meta.title ?? slug,
    published: data.meta.date ?? null,
    languages: languages.length > 0 ? languages : [lang],
    passage,
  };
}

// Pagefind's entry file, as far as it names each language's files.
const EntrySchema = v.object({
  languages: v.record(v.string(), v.object({ hash: v.string(), wasm: v.nullable(v.string()) })),
});

/**
 * Offline, whether the service worker kept what Pagefind needs to open these languages' indexes:
 * its script, and each language's meta file and WebAssembly, as the kept entry file names them.
 * Asked before Pagefind is, since Pagefind reports a file it cannot fetch as an uncaught error.
 */
async function indexesKept(langs: readonly Lang[]): Promise<boolean> {
  try {
    const cache = await caches.open(SEARCH_CACHE);
    const entry = await cache.match(`${PAGEFIND_PATH}pagefind-entry.json`);
    const parsed = entry ? v.safeParse(EntrySchema, await entry.json()) : null;
    if (!parsed?.success) return false;
    const files = ['pagefind.js'];
    for (const lang of langs) {
      const index = parsed.output.languages[lang];
      if (!index) return false;
      files.push(`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`);
    }
    const kept = await Promise.all(files.map((file) => cache.match(`${PAGEFIND_PATH}${file}`)));
    return kept.every(Boolean);
  } catch {
    // No Cache Storage (no service worker, a browser that refuses it): nothing is kept.
    return false;
  }
}

/**
 * The hits for a query: the first `pages` pages of results. Online, rejects when the index cannot
 * be loaded. Offline, it searches what the service worker kept and says what is missing instead.
 */
export async function runSearch(
  lang: Lang,
  query: string,
  allLanguages: boolean,
  pages = 1,
  offline = false,
): Promise<SearchResults> {
  let results: PagefindResult[];
  try {
    // An instance this tab made online has its index in memory; a new one needs the kept files.
    if (offline && !instances.has(instanceKey(lang, allLanguages))) {
      if (!(await indexesKept(allLanguages ? LANGS : [lang]))) throw new LoadError(PAGEFIND_PATH, 'network');
    }
    const instance = await instanceFor(lang, allLanguages);
    results = (await instance.search(lang === 'uk' ? ukrainianQuery(query) : query))?.results ?? [];
  } catch (error) {
    if (offline) return { total: 0, hits: [], more: false, notKept: 'index' };
    throw error;
  }
  const shown = results.slice(0, RESULTS_PER_PAGE * pages);
  const read = await Promise.all(
    shown.map((result) =>
      result.data().then(hitOf, (error: unknown) => {
        if (!offline) throw error;
        return 'not kept' as const;
      }),
    ),
  );
  const hits = read.filter((hit): hit is SearchHit => hit !== null && hit !== 'not kept');
  const notKept = read.filter((hit) => hit === 'not kept').length;
  return { total: results.length, hits, more: results.length > shown.length, notKept };
}

const cache = new Map<string, Promise<SearchResults>>();
const CACHE_SIZE = 50;

/**
 * The same promise for the same search, so a page reading it with `use()` renders once it settles.
 * A search made offline is one of its own: back online, the same query asks the network.
 */
export function searchResults(
  lang: Lang,
  query: string,
  allLanguages: boolean,
  pages = 1,
  offline = false,
): Promise<SearchResults> {
  const key = JSON.stringify([lang, query, allLanguages, pages, offline]);
  // What was searched offline may have been kept since (or come back): it is asked again next time.
  if (!offline) for (const old of cache.keys()) if (old.endsWith(',true]')) cache.delete(old);
  let promise = cache.get(key);
  if (!promise) {
    promise = runSearch(lang, query, allLanguages, pages, offline);
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? key);
  }
  return promise;
}

/** Fetches Pagefind's script ahead of the first query (when the reader focuses the field). */
export function preloadSearch(lang: Lang, allLanguages = false): void {
  // Offline, the search itself first asks whether the index was kept; Pagefind must not be asked before.
  if (!navigator.onLine) return;
  void instanceFor(lang, allLanguages).catch(() => undefined);
}
