/**
 * Everything that checks data from the network, in one chunk of its own:
 * the loader imports it alongside its first fetch, so the schema library
 * is not part of any page's initial JavaScript.
 */
export { parseBundle, validateBundle } from './schema';
export { indexPageSchema, summarySchema } from './library-index';
export { safeParse } from 'valibot';
