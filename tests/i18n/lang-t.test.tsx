import { render } from '@testing-library/react';
import i18next, { type i18n } from 'i18next';
import { expect, test, vi } from 'vitest';
import { provideStrings, stringsOf } from '../../src/i18n/load-strings';
import { I18nProvider, PageLang, langT, usePageT } from '../../src/i18n/page-lang';
import { usePrepareLang } from '../../src/i18n/prepare-lang';

/** A fresh i18next instance whose fixed `t`s count the look-ups they do. */
async function counting(): Promise<{ instance: i18n; lookUps: () => number }> {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'en', resources: {} });
  let count = 0;
  const getFixedT = instance.getFixedT.bind(instance);
  vi.spyOn(instance, 'getFixedT').mockImplementation(((...args: Parameters<typeof getFixedT>) => {
    const t = getFixedT(...args) as unknown as (...call: unknown[]) => string;
    return (...call: unknown[]) => {
      count += 1;
      return t(...call);
    };
  }) as unknown as typeof instance.getFixedT);
  return { instance, lookUps: () => count };
}

test('a string asked for without options is looked up once, for every component of the language', async () => {
  const { instance, lookUps } = await counting();
  const t = langT(instance, 'ru', 'reader');
  expect(t('backToLibrary')).toBe('Библиотека');
  expect(langT(instance, 'ru', 'reader')).toBe(t);
  expect(langT(instance, 'ru', 'reader')('backToLibrary')).toBe('Библиотека');
  expect(lookUps()).toBe(1);
});

test('a string with options is looked up every time: its answer depends on them', async () => {
  const { instance, lookUps } = await counting();
  const t = langT(instance, 'ru', 'common');
  expect(t('readingTime', { count: 1 })).toBe('1 минута чтения');
  expect(t('readingTime', { count: 5 })).toBe('5 минут чтения');
  expect(lookUps()).toBe(2);
});

test('languages, namespaces and i18next instances each have their own', async () => {
  const { instance } = await counting();
  const other = (await counting()).instance;
  expect(langT(instance, 'uk', 'reader')('backToLibrary')).toBe('Бібліотека');
  expect(langT(instance, 'en', 'reader')('backToLibrary')).toBe('Library');
  expect(langT(instance, 'en', 'common')).not.toBe(langT(instance, 'en', 'reader'));
  expect(langT(other, 'en', 'reader')).not.toBe(langT(instance, 'en', 'reader'));
});

test('when more strings arrive, strings are looked up again', async () => {
  const { instance, lookUps } = await counting();
  langT(instance, 'ru', 'reader')('backToLibrary');
  const ru = stringsOf('ru');
  if (!ru) throw new Error('the tests have every language’s strings (tests/setup.ts)');
  provideStrings({ ru });
  expect(langT(instance, 'ru', 'reader')('backToLibrary')).toBe('Библиотека');
  expect(lookUps()).toBe(2);
});

test('after a language is prepared, its first page looks none of its strings up', async () => {
  const { instance, lookUps } = await counting();
  let prepare: ((lang: 'ru') => void) | undefined;
  function Prepare() {
    prepare = usePrepareLang();
    return null;
  }
  function Bar() {
    const t = usePageT('reader');
    const tc = usePageT('common');
    return (
      <p>
        {t('backToLibrary')} {tc('shortcuts.open')}
      </p>
    );
  }
  const { rerender, container } = render(
    <I18nProvider i18n={instance}>
      <Prepare />
    </I18nProvider>,
  );
  prepare?.('ru');
  const prepared = lookUps();
  rerender(
    <I18nProvider i18n={instance}>
      <PageLang lang="ru">
        <Bar />
      </PageLang>
    </I18nProvider>,
  );
  expect(container.textContent).toBe('Библиотека Горячие клавиши');
  expect(lookUps()).toBe(prepared);
});
