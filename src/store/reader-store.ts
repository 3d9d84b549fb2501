/**
 * What the reader's browser remembers: the preferred language and where
 * they are in each article. Everything on screen comes from the URL; this
 * holds only what the URL does not. Article text is never stored here.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isLang, type Lang } from '../i18n/languages';
import { safeStorage } from './safe-storage';

/**
 * A place in an article, the same in every language and at every width: the
 * segment at the top of the reading area and how far into it (0–1).
 * `progress` is how much of the article lay above that point, for the
 * library's "Continue reading" row.
 */
export interface ReadingPosition {
  segmentId: string;
  offset: number;
  progress: number;
  updatedAt: number;
}

export interface ReaderState {
  preferredLang: Lang | null;
  positions: Record<string, ReadingPosition>;
  /** Parallel view on narrow screens: counterparts appear only for the tapped passage. */
  peek: boolean;
  setPreferredLang: (lang: Lang) => void;
  setPeek: (peek: boolean) => void;
  savePosition: (slug: string, position: Omit<ReadingPosition, 'updatedAt'>, now?: number) => void;
}

export const STORE_NAME = 'triptych-reader';
export const STORE_VERSION = 1;
/** Positions kept at most; the least recently read are dropped first. */
export const MAX_POSITIONS = 200;

type Persisted = Pick<ReaderState, 'preferredLang' | 'positions' | 'peek'>;

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

function keepNewest(positions: Record<string, ReadingPosition>): Record<string, ReadingPosition> {
  const entries = Object.entries(positions);
  if (entries.length <= MAX_POSITIONS) return positions;
  entries.sort(([, a], [, b]) => b.updatedAt - a.updatedAt);
  return Object.fromEntries(entries.slice(0, MAX_POSITIONS));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPosition(value: unknown): ReadingPosition | null {
  if (!isRecord(value) || typeof value.segmentId !== 'string') return null;
  const num = (n: unknown) => (typeof n === 'number' ? n : 0);
  return {
    segmentId: value.segmentId,
    offset: clamp01(num(value.offset)),
    progress: clamp01(num(value.progress)),
    updatedAt: num(value.updatedAt),
  };
}

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

export const useReaderStore = create<ReaderState>()(
  persist(
    (set) => ({
      preferredLang: null,
      positions: {},
      peek: false,
      setPreferredLang: (lang) => set({ preferredLang: lang }),
      setPeek: (peek) => set({ peek }),
      savePosition: (slug, { segmentId, offset, progress }, now = Date.now()) =>
        set((state) => ({
          positions: keepNewest({
            ...state.positions,
            [slug]: { segmentId, offset: clamp01(offset), progress: clamp01(progress), updatedAt: now },
          }),
        })),
    }),
    {
      name: STORE_NAME,
      version: STORE_VERSION,
      storage: createJSONStorage(() => safeStorage()),
      partialize: (state): Persisted => ({
        preferredLang: state.preferredLang,
        positions: state.positions,
        peek: state.peek,
      }),
      migrate,
      // Whatever is stored passes through `migrate`'s checks, current
      // version included, so a hand-edited or corrupted entry cannot crash.
      merge: (persisted, current) => ({ ...current, ...migrate(persisted, STORE_VERSION) }),
    },
  ),
);
