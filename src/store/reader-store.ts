/**
 * What the reader's browser remembers: the preferred language and where
 * they are in each article. Everything on screen comes from the URL; this
 * holds only what the URL does not. Article text is never stored here.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { isLang, type Lang } from '../i18n/languages';
import {
  clamp01,
  isRecord,
  keepNewest,
  mergePositions,
  readPosition,
  type Positions,
  type ReadingPosition,
} from './positions';
import { rememberLangForServer } from './lang-cookie';
import { safeStorage } from './safe-storage';

export type { ReadingPosition } from './positions';
export { MAX_POSITIONS } from './positions';

export interface ReaderState {
  preferredLang: Lang | null;
  positions: Positions;
  /** Parallel view on narrow screens: counterparts appear only for the tapped passage. */
  peek: boolean;
  setPreferredLang: (lang: Lang) => void;
  setPeek: (peek: boolean) => void;
  savePosition: (slug: string, position: Omit<ReadingPosition, 'updatedAt'>, now?: number) => void;
}

export const STORE_NAME = 'triptych-reader';
export const STORE_VERSION = 1;
type Persisted = Pick<ReaderState, 'preferredLang' | 'positions' | 'peek'>;

/**
 * Turns whatever storage held into our state, dropping what does not fit.
 * Version 0 was the prototype's `{ lang, positions: { [slug]: segmentId } }`,
 * whose `lang` held the URL word (so Ukrainian was stored as ua).
 */
export function migrate(persisted: unknown, version: number): Persisted {
  const state: Persisted = { preferredLang: null, positions: {}, peek: false };
  if (!isRecord(persisted)) return state;
  const rawPositions = isRecord(persisted.positions) ? persisted.positions : {};

  if (version === 0) {
    const lang = persisted.lang === 'ua' ? 'uk' : persisted.lang;
    state.preferredLang = isLang(lang) ? lang : null;
    for (const [slug, segmentId] of Object.entries(rawPositions)) {
      if (typeof segmentId === 'string') state.positions[slug] = { segmentId, offset: 0, progress: 0, updatedAt: 0 };
    }
    return state;
  }

  state.preferredLang = isLang(persisted.preferredLang) ? persisted.preferredLang : null;
  state.peek = persisted.peek === true;
  for (const [slug, raw] of Object.entries(rawPositions)) {
    const position = readPosition(raw);
    if (position) state.positions[slug] = position;
  }
  return state;
}

/**
 * JSON in localStorage (through the wrapper that never throws), merging on
 * write: another tab may have saved a newer place for some article since
 * this one last read storage, and writing our whole state must not undo it.
 */
function mergingStorage(): PersistStorage<Persisted> {
  const storage = safeStorage();
  const read = (name: string): StorageValue<unknown> | null => {
    try {
      const value: unknown = JSON.parse(storage.getItem(name) ?? 'null');
      return isRecord(value)
        ? { state: value.state, version: typeof value.version === 'number' ? value.version : 0 }
        : null;
    } catch {
      return null;
    }
  };
  return {
    // What is read is checked by `migrate`/`merge` before it reaches the state.
    getItem: (name) => read(name) as StorageValue<Persisted> | null,
    setItem: (name, value) => {
      const stored = read(name);
      const theirs = stored ? migrate(stored.state, stored.version ?? 0).positions : {};
      const state = { ...value.state, positions: mergePositions(value.state.positions, theirs) };
      storage.setItem(name, JSON.stringify({ ...value, state }));
    },
    removeItem: (name) => storage.removeItem(name),
  };
}

export const useReaderStore = create<ReaderState>()(
  persist(
    (set) => ({
      preferredLang: null,
      positions: {},
      peek: false,
      setPreferredLang: (lang) => {
        rememberLangForServer(lang);
        set({ preferredLang: lang });
      },
      setPeek: (peek) => set({ peek }),
      savePosition: (slug, { segmentId, offset, progress, previousIds }, now = Date.now()) =>
        set((state) => ({
          positions: keepNewest({
            ...state.positions,
            [slug]: {
              segmentId,
              offset: clamp01(offset),
              progress: clamp01(progress),
              updatedAt: now,
              ...(previousIds?.length ? { previousIds } : {}),
            },
          }),
        })),
    }),
    {
      name: STORE_NAME,
      version: STORE_VERSION,
      storage: mergingStorage(),
      partialize: (state): Persisted => ({
        preferredLang: state.preferredLang,
        positions: state.positions,
        peek: state.peek,
      }),
      migrate,
      // Whatever is stored passes through `migrate`'s checks, current version included, so a
      // hand-edited or corrupted entry cannot crash; places read here in the meantime are kept if newer.
      merge: (persisted, current) => {
        const stored = migrate(persisted, STORE_VERSION);
        return { ...current, ...stored, positions: mergePositions(current.positions, stored.positions) };
      },
    },
  ),
);

// Another tab saved: take its newer places (and its language and options) without losing ours.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORE_NAME) void useReaderStore.persist.rehydrate();
  });
}
