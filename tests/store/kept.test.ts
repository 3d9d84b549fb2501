import { beforeEach, expect, test } from 'vitest';
import { keepWithin, keptFrom, MAX_UNSAVED_ARTICLES, readKept, type KeptArticle } from '../../src/store/kept';
import { useReaderStore } from '../../src/store/reader-store';

const article = (openedAt: number, savedAt: number | null = null): KeptArticle => ({
  languages: ['uk', 'en'],
  titles: { en: 'A title' },
  openedAt,
  keptAt: openedAt,
  savedAt,
});

beforeEach(() => {
  useReaderStore.setState({ kept: keptFrom() });
});

test('beyond the bound, the least recently opened unsaved articles go, and saved ones stay however old', () => {
  const kept = keptFrom([
    ['old-saved', article(1, 1)],
    ['old', article(2)],
    ['newer', article(3)],
    ['newest', article(4)],
  ]);
  expect(Object.keys(keepWithin(kept, 2)).sort()).toEqual(['newer', 'newest', 'old-saved']);
  expect(Object.keys(keepWithin(kept, 3)).sort()).toEqual(['newer', 'newest', 'old', 'old-saved']);
});

test('opening more articles than the bound keeps the most recent ones and every saved one', () => {
  const { openKept, setSaved } = useReaderStore.getState();
  openKept('first', { languages: ['en'], titles: { en: 'First' } }, 1);
  setSaved('first', true, 2);
  for (let i = 0; i <= MAX_UNSAVED_ARTICLES; i++) openKept(`story-${i}`, { languages: ['en'], titles: {} }, 10 + i);
  const kept = useReaderStore.getState().kept;
  expect(Object.keys(kept)).toHaveLength(MAX_UNSAVED_ARTICLES + 1);
  expect(kept.first?.savedAt).toBe(2);
  expect(kept['story-0']).toBeUndefined();
  expect(kept[`story-${MAX_UNSAVED_ARTICLES}`]?.openedAt).toBe(10 + MAX_UNSAVED_ARTICLES);
});

test('opening a kept article again keeps when it was saved and when its copies were fetched', () => {
  const { openKept, markKept, setSaved } = useReaderStore.getState();
  openKept('story', { languages: ['en'], titles: {} }, 1);
  markKept('story', 2);
  setSaved('story', true, 3);
  openKept('story', { languages: ['en', 'uk'], titles: {} }, 4);
  expect(useReaderStore.getState().kept.story).toEqual({
    languages: ['en', 'uk'],
    titles: {},
    openedAt: 4,
    keptAt: 2,
    savedAt: 3,
  });
  useReaderStore.getState().forgetKept('story');
  expect(useReaderStore.getState().kept.story).toBeUndefined();
});

test('stored records are read as far as they fit', () => {
  const kept = readKept({
    good: {
      languages: ['en', 'xx', 'en'],
      titles: { en: 'T', ru: 'not a language it has', uk: 5 },
      openedAt: 5,
      keptAt: 4,
    },
    noLanguages: { languages: [], openedAt: 1, keptAt: 1 },
    badTime: { languages: ['en'], openedAt: -1, keptAt: 1 },
    notRecord: 'x',
  });
  expect(kept).toEqual({ good: { languages: ['en'], titles: { en: 'T' }, openedAt: 5, keptAt: 4, savedAt: null } });
  expect(readKept('nonsense')).toEqual({});
});
