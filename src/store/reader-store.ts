/**
 * What the reader's browser remembers: the preferred language and where
 * they are in each article. Everything on screen comes from the URL; this
 * holds only what the URL does not. Article text is never stored here.
 */
import { create } from 'zustand';
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

const storage = safeStorage();

/** What storage holds, through `migrate`'s checks (a hand-edited or corrupted entry cannot crash); null if nothing readable. */
function readStored(): Persisted | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(STORE_NAME) ?? 'null');
    return isRecord(value) ? migrate(value.state, typeof value.version === 'number' ? value.version : 0) : null;
  } catch {
    return null;
  }
}

/**
 * Saves the state as JSON in localStorage (through the wrapper that never
 * throws), merging places: another tab may have saved a newer place for
 * some article since this one last read storage, and writing our whole
 * state must not undo it.
 */
function write({ preferredLang, positions, peek }: ReaderState): void {
  const theirs = readStored()?.positions ?? {};
  const state: Persisted = { preferredLang, positions: mergePositions(positions, theirs), peek };
  storage.setItem(STORE_NAME, JSON.stringify({ state, version: STORE_VERSION }));
}

export const useReaderStore = create<ReaderState>()((set) => ({
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
}));

let reading = false;
useReaderStore.subscribe((state) => reading || write(state));

/**
 * Takes what storage holds: its language and options, and its places where
 * they are newer than ours. Done as the app starts and when another tab
 * saves. Not written back, or two tabs would answer each other's saves.
 */
export function rehydrateReaderStore(): void {
  const stored = readStored();
  if (!stored) return;
  reading = true;
  useReaderStore.setState((current) => ({
    ...stored,
    positions: mergePositions(current.positions, stored.positions),
  }));
  reading = false;
}

rehydrateReaderStore();

// Another tab saved: take its newer places (and its language and options) without losing ours.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORE_NAME) rehydrateReaderStore();
  });
}
