/**
 * Ukrainian word forms for the search. Pagefind stems Russian and English
 * but has no Ukrainian stemmer; it does match words that begin with a query
 * word. So a Ukrainian query word loses its case or number ending, and its
 * stem finds the other forms: `річки` searches `річк`, which finds `річка`,
 * `річки` and `річкою`. A stem keeps at least four letters, so short words
 * (`рік`, `мова`) are searched as typed. Alternations such as `міст`/`мости`
 * are not found.
 */

// Noun and adjective endings, longest first so `-ами` goes before `-и`.
const ENDINGS = [
  'ами',
  'ями',
  'ові',
  'еві',
  'єві',
  'ого',
  'ому',
  'ими',
  'іми',
  'ою',
  'ею',
  'єю',
  'ів',
  'їв',
  'ам',
  'ям',
  'ах',
  'ях',
  'ий',
  'ій',
  'ої',
  'ом',
  'ем',
  'єм',
  'их',
  'іх',
  'а',
  'я',
  'и',
  'і',
  'ї',
  'у',
  'ю',
  'о',
  'е',
  'є',
];
const MIN_STEM = 4;

function stemOf(word: string): string {
  const lower = word.toLocaleLowerCase('uk');
  for (const ending of ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= MIN_STEM) return lower.slice(0, -ending.length);
  }
  return word;
}

/** The query as it is searched in Ukrainian: each Cyrillic word by its stem, the rest as typed. */
export function ukrainianQuery(query: string): string {
  return query.replace(/[\p{Script=Cyrillic}'’ʼ]+/gu, (word) =>
    /^\p{Script=Cyrillic}+$/u.test(word) ? stemOf(word) : word,
  );
}
