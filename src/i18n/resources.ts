import enSearch from '../../locales/en/search.json';
import ruSearch from '../../locales/ru/search.json';
import ukSearch from '../../locales/uk/search.json';
import { strings as en } from './strings/en';
import { strings as ru } from './strings/ru';
import { strings as uk } from './strings/uk';
import type { Lang } from './languages';

/**
 * Every language's interface strings at once: for the pre-renderer, the
 * tests and the types. The browser loads one language at a time
 * (load-strings.ts) and must not import this module.
 */
export const resources = {
  en: { ...en, search: enSearch },
  uk: { ...uk, search: ukSearch },
  ru: { ...ru, search: ruSearch },
} satisfies Record<Lang, unknown>;

export type Strings = (typeof resources)['en'];
