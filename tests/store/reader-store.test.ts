import { expect, test } from 'vitest';
import { MAX_POSITIONS, STORE_NAME, STORE_VERSION, migrate, useReaderStore } from '../../src/store/reader-store';

const stored = () => JSON.parse(localStorage.getItem(STORE_NAME) ?? 'null') as { state: unknown; version: number };

test('saving a position writes it, with its time, to storage under the versioned name', () => {
  useReaderStore.getState().savePosition('story', { segmentId: 'p-3', offset: 0.25, progress: 0.4 }, 1000);
  expect(stored()).toEqual({
    version: STORE_VERSION,
    state: {
      preferredLang: null,
      peek: false,
      positions: { story: { segmentId: 'p-3', offset: 0.25, progress: 0.4, updatedAt: 1000 } },
    },
  });
});

test('a saved position and language are restored when the app starts again', async () => {
  localStorage.setItem(
    STORE_NAME,
    JSON.stringify({
      version: STORE_VERSION,
      state: {
        preferredLang: 'ru',
        positions: { story: { segmentId: 'p-7', offset: 0.5, progress: 0.3, updatedAt: 5 } },
      },
    }),
  );
  await useReaderStore.persist.rehydrate();
  expect(useReaderStore.getState().preferredLang).toBe('ru');
  expect(useReaderStore.getState().positions.story).toEqual({
    segmentId: 'p-7',
    offset: 0.5,
    progress: 0.3,
    updatedAt: 5,
  });
});

test('the prototype state (version 0) is migrated: ua becomes uk and segment ids become positions', async () => {
  localStorage.setItem(
    STORE_NAME,
    JSON.stringify({ version: 0, state: { lang: 'ua', positions: { story: 'p-2', broken: 7 } } }),
  );
  await useReaderStore.persist.rehydrate();
  expect(useReaderStore.getState().preferredLang).toBe('uk');
  expect(useReaderStore.getState().positions).toEqual({
    story: { segmentId: 'p-2', offset: 0, progress: 0, updatedAt: 0 },
  });
});

test('migrate drops what does not fit instead of failing', () => {
  expect(migrate('nonsense', 1)).toEqual({ preferredLang: null, positions: {}, peek: false });
  expect(
    migrate({ preferredLang: 'ua', positions: { a: { segmentId: 'x', offset: 9, progress: -1 }, b: 'x' } }, 1),
  ).toEqual({
    preferredLang: null,
    peek: false,
    positions: { a: { segmentId: 'x', offset: 1, progress: 0, updatedAt: 0 } },
  });
});

test('corrupted storage leaves the reader with a fresh state, not an error', async () => {
  localStorage.setItem(STORE_NAME, '{not json');
  await useReaderStore.persist.rehydrate();
  expect(useReaderStore.getState().positions).toEqual({});
  useReaderStore.getState().savePosition('story', { segmentId: 'p', offset: 0, progress: 0 });
  expect(useReaderStore.getState().positions.story?.segmentId).toBe('p');
});

test('offset and progress are kept within 0–1', () => {
  useReaderStore.getState().savePosition('story', { segmentId: 'p', offset: 3, progress: Number.NaN });
  expect(useReaderStore.getState().positions.story).toMatchObject({ offset: 1, progress: 0 });
});

test(`at most ${MAX_POSITIONS} positions are kept, the least recently read dropped first`, () => {
  const { savePosition } = useReaderStore.getState();
  for (let i = 0; i <= MAX_POSITIONS; i++) savePosition(`a-${i}`, { segmentId: 'p', offset: 0, progress: 0 }, i);
  const positions = useReaderStore.getState().positions;
  expect(Object.keys(positions)).toHaveLength(MAX_POSITIONS);
  expect(positions['a-0']).toBeUndefined();
  expect(positions[`a-${MAX_POSITIONS}`]).toBeDefined();
});

test('the preferred language is stored', () => {
  useReaderStore.getState().setPreferredLang('en');
  expect(stored().state).toMatchObject({ preferredLang: 'en' });
});
