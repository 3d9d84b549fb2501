// The interface in one language: a chunk of its own, so a page loads only its language's strings.
import common from '../../../locales/ru/common.json';
import library from '../../../locales/ru/library.json';
import parallel from '../../../locales/ru/parallel.json';
import reader from '../../../locales/ru/reader.json';
import sharing from '../../../locales/ru/sharing.json';

// Search's strings are a chunk of their own (load-strings.ts): only a reader who searches needs them.
export const strings = { common, library, parallel, reader, sharing };
