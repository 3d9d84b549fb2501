/**
 * The id of each page's main region, the skip link's target. App ids begin
 * with an underscore, which no segment id may (src/articles/schema.ts), so
 * content can never take one.
 */
export const MAIN_ID = '_main';
