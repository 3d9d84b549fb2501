import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  LINE_SPACINGS,
  TEXT_SIZES,
  THEMES,
  THEME_COLORS,
  applySettings,
  readSettings,
  type ReadingSettings,
} from '../../src/store/reading-settings';
import { SETTINGS_SCRIPT, THEME_COLOR_TAGS } from '../../src/store/settings-script';
import { STORE_NAME, STORE_VERSION } from '../../src/store/reader-store';

const root = document.documentElement;
const ATTRIBUTES = ['data-theme', 'data-text-size', 'data-line-spacing'];
/** The page's own theme-color tags, as every page is written with them (the system's pair). */
function resetPage() {
  for (const name of ATTRIBUTES) root.removeAttribute(name);
  document.head.innerHTML = THEME_COLOR_TAGS;
}
const themeColors = () =>
  [...document.querySelectorAll('meta[name="theme-color"]')].map(
    (meta) => `${meta.getAttribute('media')} ${meta.getAttribute('content')}`,
  );
const attributes = () => ({
  ...Object.fromEntries(ATTRIBUTES.map((name) => [name, root.getAttribute(name)])),
  themeColors: themeColors(),
});

afterEach(() => {
  for (const name of ATTRIBUTES) root.removeAttribute(name);
  document.head.innerHTML = '';
});

/** What the page's head does before the app exists. */
function runHeadScript(stored: string | null) {
  resetPage();
  if (stored === null) localStorage.removeItem(STORE_NAME);
  else localStorage.setItem(STORE_NAME, stored);
  new Function(SETTINGS_SCRIPT)();
  return attributes();
}

function byApp(settings: ReadingSettings) {
  resetPage();
  applySettings(root, settings);
  return attributes();
}

test('the head script sets exactly the attributes the app sets, for every setting', () => {
  const every: ReadingSettings[] = [];
  for (const theme of THEMES)
    for (const textSize of TEXT_SIZES)
      for (const lineSpacing of LINE_SPACINGS) every.push({ theme, textSize, lineSpacing });
  for (const settings of every) {
    const stored = JSON.stringify({ state: { positions: {}, settings }, version: STORE_VERSION });
    expect(runHeadScript(stored), JSON.stringify(settings)).toEqual(byApp(settings));
  }
});

const SYSTEM_PAIR = [
  `(prefers-color-scheme: light) ${THEME_COLORS.light}`,
  `(prefers-color-scheme: dark) ${THEME_COLORS.dark}`,
];

test('the defaults set no attribute, so a page without script follows the system', () => {
  expect(byApp(DEFAULT_SETTINGS)).toEqual({
    'data-theme': null,
    'data-text-size': null,
    'data-line-spacing': null,
    themeColors: SYSTEM_PAIR,
  });
  expect(byApp({ theme: 'dark', textSize: 5, lineSpacing: 'relaxed' })).toEqual({
    'data-theme': 'dark',
    'data-text-size': '5',
    'data-line-spacing': 'relaxed',
    themeColors: [`(prefers-color-scheme: light) #15171b`, `(prefers-color-scheme: dark) #15171b`],
  });
});

test("the browser's bar takes the chosen theme's colour, and the system's pair again when the choice is undone", () => {
  resetPage();
  for (const theme of ['light', 'sepia', 'dark'] as const) {
    applySettings(root, { ...DEFAULT_SETTINGS, theme });
    expect(themeColors()).toEqual(SYSTEM_PAIR.map((tag) => tag.replace(/#\w+$/, THEME_COLORS[theme])));
  }
  expect(THEME_COLORS.sepia).toBe('#f4ecd8');
  applySettings(root, DEFAULT_SETTINGS);
  expect(themeColors()).toEqual(SYSTEM_PAIR);
});

test('the head script never throws and sets nothing it does not recognise', () => {
  const none = { 'data-theme': null, 'data-text-size': null, 'data-line-spacing': null, themeColors: SYSTEM_PAIR };
  for (const stored of [null, '{not json', 'null', '5', '{"state":null}', '{"state":{}}']) {
    expect(runHeadScript(stored), String(stored)).toEqual(none);
  }
  const hostile = { theme: 'dark" onload="x', textSize: '3', lineSpacing: ['relaxed'] };
  expect(runHeadScript(JSON.stringify({ state: { settings: hostile } }))).toEqual(none);
  expect(readSettings(hostile)).toEqual(DEFAULT_SETTINGS);
});

test('the theme colours are the paper of themes.css', () => {
  const css = readFileSync('src/app/themes.css', 'utf8');
  // Light and dark are one light-dark() pair in :root; sepia has its own paper.
  const [, light, dark] = /:root \{[^}]*--paper: light-dark\((#[0-9a-f]+), (#[0-9a-f]+)\);/.exec(css) ?? [];
  const sepia = /:root\[data-theme='sepia'\] \{[^}]*--paper: (#[0-9a-f]+);/.exec(css)?.[1];
  expect(light).toBe(THEME_COLORS.light);
  expect(dark).toBe(THEME_COLORS.dark);
  expect(sepia).toBe(THEME_COLORS.sepia);
});
