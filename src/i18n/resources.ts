import { strings as en } from './strings/en';
import { strings as ru } from './strings/ru';
import { strings as uk } from './strings/uk';
import type { Lang } from './languages';

/**
 * Every language's interface strings at once: for the pre-renderer, the
 * tests and the types. The browser loads one language at a time
 * (load-strings.ts) and must not import this module.
 */
export const resources = { en, uk, ru } satisfies Record<Lang, unknown>;

export type Strings = typeof en;
