/** The key the store is saved under in localStorage; the head script of every page reads it too (settings-script.ts). */
export const STORE_NAME = 'triptych-reader';
