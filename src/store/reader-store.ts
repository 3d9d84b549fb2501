/**
 * What the reader's browser remembers: the preferred language and where
 * they are in each article. Everything on screen comes from the URL; this
 * holds only what the URL does not. Article text is never stored here.
 */
import { create } from 'zustand';
import { createJSONStorage, persist, type PersistStorage } from 'zustand/middleware';
import { isLang, type Lang } from '../i18n/languages';
import {
  clamp01,
  isRecord,
  keepNewest,
  mergePositions,
  positionsFrom,
  readPosition,
  type Positions,
  type ReadingPosition,
} from './positions';
import { keepWithin, keptFrom, MAX_UNSAVED_ARTICLES, readKept, type Kept, type KeptArticle } from './kept';
import { rememberLangForServer } from './lang-cookie';
import { DEFAULT_SETTINGS, readSettings, type ReadingSettings } from './reading-settings';
import { safeStorage } from './safe-storage';
import { STORE_NAME } from './store-name';

export type { ReadingPosition } from './positions';
export type { KeptArticle } from './kept';
export { MAX_POSITIONS } from './positions';
export { STORE_NAME } from './store-name';

export interface ReaderState {
  preferredLang: Lang | null;
  positions: Positions;
  /** Parallel view on narrow screens: counterparts appear only for the tapped passage. */
  peek: boolean;
  /** Theme, text size and line spacing, on <html> before the first paint (settings-script.ts). */
  settings: ReadingSettings;
  setPreferredLang: (lang: Lang) => void;
  setPeek: (peek: boolean) => void;
  setSettings: (change: Partial<ReadingSettings>) => void;
  savePosition: (slug: string, position: Omit<ReadingPosition, 'updatedAt'>, now?: number) => void;
  /** Articles kept for reading offline (store/kept.ts). */
  kept: Kept;
  /** The reader opened an article: it is kept, and the least recently opened unsaved ones beyond the bound go. */
  openKept: (slug: string, article: Pick<KeptArticle, 'languages' | 'titles'>, now?: number) => void;
  /** Its copies were fetched just now. */
  markKept: (slug: string, now?: number) => void;
  /** Saved on purpose (kept until removed), or back to kept only as opened. */
  setSaved: (slug: string, saved: boolean, now?: number) => void;
  /** Removed from what is kept. */
  forgetKept: (slug: string) => void;
}

export const STORE_VERSION = 2;
type Persisted = Pick<ReaderState, 'preferredLang' | 'positions' | 'peek' | 'settings' | 'kept'>;

/**
 * Turns whatever storage held into our state, dropping what does not fit.
 * Version 0 was the prototype's `{ lang, positions: { [slug]: segmentId } }`,
 * whose `lang` held the URL word (so Ukrainian was stored as ua). Version 1
 * had no reading settings: its places and options are kept, with the default
 * settings.
 */
export function migrate(persisted: unknown, version: number, now = Date.now()): Persisted {
  const state: Persisted = {
    preferredLang: null,
    positions: positionsFrom(),
    peek: false,
    settings: { ...DEFAULT_SETTINGS },
    kept: keptFrom(),
  };
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
  state.settings = readSettings(persisted.settings);
  state.kept = keepWithin(readKept(persisted.kept), MAX_UNSAVED_ARTICLES);
  for (const [slug, raw] of Object.entries(rawPositions)) {
    const position = readPosition(raw, now);
    if (position) state.positions[slug] = position;
  }
  state.positions = keepNewest(state.positions);
  return state;
}

/**
 * JSON in localStorage, through the wrapper that never throws, shared with
 * the reader's other tabs. Unreadable JSON fails the read, which persist
 * catches, and the store carries on with what it has.
 */
