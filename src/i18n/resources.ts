import enCommon from '../../locales/en/common.json';
import enLibrary from '../../locales/en/library.json';
import enParallel from '../../locales/en/parallel.json';
import enReader from '../../locales/en/reader.json';
import enSharing from '../../locales/en/sharing.json';
import ruCommon from '../../locales/ru/common.json';
import ruLibrary from '../../locales/ru/library.json';
import ruParallel from '../../locales/ru/parallel.json';
import ruReader from '../../locales/ru/reader.json';
import ruSharing from '../../locales/ru/sharing.json';
import ukCommon from '../../locales/uk/common.json';
import ukLibrary from '../../locales/uk/library.json';
import ukParallel from '../../locales/uk/parallel.json';
import ukReader from '../../locales/uk/reader.json';
import ukSharing from '../../locales/uk/sharing.json';
import type { Lang } from './languages';

// All three languages ship with the app: together they are a few KB gzip,
// and a language switch must not wait for the network.
export const resources = {
  en: { common: enCommon, library: enLibrary, parallel: enParallel, reader: enReader, sharing: enSharing },
  uk: { common: ukCommon, library: ukLibrary, parallel: ukParallel, reader: ukReader, sharing: ukSharing },
  ru: { common: ruCommon, library: ruLibrary, parallel: ruParallel, reader: ruReader, sharing: ruSharing },
} satisfies Record<Lang, unknown>;

export const NAMESPACES = ['common', 'library', 'parallel', 'reader', 'sharing'] as const;
export type Namespace = (typeof NAMESPACES)[number];
