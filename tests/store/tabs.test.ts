import { expect, onTestFinished, test, vi } from 'vitest';
import { STORE_NAME, STORE_VERSION, connectReaderStore, useReaderStore } from '../../src/store/reader-store';

const place = (segmentId: string, updatedAt: number) => ({ segmentId, offset: 0, progress: 0, updatedAt });
const storedPositions = () =>
  (JSON.parse(localStorage.getItem(STORE_NAME) ?? 'null') as { state: { positions: Record<string, unknown> } }).state
    .positions;

function connect() {
  onTestFinished(connectReaderStore());
}

/** Another tab of the app writes its state, and the browser tells this tab. */
function anotherTabSaves(state: unknown, version = STORE_VERSION) {
  const value = JSON.stringify({ state, version });
  localStorage.setItem(STORE_NAME, value);
  window.dispatchEvent(new StorageEvent('storage', { key: STORE_NAME, newValue: value }));
}

test("another tab's save brings in its newer places and language, and keeps ours where they are newer", () => {
  connect();
  useReaderStore.getState().savePosition('mine', { segmentId: 'a', offset: 0, progress: 0.1 }, 500);
  useReaderStore.getState().savePosition('both', { segmentId: 'ours', offset: 0, progress: 0.1 }, 500);
  anotherTabSaves({
    preferredLang: 'ru',
    peek: true,
    positions: { mine: place('older', 400), both: place('theirs', 600), theirs: place('t', 600) },
  });
  const state = useReaderStore.getState();
  expect(state.positions.mine?.segmentId).toBe('a');
  expect(state.positions.both?.segmentId).toBe('theirs');
  expect(state.positions.theirs?.segmentId).toBe('t');
  expect(state.preferredLang).toBe('ru');
  expect(state.peek).toBe(true);
});

test('a save never overwrites a newer place another tab stored in the meantime, and replaces an older one', () => {
  connect();
  useReaderStore.getState().savePosition('mine', { segmentId: 'a', offset: 0, progress: 0.1 }, 100);
  useReaderStore.getState().savePosition('both', { segmentId: 'ours', offset: 0, progress: 0.1 }, 100);
  // Another tab writes; this tab has not heard of it yet (the storage event comes later).
  localStorage.setItem(
    STORE_NAME,
    JSON.stringify({
      version: STORE_VERSION,
      state: {
        preferredLang: null,
        peek: false,
        positions: { mine: place('old', 50), both: place('newer', 150), theirs: place('t', 300) },
      },
    }),
  );
  useReaderStore.getState().savePosition('third', { segmentId: 'x', offset: 0, progress: 0.2 }, 200);
  expect(storedPositions()).toEqual({
    mine: { segmentId: 'a', offset: 0, progress: 0.1, updatedAt: 100 },
    both: place('newer', 150),
    theirs: place('t', 300),
    third: { segmentId: 'x', offset: 0, progress: 0.2, updatedAt: 200 },
  });
});

test("taking in another tab's save does not write it back, so two tabs never answer each other", () => {
  connect();
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  anotherTabSaves({ preferredLang: 'en', peek: false, positions: {} });
  expect(useReaderStore.getState().preferredLang).toBe('en');
  expect(setItem).toHaveBeenCalledTimes(1); // the other tab's own write
  useReaderStore.getState().setPeek(true);
  expect(setItem).toHaveBeenCalledTimes(2);
});

test("a newer version of the app's state is read as far as it fits, and not written back in our older form", () => {
  connect();
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  anotherTabSaves(
    {
      preferredLang: 'en',
      positions: { story: { segmentId: 'p', offset: 0.2, progress: 0.1, updatedAt: 1, extra: 1 } },
      future: true,
    },
    STORE_VERSION + 1,
  );
  expect(useReaderStore.getState().preferredLang).toBe('en');
  expect(useReaderStore.getState().positions.story).toEqual({
    segmentId: 'p',
    offset: 0.2,
    progress: 0.1,
    updatedAt: 1,
  });
  expect(setItem).toHaveBeenCalledTimes(1); // the other tab's own write
});

test('saves to other keys are not taken in', () => {
  connect();
  const getItem = vi.spyOn(Storage.prototype, 'getItem');
  window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
  expect(getItem).not.toHaveBeenCalled();
});

test("once disconnected, the store no longer takes in other tabs' saves", () => {
  const disconnect = connectReaderStore();
  disconnect();
  anotherTabSaves({ preferredLang: 'ru', peek: false, positions: { theirs: place('t', 5) } });
  expect(useReaderStore.getState().preferredLang).toBeNull();
  expect(useReaderStore.getState().positions.theirs).toBeUndefined();
});

test("another tab's place for a slug named like an object property is taken in", () => {
  connect();
  anotherTabSaves({ preferredLang: null, peek: false, positions: { constructor: place('c', 5) } });
  expect(useReaderStore.getState().positions['constructor']).toEqual(place('c', 5));
});
