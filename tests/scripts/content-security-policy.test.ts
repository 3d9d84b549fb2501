import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  PAGE_HEADER_POLICY,
  contentSecurityPolicy,
  policyWithInlineStyle,
  readingSettingsScript,
} from '../../scripts/content-security-policy';
import { SETTINGS_SCRIPT, THEME_COLOR_TAGS } from '../../src/store/settings-script';

type Transform = (html: string) => string;
const transformOf = (plugin: { transformIndexHtml?: unknown }) => plugin.transformIndexHtml as Transform;

/** index.html as the build writes it: the plugins in vite.config.ts's order. */
const built = () =>
  [readingSettingsScript(), contentSecurityPolicy()].reduce(
    (html, plugin) => transformOf(plugin)(html),
    readFileSync('index.html', 'utf8'),
  );

test('every page has the settings script in its head, after the policy and before any stylesheet or body', () => {
  const html = built();
  const script = `<script>${SETTINGS_SCRIPT}</script>`;
  expect(html).toContain(script);
  expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf(script));
  expect(html.indexOf(script)).toBeLessThan(html.indexOf('<body>'));
  expect(html.indexOf(script)).toBeLessThan(html.indexOf('<title>'));
});

test('the theme-color tags stand right before the settings script, which gives them the chosen theme', () => {
  const html = built();
  expect(html).toContain(`${THEME_COLOR_TAGS}\n    <script>${SETTINGS_SCRIPT}</script>`);
  // One pair, the script's, and no fixed colour left in index.html.
  expect(html.match(/<meta name="theme-color"/g)).toHaveLength(2);
  expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf(THEME_COLOR_TAGS));
});

test('every policy allows exactly that script by its hash, and nothing else inline', () => {
  const hash = `'sha256-${createHash('sha256').update(SETTINGS_SCRIPT).digest('base64')}'`;
  for (const policy of [CONTENT_SECURITY_POLICY, PAGE_HEADER_POLICY, policyWithInlineStyle('a{}')]) {
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash};`);
    // Compiling WebAssembly (the search) is the one exception; no inline code or eval beyond it.
    expect(policy.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe');
  }
  // The shipped server sends the same hash (the nginx test compares the whole header).
  expect(readFileSync('deploy/nginx.conf', 'utf8')).toContain(hash);
});
