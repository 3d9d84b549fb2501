import { expect, onTestFinished, test, vi } from 'vitest';
import {
  MAX_POSITIONS,
  STORE_NAME,
  STORE_VERSION,
  connectReaderStore,
  migrate,
  useReaderStore,
} from '../../src/store/reader-store';

const stored = () => JSON.parse(localStorage.getItem(STORE_NAME) ?? 'null') as { state: unknown; version: number };
const storedPositions = () => (stored().state as { positions: Record<string, { segmentId: string }> }).positions;
const store = (state: unknown, version = STORE_VERSION) =>
  localStorage.setItem(STORE_NAME, JSON.stringify({ state, version }));

function connect() {
  onTestFinished(connectReaderStore());
}

/** The app loaded afresh (a reload, or a new tab): a new store, connected as the app starts. */
async function reload() {
  vi.resetModules();
  const fresh = await import('../../src/store/reader-store');
  onTestFinished(fresh.connectReaderStore());
  return fresh.useReaderStore;
}

const place = (segmentId: string, updatedAt: number) => ({ segmentId, offset: 0, progress: 0, updatedAt });

test('saving a position writes it, with its time, to storage under the versioned name', () => {
  useReaderStore.getState().savePosition('story', { segmentId: 'p-3', offset: 0.25, progress: 0.4 }, 1000);
  expect(stored()).toEqual({
    version: STORE_VERSION,
    state: {
      preferredLang: null,
      peek: false,
      settings: { theme: 'system', textSize: 1, lineSpacing: 'normal' },
      positions: { story: { segmentId: 'p-3', offset: 0.25, progress: 0.4, updatedAt: 1000 } },
      kept: {},
    },
  });
});

test('only the language, the places, the peek option, the reading settings and the kept articles are stored, not the actions', () => {
  useReaderStore.getState().setPeek(true);
  expect(Object.keys(stored().state as object).sort()).toEqual([
    'kept',
    'peek',
    'positions',
    'preferredLang',
    'settings',
  ]);
});

test('a saved position and language are restored, before the app reads them, when it starts again', () => {
  store({
    preferredLang: 'ru',
    peek: true,
    positions: { story: { segmentId: 'p-7', offset: 0.5, progress: 0.3, updatedAt: 5 } },
  });
  connect();
  // No await: storage is synchronous, and the app reads the language straight after connecting.
  expect(useReaderStore.getState().preferredLang).toBe('ru');
  expect(useReaderStore.getState().peek).toBe(true);
  expect(useReaderStore.getState().positions.story).toEqual({
    segmentId: 'p-7',
    offset: 0.5,
    progress: 0.3,
    updatedAt: 5,
  });
});

test('what one visit saves, the next visit finds', async () => {
  connect();
  useReaderStore.getState().setPreferredLang('en');
  useReaderStore.getState().savePosition('story', { segmentId: 'p-4', offset: 0.5, progress: 0.2 }, 7);
  const next = await reload();
  expect(next.getState().preferredLang).toBe('en');
  expect(next.getState().positions.story).toEqual({ segmentId: 'p-4', offset: 0.5, progress: 0.2, updatedAt: 7 });
});

test('importing the store reads and writes no storage and adds no listener', async () => {
  store({ preferredLang: 'ru', peek: false, positions: { story: place('p', 5) } });
  const getItem = vi.spyOn(Storage.prototype, 'getItem');
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  const addEventListener = vi.spyOn(window, 'addEventListener');
  vi.resetModules();
  const fresh = await import('../../src/store/reader-store');
  expect(fresh.useReaderStore.getState().preferredLang).toBeNull();
  expect(getItem).not.toHaveBeenCalled();
  expect(setItem).not.toHaveBeenCalled();
  expect(addEventListener).not.toHaveBeenCalled();
});

test('importing the store where storage is denied does not throw', async () => {
  vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  vi.resetModules();
  await expect(import('../../src/store/reader-store')).resolves.toHaveProperty('useReaderStore');
});

test('the prototype state (version 0) is migrated: ua becomes uk, segment ids become positions, and it is stored upgraded', () => {
  store({ lang: 'ua', positions: { story: 'p-2', broken: 7 } }, 0);
  connect();
  expect(useReaderStore.getState().preferredLang).toBe('uk');
  expect(useReaderStore.getState().positions).toEqual({ story: place('p-2', 0) });
  expect(stored()).toEqual({
    version: STORE_VERSION,
    state: {
      preferredLang: 'uk',
      peek: false,
      settings: { theme: 'system', textSize: 1, lineSpacing: 'normal' },
      positions: { story: place('p-2', 0) },
      kept: {},
    },
  });
});

