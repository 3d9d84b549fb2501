/**
 * The script a page runs in its head, before anything is painted: it reads
 * the stored reading settings and sets the attributes `applySettings` sets,
 * so a reader who chose dark never sees a light page first. It is inline
 * (a file would be a request before the first paint) and allowed by its hash
 * in the Content-Security-Policy (scripts/content-security-policy.ts,
 * deploy/nginx.conf); any change to this text changes that hash.
 * Plain ES5 in one line, and it never throws: storage may be blocked or hold
 * anything. It also gives the page's theme-color tags, written just before
 * it, the chosen theme's colour. Its imports name their files: vite.config.ts loads it (through
 * the CSP plugin), and Vite's native config loader resolves no bare paths.
 */
import { STORE_NAME } from './store-name.ts';
import { DEFAULT_SETTINGS, LINE_SPACINGS, TEXT_SIZES, THEMES, THEME_COLORS } from './reading-settings.ts';

/**
 * The page's two theme-color tags, written just before the script: the
 * system's pair, one for each colour scheme. A chosen theme gives both its
 * own colour. (Here, not beside THEME_COLORS: only the build needs them.)
 */
export const THEME_COLOR_TAGS = (['light', 'dark'] as const)
  .map(
    (scheme) =>
      `<meta name="theme-color" media="(prefers-color-scheme: ${scheme})" content="${THEME_COLORS[scheme]}" />`,
  )
  .join('\n    ');

const pattern = (values: readonly (string | number)[], byDefault: string | number) =>
  `/^(${values.filter((value) => value !== byDefault).join('|')})$/`;

export const SETTINGS_SCRIPT =
  `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(STORE_NAME)})).state.settings,` +
  `d=document.documentElement;` +
  `if(typeof s.theme=="string"&&${pattern(THEMES, DEFAULT_SETTINGS.theme)}.test(s.theme)){d.setAttribute("data-theme",s.theme);` +
  // The theme-color tags stand before this script (THEME_COLOR_TAGS): a chosen theme paints both.
  `for(var m=document.querySelectorAll('meta[name="theme-color"]'),i=0;i<m.length;i++)` +
  `m[i].setAttribute("content",${JSON.stringify(THEME_COLORS)}[s.theme])}` +
  `if(typeof s.textSize=="number"&&${pattern(TEXT_SIZES, DEFAULT_SETTINGS.textSize)}.test(s.textSize))` +
  `d.setAttribute("data-text-size",s.textSize);` +
  `if(typeof s.lineSpacing=="string"&&${pattern(LINE_SPACINGS, DEFAULT_SETTINGS.lineSpacing)}.test(s.lineSpacing))` +
  `d.setAttribute("data-line-spacing",s.lineSpacing)}catch(e){}})()`;
