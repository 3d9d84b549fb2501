import { expect, test } from 'vitest';
import { importArticle } from '../../src/articles/import-article';
import type { Version } from '../../src/articles/import-types';
import type { IdMap } from '../../src/articles/stable-ids';
import type { Lang } from '../../src/i18n/languages';

const EN = [
  'The city council met on Tuesday to discuss the new budget for the coming year.',
  'Members argued for three hours about the cost of repairing the old bridge over the river, which was built in 1936.',
  'The mayor said the repairs could not wait another winter.',
  'Residents who spoke at the meeting asked for a temporary ferry while the bridge is closed, and for lower fares on the buses that cross the river further south.',
  'A final vote is expected next month.',
];

function version(lang: Lang, texts: readonly string[], extra: Partial<Version['front']> = {}): Version {
  return {
    lang,
    front: { title: 'Title', published: '2026-03-02', ...extra },
    blocks: texts.map((text, i) => ({ type: 'paragraph' as const, text, line: i * 2 + 6 })),
  };
}

const ids = (texts: readonly string[], map: IdMap | null) => {
  const article = importArticle('story', [version('en', texts)], map);
  return { ids: article.rows.map((r) => r.id), map: article.map, article };
};

test('the first import derives readable ids, and importing again changes nothing', () => {
  const first = ids(EN, null);
  expect(first.ids[0]).toBe('the-city-council-met-on');
  expect(new Set(first.ids).size).toBe(EN.length);
  const again = ids(EN, first.map);
  expect(again.ids).toEqual(first.ids);
  expect(again.map).toEqual(first.map);
});

test('fixing a typo keeps every id', () => {
  const first = ids(EN, null);
  const edited = EN.map((t, i) => (i === 2 ? t.replace('winter', 'wintre') : t));
  expect(ids(edited, first.map).ids).toEqual(first.ids);
});

test('rewriting a paragraph keeps its id', () => {
  const first = ids(EN, null);
  const edited = EN.map((t, i) =>
    i === 1 ? 'For three hours the members disputed what mending the 1936 bridge would cost.' : t,
  );
  expect(ids(edited, first.map).ids).toEqual(first.ids);
});

test('an inserted paragraph gets a new id and the others keep theirs', () => {
  const first = ids(EN, null);
  const edited = [...EN.slice(0, 3), 'Engineers had warned of cracks in two of its piers.', ...EN.slice(3)];
  const next = ids(edited, first.map).ids;
  expect(next.filter((_, i) => i !== 3)).toEqual(first.ids);
  expect(first.ids).not.toContain(next[3]);
});

test('a deleted paragraph retires its id, pointing at the nearest earlier passage, and the id is never given again', () => {
  const first = ids(EN, null);
  const edited = EN.filter((_, i) => i !== 2);
  const second = ids(edited, first.map);
  expect(second.ids).toEqual(first.ids.filter((_, i) => i !== 2));
  expect(second.map.retired).toEqual({ [first.ids[2] ?? '']: first.ids[1] });
  // The same words written again are a new passage, with a new id.
  const third = ids(EN, second.map);
  expect(third.ids[2]).not.toBe(first.ids[2]);
  expect(third.ids.filter((_, i) => i !== 2)).toEqual(second.ids);
});

test('two paragraphs merged keep the first id, and the second falls back to it', () => {
  const first = ids(EN, null);
  const edited = [EN[0], `${EN[1]} ${EN[2]}`, EN[3], EN[4]].map(String);
  const second = ids(edited, first.map);
  expect(second.ids).toEqual([first.ids[0], first.ids[1], first.ids[3], first.ids[4]]);
  expect(second.map.retired).toEqual({ [first.ids[2] ?? '']: first.ids[1] });
  const segment = second.article.bundles[0]?.segments[1];
  expect(segment?.formerIds).toEqual([first.ids[2]]);
});

test('a retired id that pointed at a passage later removed points at that passage’s own fallback', () => {
  const first = ids(EN, null);
  const second = ids(
    EN.filter((_, i) => i !== 2),
    first.map,
  );
  const third = ids(
    EN.filter((_, i) => i !== 2 && i !== 1),
    second.map,
  );
  expect(third.map.retired).toEqual({ [first.ids[1] ?? '']: first.ids[0], [first.ids[2] ?? '']: first.ids[0] });
});

test('edits in one language of three keep the ids, since the other languages still match', () => {
  const uk = EN.map((t) => `uk ${t}`);
  const ru = EN.map((t) => `ru ${t}`);
  const first = importArticle('story', [version('uk', uk), version('en', EN), version('ru', ru)], null);
  const rewritten = EN.map((t, i) =>
    i === 3
      ? 'Something else entirely, of about the same length as before, written anew by an editor who did not like it.'
      : t,
  );
  const second = importArticle('story', [version('uk', uk), version('en', rewritten), version('ru', ru)], first.map);
  expect(second.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
});

test('a pinned id names its passage, and the same pin on two passages is an error', () => {
  const pinned = version('en', EN);
  pinned.blocks[1] = { ...pinned.blocks[1], type: 'paragraph', text: EN[1] ?? '', line: 8, pin: 'bridge-cost' };
  expect(importArticle('story', [pinned], null).rows[1]?.id).toBe('bridge-cost');
  const twice = version('en', EN);
  twice.blocks[1] = { ...pinned.blocks[1], type: 'paragraph', text: EN[1] ?? '', line: 8, pin: 'bridge-cost' };
  twice.blocks[3] = { type: 'paragraph', text: EN[3] ?? '', line: 12, pin: 'bridge-cost' };
  expect(importArticle('story', [twice], null).errors).toEqual([
    'en.md:12: {#bridge-cost} is already pinned at line 8; an id names one passage',
  ]);
});