test('migrate drops what does not fit instead of failing', () => {
  const empty = {
    preferredLang: null,
    positions: {},
    peek: false,
    settings: { theme: 'system', textSize: 1, lineSpacing: 'normal' },
    kept: {},
  };
  expect(migrate('nonsense', 1)).toEqual(empty);
  expect(migrate({ lang: 'xx', positions: 'p' }, 0)).toEqual(empty);
  expect(
    migrate({ preferredLang: 'ua', positions: { a: { segmentId: 'x', offset: 9, progress: -1 }, b: 'x' } }, 1),
  ).toEqual({
    preferredLang: null,
    peek: false,
    settings: { theme: 'system', textSize: 1, lineSpacing: 'normal' },
    positions: { a: { segmentId: 'x', offset: 1, progress: 0, updatedAt: 0 } },
    kept: {},
  });
});

test('corrupted storage leaves the reader with a fresh state, not an error, and the next save replaces it', async () => {
  localStorage.setItem(STORE_NAME, '{not json');
  connect();
  await expect(useReaderStore.persist.rehydrate()).resolves.toBeUndefined();
  expect(useReaderStore.getState().positions).toEqual({});
  useReaderStore.getState().savePosition('story', { segmentId: 'p', offset: 0, progress: 0 }, 3);
  expect(useReaderStore.getState().positions.story?.segmentId).toBe('p');
  expect(storedPositions()).toEqual({ story: place('p', 3) });
});

test('a hand-edited entry is read as far as it fits, never crashing the app', () => {
  for (const text of ['5', '"text"', '[1]', 'null', '{"version":1}', '{"version":1,"state":[]}']) {
    localStorage.setItem(STORE_NAME, text);
    expect(() => useReaderStore.persist.rehydrate()).not.toThrow();
    expect(useReaderStore.getState().positions).toEqual({});
  }
  store({
    preferredLang: 'klingon',
    peek: 'yes',
    positions: { good: { segmentId: 'p', offset: '1', updatedAt: 'x', previousIds: ['a', 2] }, bad: { segmentId: 3 } },
  });
  connect();
  expect(useReaderStore.getState()).toMatchObject({
    preferredLang: null,
    peek: false,
    positions: { good: { segmentId: 'p', offset: 0, progress: 0, updatedAt: 0, previousIds: ['a'] } },
  });
  expect(useReaderStore.getState().positions.bad).toBeUndefined();
});

test('blocked storage (every call throws) leaves the store working in memory', () => {
  const fail = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  vi.stubGlobal('localStorage', { getItem: fail, setItem: fail, removeItem: fail, clear: fail, key: fail, length: 0 });
  expect(connect).not.toThrow();
  useReaderStore.getState().setPreferredLang('ru');
  useReaderStore.getState().savePosition('story', { segmentId: 'p', offset: 0, progress: 0 });
  expect(useReaderStore.getState().preferredLang).toBe('ru');
  expect(useReaderStore.getState().positions.story?.segmentId).toBe('p');
});

test('storage that cannot even be reached (access denied) leaves the store working in memory', () => {
  vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  expect(connect).not.toThrow();
  useReaderStore.getState().savePosition('story', { segmentId: 'p', offset: 0, progress: 0 });
  expect(useReaderStore.getState().positions.story?.segmentId).toBe('p');
});

test('full storage keeps the new place in memory and the last stored one in storage', () => {
  store({ preferredLang: null, peek: false, positions: { story: place('old', 1) } });
  connect();
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  expect(() =>
    useReaderStore.getState().savePosition('story', { segmentId: 'new', offset: 0, progress: 0 }, 2),
  ).not.toThrow();
  expect(useReaderStore.getState().positions.story?.segmentId).toBe('new');
  expect(storedPositions().story?.segmentId).toBe('old');
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
  expect(Object.keys(storedPositions())).toHaveLength(MAX_POSITIONS);
});

test('the preferred language is stored, and mirrored for the server as a URL word in a cookie', () => {
  useReaderStore.getState().setPreferredLang('en');
  expect(stored().state).toMatchObject({ preferredLang: 'en' });
  useReaderStore.getState().setPreferredLang('uk');
  expect(document.cookie).toContain('triptych_lang=ua');
});

