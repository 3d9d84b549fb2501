import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { expect, test } from 'vitest';
import { THEME_COLORS } from '../../src/store/reading-settings';
import { THEME_COLOR_TAGS } from '../../src/store/settings-script';

// What Chromium and the manifest spec need to install the app (decision 022), read from the file we ship.
const IconSchema = v.object({
  src: v.pipe(v.string(), v.startsWith('/icons/')),
  sizes: v.pipe(v.string(), v.regex(/^\d+x\d+$/)),
  type: v.literal('image/png'),
  purpose: v.picklist(['any', 'maskable']),
});
const ManifestSchema = v.object({
  id: v.string(),
  name: v.string(),
  short_name: v.string(),
  start_url: v.string(),
  scope: v.string(),
  display: v.picklist(['standalone', 'minimal-ui', 'fullscreen']),
  background_color: v.pipe(v.string(), v.hexColor()),
  theme_color: v.pipe(v.string(), v.hexColor()),
  icons: v.array(IconSchema),
});

const manifest = v.parse(ManifestSchema, JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8')));

/** A PNG's width and height, from its IHDR chunk (bytes 16–23). */
function pngSize(path: string): string {
  const bytes = readFileSync(join('public', path));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('the manifest names the app, and starts and stays inside the site', () => {
  expect(manifest.name).toBe('Triptych');
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.id).toBe('/');
  expect(manifest.scope).toBe('/');
  expect(manifest.start_url.startsWith(manifest.scope)).toBe(true);
});

test('every icon is a PNG of the size it says', () => {
  for (const icon of manifest.icons) expect(pngSize(icon.src), icon.src).toBe(icon.sizes);
});

test('there are 192 and 512 px icons for any use, and a maskable one kept apart from them', () => {
  const sizesFor = (purpose: string) =>
    manifest.icons.filter((icon) => icon.purpose === purpose).map((icon) => icon.sizes);
  expect(sizesFor('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(sizesFor('maskable')).toEqual(['512x512']);
});

test('the app’s pages link the manifest, whose colours are the light theme’s paper, as the pages’ are', () => {
  const html = readFileSync('index.html', 'utf8');
  expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest" />');
  expect(manifest.theme_color).toBe(THEME_COLORS.light);
  expect(manifest.background_color).toBe(THEME_COLORS.light);
  // The build writes the pages' theme-color pair beside the head script (scripts/content-security-policy.ts).
  expect(THEME_COLOR_TAGS).toContain(
    `<meta name="theme-color" media="(prefers-color-scheme: light)" content="${THEME_COLORS.light}" />`,
  );
  expect(THEME_COLOR_TAGS).toContain(
    `<meta name="theme-color" media="(prefers-color-scheme: dark)" content="${THEME_COLORS.dark}" />`,
  );
});
