/**
 * `npm run generate -- --articles N --segments M --out DIR [--seed S]`
 *
 * Writes a library of valid bundles for benchmarks and tests: deterministic
 * from the seed, paragraphs of news-like length in Ukrainian, English and
 * Russian, headings and quotes among them, some articles missing a language
 * and some passages missing in one translation. The words are filler made
 * up here, not anyone's text. Never part of the demo library.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../src/i18n/languages.ts';
import type { Bundle, Segment } from '../src/articles/schema.ts';

const WORDS: Record<Lang, string[]> = {
  uk: 'місто річка уряд рада вибори міст новини люди війна мир угода зустріч посол країна закон бюджет школа лікарня дорога вода світло зима весна село громада журналіст заява переговори допомога енергія залізниця порт зерно кордон'.split(
    ' ',
  ),
  en: 'city river government council election bridge news people war peace agreement meeting envoy country law budget school hospital road water light winter spring village community reporter statement talks aid energy railway port grain border'.split(
    ' ',
  ),
  ru: 'город река правительство совет выборы мост новости люди война мир соглашение встреча посол страна закон бюджет школа больница дорога вода свет зима весна село община журналист заявление переговоры помощь энергия железная порт зерно граница'.split(
    ' ',
  ),
};

/** mulberry32: small, fast and the same everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, lang: Lang, words: number): string {
  const list = WORDS[lang];
  const chosen = Array.from({ length: words }, () => list[Math.floor(next() * list.length)] ?? '');
  const text = chosen.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, lang: Lang, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(next, lang, 6 + Math.floor(next() * 12))).join(' ');
}

export interface GenerateOptions {
  articles: number;
  segments: number;
  seed?: number;
}

/** The bundles of one generated article, by language; a language may be absent. */
export function generateArticle(index: number, { segments, seed = 1 }: GenerateOptions): Partial<Record<Lang, Bundle>> {
  const next = random(seed * 1_000_003 + index);
  // One article in seven lacks Russian; one in eleven lacks English.
  const langs = LANGS.filter((lang) => !(lang === 'ru' && index % 7 === 3) && !(lang === 'en' && index % 11 === 5));
  const day = new Date(Date.UTC(2025, 0, 1) + (index % 365) * 86_400_000).toISOString().slice(0, 10);
  const plan = Array.from({ length: segments }, (_, i) => {
    const roll = next();
    const type: Segment['type'] = i > 0 && roll < 0.06 ? 'heading' : roll < 0.1 ? 'quote' : 'paragraph';
    // About one passage in forty is missing from one translation.
    const missingIn = next() < 0.025 ? langs[1 + Math.floor(next() * (langs.length - 1))] : undefined;
    return { id: `s${i + 1}`, type, sentences: type === 'heading' ? 0 : 1 + Math.floor(next() * 5), missingIn };
  });
  const bundles: Partial<Record<Lang, Bundle>> = {};
  for (const lang of langs) {
    const text = random(seed * 7919 + index * 31 + LANGS.indexOf(lang));
    bundles[lang] = {
      lang,
      title: sentence(text, lang, 5 + Math.floor(text() * 6)).slice(0, -1),
      lead: sentence(text, lang, 16 + Math.floor(text() * 14)),
      published: day,
      segments: plan
        .filter((item) => item.missingIn !== lang)
        .map((item) => ({
          id: item.id,
          type: item.type,
          text:
            item.type === 'heading'
              ? sentence(text, lang, 3 + Math.floor(text() * 4)).slice(0, -1)
              : paragraph(text, lang, item.sentences),
        })),
    };
  }
  return bundles;
}

export function generateLibrary(out: string, options: GenerateOptions): number {
  rmSync(out, { recursive: true, force: true });
  let files = 0;
  const width = String(options.articles).length;
  for (let i = 0; i < options.articles; i++) {
    const slug = `generated-${String(i + 1).padStart(width, '0')}`;
    mkdirSync(join(out, slug), { recursive: true });
    for (const [lang, bundle] of Object.entries(generateArticle(i, options))) {
      writeFileSync(join(out, slug, `${lang}.json`), JSON.stringify(bundle));
      files += 1;
    }
  }
  return files;
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '20' },
      segments: { type: 'string', default: '40' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'generated/articles' },
    },
  });
  const options = { articles: Number(values.articles), segments: Number(values.segments), seed: Number(values.seed) };
  if (![options.articles, options.segments, options.seed].every((n) => Number.isInteger(n) && n > 0)) {
    console.error('generate: --articles, --segments and --seed must be positive whole numbers');
    process.exit(2);
  }
  const started = performance.now();
  const files = generateLibrary(values.out, options);
  console.log(
    `generate: ${files} bundles for ${options.articles} articles in ${values.out} (${Math.round(performance.now() - started)} ms)`,
  );
}
