import { expect, test, vi } from 'vitest';
import {
  MAX_POSITIONS,
  STORE_NAME,
  STORE_VERSION,
  migrate,
  rehydrateReaderStore,
  useReaderStore,
} from '../../src/store/reader-store';

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

test('a saved position and language are restored when the app starts again', () => {
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
  rehydrateReaderStore();
  expect(useReaderStore.getState().preferredLang).toBe('ru');
  expect(useReaderStore.getState().positions.story).toEqual({
    segmentId: 'p-7',
    offset: 0.5,
    progress: 0.3,
    updatedAt: 5,
  });
});

test('the prototype state (version 0) is migrated: ua becomes uk and segment ids become positions', () => {
  localStorage.setItem(
    STORE_NAME,
    JSON.stringify({ version: 0, state: { lang: 'ua', positions: { story: 'p-2', broken: 7 } } }),
  );
  rehydrateReaderStore();
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

test('corrupted storage leaves the reader with a fresh state, not an error', () => {
  localStorage.setItem(STORE_NAME, '{not json');
  rehydrateReaderStore();
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

test('the preferred language is stored, and mirrored for the server as a URL word in a cookie', () => {
  useReaderStore.getState().setPreferredLang('en');
  expect(stored().state).toMatchObject({ preferredLang: 'en' });
  useReaderStore.getState().setPreferredLang('uk');
  expect(document.cookie).toContain('triptych_lang=ua');
});

test('a save never overwrites a newer place another tab stored in the meantime', () => {
  useReaderStore.getState().savePosition('mine', { segmentId: 'a', offset: 0, progress: 0.1 }, 100);
  // Another tab writes a newer place for a second article and an older one for ours.
  localStorage.setItem(
    STORE_NAME,
    JSON.stringify({
      version: STORE_VERSION,
      state: {
        preferredLang: null,
        peek: false,
        positions: {
          mine: { segmentId: 'old', offset: 0, progress: 0, updatedAt: 50 },
          theirs: { segmentId: 't', offset: 0.5, progress: 0.5, updatedAt: 300 },
        },
      },
    }),
  );
  useReaderStore.getState().savePosition('third', { segmentId: 'x', offset: 0, progress: 0.2 }, 200);
  const positions = (stored().state as { positions: Record<string, { segmentId: string }> }).positions;
  expect(positions.theirs?.segmentId).toBe('t');
  expect(positions.mine?.segmentId).toBe('a');
  expect(positions.third?.segmentId).toBe('x');
});

test('a storage event from another tab brings in its newer places and keeps ours', async () => {
  useReaderStore.getState().savePosition('mine', { segmentId: 'a', offset: 0, progress: 0.1 }, 500);
  const value = JSON.stringify({
    version: STORE_VERSION,
    state: {
      preferredLang: 'ru',
      peek: false,
      positions: {
        mine: { segmentId: 'older', offset: 0, progress: 0, updatedAt: 400 },
        theirs: { segmentId: 't', offset: 0, progress: 0.3, updatedAt: 600 },
      },
    },
  });
  localStorage.setItem(STORE_NAME, value);
  window.dispatchEvent(new StorageEvent('storage', { key: STORE_NAME, newValue: value }));
  await vi.waitFor(() => expect(useReaderStore.getState().positions.theirs?.segmentId).toBe('t'));
  expect(useReaderStore.getState().positions.mine?.segmentId).toBe('a');
  expect(useReaderStore.getState().preferredLang).toBe('ru');
});

test('a state written by a newer version of the app is read as far as it fits', () => {
  localStorage.setItem(
    STORE_NAME,
    JSON.stringify({
      version: 9,
      state: {
        preferredLang: 'en',
        positions: { story: { segmentId: 'p', offset: 0.2, progress: 0.1, updatedAt: 1, extra: 1 } },
        future: true,
      },
    }),
  );
  rehydrateReaderStore();
  expect(useReaderStore.getState().preferredLang).toBe('en');
  expect(useReaderStore.getState().positions.story).toEqual({
    segmentId: 'p',
    offset: 0.2,
    progress: 0.1,
    updatedAt: 1,
  });
});

test("taking in another tab's save does not write it back, so two tabs never answer each other", () => {
  localStorage.setItem(
    STORE_NAME,
    JSON.stringify({ version: STORE_VERSION, state: { preferredLang: 'en', peek: false, positions: {} } }),
  );
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  window.dispatchEvent(new StorageEvent('storage', { key: STORE_NAME }));
  expect(useReaderStore.getState().preferredLang).toBe('en');
  expect(setItem).not.toHaveBeenCalled();
  useReaderStore.getState().setPeek(true);
  expect(setItem).toHaveBeenCalledTimes(1);
});