test('articles whose slugs are named like object properties keep their own places', async () => {
  const empty = useReaderStore.getState().positions;
  for (const slug of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(empty[slug]).toBeUndefined();
  connect();
  const { savePosition } = useReaderStore.getState();
  savePosition('constructor', { segmentId: 'c', offset: 0, progress: 0 }, 10);
  savePosition('__proto__', { segmentId: 'p', offset: 0, progress: 0 }, 20);
  expect(useReaderStore.getState().positions['constructor']).toEqual(place('c', 10));
  expect(useReaderStore.getState().positions['__proto__']).toEqual(place('p', 20));

  const next = await reload();
  const positions = next.getState().positions;
  expect(positions['constructor']).toEqual(place('c', 10));
  expect(positions['__proto__']).toEqual(place('p', 20));
  expect(positions['toString']).toBeUndefined();
  expect(Object.keys(positions).sort()).toEqual(['__proto__', 'constructor']);
  // A later place for one of them, saved in the new visit, replaces the old one.
  next.getState().savePosition('constructor', { segmentId: 'c-2', offset: 0, progress: 0 }, 30);
  expect((await reload()).getState().positions['constructor']?.segmentId).toBe('c-2');
});

test('a place stamped in the future (a clock since put back) counts as saved now, so new reading replaces it', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1_700_000_000_000);
  const now = Date.now();
  const future = (segmentId: string, updatedAt: string) =>
    `{"segmentId":"${segmentId}","offset":0,"progress":0,"updatedAt":${updatedAt}}`;
  // 1e999 is how JSON spells a number too large to hold: it is read as Infinity.
  localStorage.setItem(
    STORE_NAME,
    `{"version":${STORE_VERSION},"state":{"positions":{` +
      `"far":${future('old', '1e308')},"endless":${future('old', '1e999')},"soon":${future('old', String(now + 3_600_000))}` +
      `}}}`,
  );
  connect();
  for (const slug of ['far', 'endless', 'soon']) {
    expect(useReaderStore.getState().positions[slug]?.updatedAt).toBe(now);
  }

  vi.setSystemTime(now + 60_000);
  for (const slug of ['far', 'endless', 'soon']) {
    useReaderStore.getState().savePosition(slug, { segmentId: 'new', offset: 0, progress: 0.5 });
  }
  expect(Object.values(storedPositions()).map((p) => p.segmentId)).toEqual(['new', 'new', 'new']);
  const next = await reload();
  for (const slug of ['far', 'endless', 'soon']) {
    expect(next.getState().positions[slug]).toMatchObject({ segmentId: 'new', updatedAt: now + 60_000 });
  }
});

test('a version 1 state keeps its language, places and options, gains the default settings, and is stored upgraded', () => {
  const version1 = { preferredLang: 'en', peek: true, positions: { story: place('p-9', 40) } };
  store(version1, 1);
  connect();
  expect(useReaderStore.getState()).toMatchObject({
    preferredLang: 'en',
    peek: true,
    positions: { story: place('p-9', 40) },
    settings: { theme: 'system', textSize: 1, lineSpacing: 'normal' },
  });
  expect(stored()).toEqual({
    version: 2,
    state: { ...version1, settings: { theme: 'system', textSize: 1, lineSpacing: 'normal' }, kept: {} },
  });
});

test('reading settings are saved, survive a reload, and a change keeps the settings it does not name', async () => {
  connect();
  useReaderStore.getState().setSettings({ theme: 'dark' });
  useReaderStore.getState().setSettings({ textSize: 5 });
  expect((stored().state as { settings: unknown }).settings).toEqual({
    theme: 'dark',
    textSize: 5,
    lineSpacing: 'normal',
  });
  expect((await reload()).getState().settings).toEqual({ theme: 'dark', textSize: 5, lineSpacing: 'normal' });
});

test('stored settings that are not ours fall back to the default, one by one', () => {
  store({ settings: { theme: 'neon', textSize: 2, lineSpacing: 'double' } });
  connect();
  expect(useReaderStore.getState().settings).toEqual({ theme: 'system', textSize: 2, lineSpacing: 'normal' });
  store({ settings: { theme: 'sepia', textSize: '4', lineSpacing: 'relaxed' } });
  void useReaderStore.persist.rehydrate();
  expect(useReaderStore.getState().settings).toEqual({ theme: 'sepia', textSize: 1, lineSpacing: 'relaxed' });
});