function sharedStorage(): PersistStorage<Persisted> | undefined {
  const json = createJSONStorage<Persisted>(() => safeStorage());
  if (!json) return undefined;
  const storedPositions = (name: string): Positions => {
    try {
      const value: unknown = json.getItem(name);
      if (!isRecord(value)) return positionsFrom();
      return migrate(value.state, typeof value.version === 'number' ? value.version : STORE_VERSION).positions;
    } catch {
      return positionsFrom();
    }
  };
  return {
    // A newer app's state is read as ours, as far as it fits (`merge` checks it). Migrated, it
    // would be written back in our older form, and two tabs of different versions would go on
    // rewriting each other's saves.
    getItem: (name) => {
      const value = json.getItem(name);
      return isRecord(value) && typeof value.version === 'number' && value.version > STORE_VERSION
        ? { ...value, version: STORE_VERSION }
        : value;
    },
    // Another tab may have saved a newer place since this one last read storage: writing our
    // whole state must not undo it.
    setItem: (name, value) =>
      json.setItem(name, {
        ...value,
        state: { ...value.state, positions: mergePositions(value.state.positions, storedPositions(name)) },
      }),
    removeItem: (name) => json.removeItem(name),
  };
}

export const useReaderStore = create<ReaderState>()(
  persist(
    (set) => ({
      preferredLang: null,
      positions: positionsFrom(),
      peek: false,
      settings: { ...DEFAULT_SETTINGS },
      setPreferredLang: (lang) => {
        rememberLangForServer(lang);
        set({ preferredLang: lang });
      },
      setPeek: (peek) => set({ peek }),
      setSettings: (change) => set((state) => ({ settings: readSettings({ ...state.settings, ...change }) })),
      savePosition: (slug, { segmentId, offset, progress, previousIds }, now = Date.now()) =>
        set((state) => {
          const positions = positionsFrom(Object.entries(state.positions));
          positions[slug] = {
            segmentId,
            offset: clamp01(offset),
            progress: clamp01(progress),
            updatedAt: now,
            ...(previousIds?.length ? { previousIds } : {}),
          };
          return { positions: keepNewest(positions) };
        }),
      kept: keptFrom(),
      openKept: (slug, { languages, titles }, now = Date.now()) =>
        set((state) => {
          const before = state.kept[slug];
          const kept = keptFrom(Object.entries(state.kept));
          kept[slug] = {
            languages,
            titles,
            openedAt: now,
            keptAt: before?.keptAt ?? 0,
            savedAt: before?.savedAt ?? null,
          };
          return { kept: keepWithin(kept, MAX_UNSAVED_ARTICLES) };
        }),
      markKept: (slug, now = Date.now()) =>
        set((state) => {
          const article = state.kept[slug];
          if (!article) return {};
          return { kept: keptFrom([...Object.entries(state.kept), [slug, { ...article, keptAt: now }]]) };
        }),
      setSaved: (slug, saved, now = Date.now()) =>
        set((state) => {
          const article = state.kept[slug];
          if (!article) return {};
          const next = { ...article, savedAt: saved ? now : null };
          return {
            kept: keepWithin(keptFrom([...Object.entries(state.kept), [slug, next]]), MAX_UNSAVED_ARTICLES),
          };
        }),
      forgetKept: (slug) =>
        set((state) => ({ kept: keptFrom(Object.entries(state.kept).filter(([other]) => other !== slug)) })),
    }),
    {
      name: STORE_NAME,
      version: STORE_VERSION,
      storage: sharedStorage(),
      partialize: ({ preferredLang, positions, peek, settings, kept }): Persisted => ({
        preferredLang,
        positions,
        peek,
        settings,
        kept,
      }),
      migrate,
      // Storage's language and options, and its places where they are newer than ours: at start,
      // and when another tab saves. Persist writes back only a state it migrated from an older
      // version, so two tabs never answer each other's saves.
      merge: (persisted, current) => {
        if (!isRecord(persisted)) return current;
        const stored = migrate(persisted, STORE_VERSION);
        return { ...current, ...stored, positions: mergePositions(current.positions, stored.positions) };
      },
      // Importing the store reads no storage and listens to nothing: the app connects it as it starts.
      skipHydration: true,
    },
  ),
);

/**
 * Loads what the browser remembers into the store, and from then on takes in
 * what the reader's other tabs save. The app calls it once as it starts,
 * before it reads the store: storage is synchronous, so the state is in
 * place when this returns. Returns the function that stops listening.
 */
export function connectReaderStore(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORE_NAME) void useReaderStore.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  void useReaderStore.persist.rehydrate();
  return () => window.removeEventListener('storage', onStorage);
}
