// The interface in one language: a chunk of its own, so a page loads only its language's strings.
import common from '../../../locales/ru/common.json';
import parallel from '../../../locales/ru/parallel.json';
import reader from '../../../locales/ru/reader.json';
import sharing from '../../../locales/ru/sharing.json';

// The library's and search's strings are chunks of their own (load-strings.ts): only some pages need them.
export const strings = { common, parallel, reader, sharing };
