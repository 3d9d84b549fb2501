/**
 * A query typed with the wrong keyboard layout: `gjtplb` is what a Russian
 * reader gets for `поезды` with the Latin layout on. Each key is read as the
 * letter it carries on the Ukrainian or Russian layout (ЙЦУКЕН; the two
 * differ on four keys).
 */
import type { Lang } from '../../i18n/languages';

const LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const CYRILLIC: Record<'uk' | 'ru', string> = {
  ru: 'йцукенгшщзхъфывапролджэячсмитьбюё',
  uk: 'йцукенгшщзхїфівапролджєячсмитьбю\u0027',
};

/**
 * The query as the Cyrillic layout of `lang` would have typed it, or null
 * when that is not a likely slip: the query must be Latin letters (and the
 * punctuation keys that carry Cyrillic letters) only.
 */
export function fromLatinLayout(query: string, lang: 'uk' | 'ru'): string | null {
  const lower = query.toLowerCase();
  if (!/[a-z]/.test(lower) || /[^a-z[\];',.`\s]/.test(lower)) return null;
  const keys = CYRILLIC[lang];
  let out = '';
  for (const char of lower) {
    const at = LATIN.indexOf(char);
    out += at >= 0 ? (keys[at] ?? char) : char;
  }
  return out;
}

/** The layouts worth trying for a query searched in `lang`: the page's own first, if it has one. */
export function layoutLangs(lang: Lang): ('uk' | 'ru')[] {
  return lang === 'ru' ? ['ru', 'uk'] : ['uk', 'ru'];
}
