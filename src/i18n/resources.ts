import enLibrary from '../../locales/en/library.json';
import enSearch from '../../locales/en/search.json';
import ruLibrary from '../../locales/ru/library.json';
import ruSearch from '../../locales/ru/search.json';
import ukLibrary from '../../locales/uk/library.json';
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
  en: { ...en, library: enLibrary, search: enSearch },
  uk: { ...uk, library: ukLibrary, search: ukSearch },
  ru: { ...ru, library: ruLibrary, search: ruSearch },
} satisfies Record<Lang, unknown>;

export type Strings = (typeof resources)['en'];
