import { render } from '@testing-library/react';
import i18next, { type i18n } from 'i18next';
import { expect, test, vi } from 'vitest';
import type { Lang } from '../../src/i18n/languages';
import { NAMESPACES } from '../../src/i18n/load-strings';
import { I18nProvider } from '../../src/i18n/page-lang';
import { usePrepareLang } from '../../src/i18n/prepare-lang';

/** An i18next instance that has been given no strings yet, as in the browser before the first page in another language, and the app's `prepare` for it. */
async function preparing(): Promise<{ i18n: i18n; prepare: (lang: Lang) => void }> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', resources: {} });
  let prepare: ((lang: Lang) => void) | undefined;
  function Probe() {
    prepare = usePrepareLang();
    return null;
  }
  render(
    <I18nProvider i18n={i18n}>
      <Probe />
    </I18nProvider>,
  );
  if (!prepare) throw new Error('usePrepareLang did not render');
  return { i18n, prepare };
}

test('preparing a language hands all its strings to i18next ahead of the first page in it', async () => {
  const { i18n, prepare } = await preparing();
  expect(NAMESPACES.some((ns) => i18n.hasResourceBundle('ru', ns))).toBe(false);
  prepare('ru');
  for (const ns of NAMESPACES) expect(i18n.hasResourceBundle('ru', ns)).toBe(true);
  expect(i18n.getFixedT('ru', 'common')('readingTime', { count: 5 })).toBe('5 минут чтения');
});

test('a language is prepared once: hovering it again does no work', async () => {
  const { i18n, prepare } = await preparing();
  prepare('ru');
  const lookUps = vi.spyOn(i18n, 'getFixedT');
  prepare('ru');
  expect(lookUps).not.toHaveBeenCalled();
  prepare('uk');
  expect(lookUps).toHaveBeenCalled();
});
