/**
 * How the reader likes the text: theme, size and line spacing. They are kept
 * in the store and shown as attributes on <html>, which the stylesheet reads;
 * the page's head sets the same attributes from storage before the first paint
 * (settings-script.ts), so the app and that script must agree on them.
 */
import { isRecord } from './positions.ts';

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Steps of text size, smallest first; the stylesheet gives each its scale. */
export const TEXT_SIZES = [0, 1, 2, 3, 4, 5] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const LINE_SPACINGS = ['compact', 'normal', 'relaxed'] as const;
export type LineSpacing = (typeof LINE_SPACINGS)[number];

export interface ReadingSettings {
  theme: Theme;
  textSize: TextSize;
  lineSpacing: LineSpacing;
}

export const DEFAULT_SETTINGS: ReadingSettings = { theme: 'system', textSize: 1, lineSpacing: 'normal' };

/**
 * The colour of the browser's bar (and of an installed app's title bar) in each theme: the page's
 * paper (`--paper` in themes.css), so the bar runs on into the page.
 */
export const THEME_COLORS = { light: '#fdfcf9', sepia: '#f4ecd8', dark: '#15171b' } as const;

const isOneOf = <T>(values: readonly T[], value: unknown): value is T => values.includes(value as T);

/** Stored settings as far as they are valid; anything else is the default. */
export function readSettings(value: unknown): ReadingSettings {
  if (!isRecord(value)) return { ...DEFAULT_SETTINGS };
  return {
    theme: isOneOf(THEMES, value.theme) ? value.theme : DEFAULT_SETTINGS.theme,
    textSize: isOneOf(TEXT_SIZES, value.textSize) ? value.textSize : DEFAULT_SETTINGS.textSize,
    lineSpacing: isOneOf(LINE_SPACINGS, value.lineSpacing) ? value.lineSpacing : DEFAULT_SETTINGS.lineSpacing,
  };
}

/**
 * Puts the settings on <html> as data-theme, data-text-size and
 * data-line-spacing. A default is no attribute, so a page without script or
 * storage looks as the system asks. The theme-color tags follow the theme:
 * the system's pair for the system, else the chosen theme's colour in both.
 */
export function applySettings(root: HTMLElement, settings: ReadingSettings): void {
  const set = (name: string, value: string, byDefault: string) => {
    if (value === byDefault) root.removeAttribute(name);
    else root.setAttribute(name, value);
  };
  set('data-theme', settings.theme, DEFAULT_SETTINGS.theme);
  // The head has a theme colour for each colour scheme, which the system's theme keeps; a theme the reader chose sets both.
  for (const meta of root.ownerDocument.querySelectorAll('meta[name="theme-color"]')) {
    const scheme = meta.getAttribute('media')?.includes('dark') ? 'dark' : 'light';
    meta.setAttribute('content', THEME_COLORS[settings.theme === 'system' ? scheme : settings.theme]);
  }
  set('data-text-size', String(settings.textSize), String(DEFAULT_SETTINGS.textSize));
  set('data-line-spacing', settings.lineSpacing, DEFAULT_SETTINGS.lineSpacing);
}
