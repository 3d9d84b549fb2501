// The interface in one language: a chunk of its own, so a page loads only its language's strings.
import common from '../../../locales/ru/common.json';
import library from '../../../locales/ru/library.json';
import parallel from '../../../locales/ru/parallel.json';
import reader from '../../../locales/ru/reader.json';
import search from '../../../locales/ru/search.json';
import sharing from '../../../locales/ru/sharing.json';

export const strings = { common, library, parallel, reader, search, sharing };
