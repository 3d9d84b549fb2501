/**
 * Everything that checks data from the network, in one chunk of its own:
 * the loader imports it alongside its first fetch, so the schema library
 * is not part of any page's initial JavaScript.
 */
import * as v from 'valibot';
import { indexPageSchema, summarySchema, type ArticleSummary, type IndexPage } from './library-index';

export { validateBundle } from './schema';

const check =
  <T>(schema: v.GenericSchema<unknown, T>) =>
  (data: unknown): T | null => {
    const result = v.safeParse(schema, data);
    return result.success ? result.output : null;
  };

export const checkSummary: (data: unknown) => ArticleSummary | null = check(summarySchema);
export const checkIndexPage: (data: unknown) => IndexPage | null = check(indexPageSchema);
