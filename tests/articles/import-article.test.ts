import { expect, test } from 'vitest';
import { JOINER, importArticle, pivotOf } from '../../src/articles/import-article';
import type { Version } from '../../src/articles/import-types';
import type { Lang } from '../../src/i18n/languages';

type Front = Version['front'];

function version(lang: Lang, texts: readonly string[], front: Partial<Front> = {}): Version {
  return {
    lang,
    front: { title: `Title ${lang}`, published: '2026-03-02', ...front },
    blocks: texts.map((text, i) =>
      text.startsWith('## ')
        ? { type: 'heading' as const, text: text.slice(3), line: i * 2 + 6 }
        : { type: 'paragraph' as const, text, line: i * 2 + 6 },
    ),
  };
}

const UK = [
  'Укрзалізниця з 1 квітня відновлює нічні поїзди з Києва до Одеси та Ізмаїла, повідомив перевізник.',
  '## Чому саме зараз',
  'Маршрут до Ізмаїла має давню історію: вперше поїзд туди пустили в 1958 році, коли збудували міст через лиман.',
  'На кордоні з Польщею стоять близько 2 450 вантажівок, водії чекають у середньому три доби.',
];
const EN = [
  'Ukrzaliznytsia will restore overnight trains from Kyiv to Odesa and Izmail on 1 April, the operator said.',
  '## Why now',
  'The line to Izmail has a long history: the first train ran there in 1985, when the bridge across the estuary was built.',
  'About 2,450 lorries are queuing at the Polish border, and drivers wait three days on average.',
];

const flagsOf = (article: ReturnType<typeof importArticle>) =>
  article.rows.flatMap((row) => row.flags.map((flag) => `${row.id}: ${flag.kind}`));

test('the pivot is the original the translations name, else the first of uk, en, ru present', () => {
  expect(pivotOf([version('en', EN), version('uk', UK, { original: 'en' })])).toBe('en');
  expect(pivotOf([version('ru', EN), version('en', EN)])).toBe('en');
});

test('every language shares each row’s id, and the bundles pass the schema', () => {
  const article = importArticle('night-trains', [version('uk', UK), version('en', EN, { original: 'uk' })], null);
  expect(article.errors).toEqual([]);
  const [uk, en] = article.bundles;
  expect(uk?.segments.map((s) => s.id)).toEqual(en?.segments.map((s) => s.id));
  expect(en?.original).toBe('uk');
  expect(uk?.original).toBeUndefined();
});

test('a number slip is flagged, a number written another way is not', () => {
  const article = importArticle('night-trains', [version('uk', UK), version('en', EN, { original: 'uk' })], null);
  const numbers = article.rows.filter((row) => row.flags.some((f) => f.kind === 'numbers'));
  expect(numbers.map((row) => row.flags.find((f) => f.kind === 'numbers')?.message)).toEqual([
    'numbers differ: uk has 1958; en has 1985',
  ]);
});

test('blocks a translation splits become one segment in it, joined by a blank line, on the row of the original', () => {
  const split = [
    EN[0],
    EN[1],
    'The line to Izmail has a long history.',
    'The first train ran there in 1985, when the bridge across the estuary was built.',
    EN[3],
  ].map(String);
  const article = importArticle('night-trains', [version('uk', UK), version('en', split, { original: 'uk' })], null);
  expect(article.rows).toHaveLength(4);
  const en = article.bundles[1]?.segments[2];
  expect(en?.text).toBe(
    `The line to Izmail has a long history.${JOINER}The first train ran there in 1985, when the bridge across the estuary was built.`,
  );
  expect(flagsOf(article)).toContain(`${article.rows[2]?.id}: merged`);
});

test('a passage one language lacks is flagged as having no counterpart there', () => {
  const article = importArticle(
    'night-trains',
    [
      version('uk', UK),
      version(
        'en',
        EN.filter((_, i) => i !== 3),
        { original: 'uk' },
      ),
    ],
    null,
  );
  expect(article.rows[3]?.flags.map((f) => f.message)).toContain('no counterpart in en');
});

test('a heading opposite a paragraph is flagged', () => {
  const en = EN.map((t) => t.replace('## ', ''));
  const article = importArticle(
    'night-trains',
    [version('uk', UK.slice(0, 2)), version('en', [en[0], 'Why now'].map(String), { original: 'uk' })],
    null,
  );
  expect(flagsOf(article).filter((f) => f.endsWith('heading-mismatch'))).toHaveLength(1);
});

test('a translation dated before its original’s last update is flagged', () => {
  const article = importArticle(
    'night-trains',
    [version('uk', UK, { updated: '2026-03-04' }), version('en', EN, { original: 'uk', published: '2026-03-03' })],
    null,
  );
  expect(article.flags.map((f) => f.message)).toEqual([
    'en is dated 2026-03-03, before its original (uk) was updated on 2026-03-04',
  ]);
});

test('when the original of a passage changes, the translated passage is marked stale until the translation changes', () => {
  const first = importArticle('night-trains', [version('uk', UK), version('en', EN, { original: 'uk' })], null);
  expect(first.bundles[1]?.segments.every((s) => s.sourceHash && !s.stale)).toBe(true);

  const edited = UK.map((t, i) => (i === 3 ? t.replace('три доби', 'чотири доби') : t));
  const second = importArticle(
    'night-trains',
    [version('uk', edited, { updated: '2026-03-04' }), version('en', EN, { original: 'uk' })],
    first.map,
  );
  const en = second.bundles[1]?.segments ?? [];
  expect(en.map((s) => s.stale?.since ?? null)).toEqual([null, null, null, '2026-03-04']);
  expect(second.rows[3]?.flags.map((f) => f.kind)).toContain('stale');

  // Importing again does not forget it…
  const third = importArticle(
    'night-trains',
    [version('uk', edited, { updated: '2026-03-04' }), version('en', EN, { original: 'uk' })],
    second.map,
  );
  expect(third.bundles[1]?.segments[3]?.stale).toEqual({ since: '2026-03-04' });
  // …and a translator who updates the passage clears it.
  const fixed = EN.map((t, i) => (i === 3 ? t.replace('three days', 'four days') : t));
  const fourth = importArticle(
    'night-trains',
    [version('uk', edited, { updated: '2026-03-04' }), version('en', fixed, { original: 'uk' })],
    third.map,
  );
  expect(fourth.bundles[1]?.segments[3]?.stale).toBeUndefined();
});

test('a translator who re-dates the translation marks every passage as checked', () => {
  const first = importArticle('night-trains', [version('uk', UK), version('en', EN, { original: 'uk' })], null);
  const edited = UK.map((t, i) => (i === 0 ? `${t} Квитки вже продають.` : t));
  const stale = importArticle(
    'night-trains',
    [version('uk', edited, { updated: '2026-03-04' }), version('en', EN, { original: 'uk' })],
    first.map,
  );
  expect(stale.bundles[1]?.segments[0]?.stale).toBeDefined();
  const checked = importArticle(
    'night-trains',
    [version('uk', edited, { updated: '2026-03-04' }), version('en', EN, { original: 'uk', updated: '2026-03-05' })],
    stale.map,
  );
  expect(checked.bundles[1]?.segments.some((s) => s.stale)).toBe(false);
});

test('a passage the bundle schema refuses is an error at its file and line', () => {
  const bad = version('en', [EN[0], `Ring\u0007 the bell.`].map(String));
  const article = importArticle('night-trains', [bad], null);
  expect(article.errors).toEqual([
    'en.md:8: segments[1].text: contains the invisible control character U+0007 at character 5; remove it',
  ]);
});
