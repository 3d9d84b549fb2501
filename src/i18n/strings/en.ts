// The interface in one language: a chunk of its own, so a page loads only its language's strings.
import common from '../../../locales/en/common.json';
import library from '../../../locales/en/library.json';
import parallel from '../../../locales/en/parallel.json';
import reader from '../../../locales/en/reader.json';
import search from '../../../locales/en/search.json';
import sharing from '../../../locales/en/sharing.json';

export const strings = { common, library, parallel, reader, search, sharing };
