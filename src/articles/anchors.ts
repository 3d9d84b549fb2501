/**
 * What survives translation in a block of news text: its numbers, its dates,
 * its names and whether it quotes someone. Used by the block aligner as
 * anchors and by the import report to catch a number changed in translation.
 * Everything is normalised so that "2,450", "2450" and "2 450" are one
 * number, "1,2 млн" and "1.2 million" are one, and "Witkoff", "Віткофф" and
 * "Уиткофф" are one name.
 */

export interface Anchors {
  /** Normalised numbers of 10 and more (smaller ones are as often written as words). */
  numbers: Set<string>;
  /** Day and month, from "7 May", "May 7", "7 травня", "7 мая" or "07.05.1905": `7.5`. */
  dates: Set<string>;
  /** A consonant skeleton of each capitalised word, in Latin letters: `vtkf` for Witkoff or Віткофф. */
  names: Set<string>;
  /** Whether the block quotes someone (any kind of quotation marks). */
  quoted: boolean;
}

const MONTHS: readonly RegExp[] = [
  /^(jan|січ|январ|січн)/,
  /^(feb|лют|феврал)/,
  /^(mar|берез|март)/,
  /^(apr|квіт|апрел)/,
  /^(may|трав|ма[йяе])/,
  /^(jun|черв|июн)/,
  /^(jul|лип|июл)/,
  /^(aug|серп|август)/,
  /^(sep|верес|сентябр)/,
  /^(oct|жовт|октябр)/,
  /^(nov|листопад|ноябр)/,
  /^(dec|груд|декабр)/,
];

const SCALE: readonly [RegExp, number][] = [
  [/^(thousand|тис|тыс)/i, 1e3],
  [/^(million|mln|млн|мільйон|миллион)/i, 1e6],
  [/^(billion|bn|млрд|мільярд|миллиард)/i, 1e9],
];

// A number, not starting inside another: thousands grouped by a space (ordinary,
// no-break or narrow) or by a comma followed by exactly three digits, then a decimal part.
const NUMBER =
  /(?<![\d.,])(\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:[.,](\d+))?(?:\s*(\p{L}+))?/gu;
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g;
const DAY_MONTH = /(?<![\d\p{L}])(\d{1,2})\s+(\p{L}{3,})/gu;
const MONTH_DAY = /(?<![\p{L}])(\p{L}{3,})\s+(\d{1,2})(?![\d\p{L}])/gu;
const CAPITALISED = /(?<![\p{L}\p{M}'’])\p{Lu}[\p{L}\p{M}'’-]{3,}/gu;
const QUOTES = /[“”«»„"]/;

function monthOf(word: string): number {
  const lower = word.toLowerCase();
  const index = MONTHS.findIndex((pattern) => pattern.test(lower));
  return index + 1;
}

/** Numbers as a value, written without grouping: "2,450" → "2450", "1,2 млн" → "1200000". */
function numbersOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(NUMBER)) {
    const [, whole = '', fraction, word] = match;
    let value = Number(`${whole.replace(/[^\d]/g, '')}${fraction ? `.${fraction}` : ''}`);
    const scale = word ? SCALE.find(([pattern]) => pattern.test(word)) : undefined;
    if (scale) value = Math.round(value * scale[1]);
    if (Number.isFinite(value) && value >= 10) found.add(String(value));
  }
  return found;
}

function datesOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const [, day, month] of text.matchAll(NUMERIC_DATE)) found.add(`${Number(day)}.${Number(month)}`);
  for (const [, day = '', word = ''] of text.matchAll(DAY_MONTH)) {
    const month = monthOf(word);
    if (month > 0 && Number(day) <= 31) found.add(`${Number(day)}.${month}`);
  }
  for (const [, word = '', day = ''] of text.matchAll(MONTH_DAY)) {
    const month = monthOf(word);
    if (month > 0 && Number(day) <= 31) found.add(`${Number(day)}.${month}`);
  }
  return found;
}

const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ye', ё: 'yo', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
}; // prettier-ignore

/** Latin letters for Ukrainian or Russian, one table for both: close is enough for a skeleton. */
export function transliterate(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) out += LATIN[char] ?? char;
  return out;
}

/**
 * A name's consonants, first four, after folding the spellings that differ
 * between the transliterations (g/h, w/v, c/k, kh/h, ph/f): Witkoff, Віткофф
 * and Уиткофф are all `vtkf`, and an inflected "Віткоффа" is too.
 */
export function nameSkeleton(word: string): string {
  const latin = transliterate(word)
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/[cq]/g, 'k')
    .replace(/g/g, 'h')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/j/g, 'y')
    // Cyrillic spells an initial W as У and a vowel: Уиткофф, Уильям.
    .replace(/^u(?=[aeio])/, 'v');
  const [first = '', ...rest] = latin;
  const consonants = first + rest.join('').replace(/[aeiouy]/g, '');
  return consonants.replace(/(.)\1+/g, '$1').slice(0, 4);
}

function namesOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const [word] of text.matchAll(CAPITALISED)) {
    const skeleton = nameSkeleton(word);
    if (skeleton.length >= 2) found.add(skeleton);
  }
  return found;
}

export function anchorsOf(text: string): Anchors {
  const normalised = text.normalize('NFC');
  return {
    numbers: numbersOf(normalised.replace(NUMERIC_DATE, ' ')),
    dates: datesOf(normalised),
    names: namesOf(normalised),
    quoted: QUOTES.test(normalised),
  };
}

/** The union of several blocks' anchors, for a row that joins them. */
export function mergeAnchors(list: readonly Anchors[]): Anchors {
  const union = (pick: (a: Anchors) => Set<string>) => new Set(list.flatMap((a) => [...pick(a)]));
  return {
    numbers: union((a) => a.numbers),
    dates: union((a) => a.dates),
    names: union((a) => a.names),
    quoted: list.some((a) => a.quoted),
  };
}

/** Numbers one side has and the other lacks, each side's own: what a translator may have mistyped. */
export function numberMismatch(a: Anchors, b: Anchors): { onlyA: string[]; onlyB: string[] } {
  return {
    onlyA: [...a.numbers].filter((n) => !b.numbers.has(n)).sort(),
    onlyB: [...b.numbers].filter((n) => !a.numbers.has(n)).sort(),
  };
}
