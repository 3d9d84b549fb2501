import { renderHook } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { useDocumentMeta } from '../../src/ui/use-document-meta';

afterEach(() => {
  document.title = '';
  document.documentElement.lang = '';
});

test('the tab’s title and the page’s lang follow the page', () => {
  document.title = 'Before · Triptych';
  document.documentElement.lang = 'en';
  const { rerender } = renderHook(({ lang, title }) => useDocumentMeta(lang, title), {
    initialProps: { lang: 'ru' as const, title: 'Заголовок' },
  });
  expect(document.title).toBe('Заголовок · Triptych');
  expect(document.documentElement.lang).toBe('ru');
  rerender({ lang: 'ru', title: 'Другой' });
  expect(document.title).toBe('Другой · Triptych');
});

test('a page without a title of its own leaves the tab’s title as it was', () => {
  document.title = 'Before · Triptych';
  renderHook(() => useDocumentMeta('ru', null));
  expect(document.title).toBe('Before · Triptych');
  expect(document.documentElement.lang).toBe('ru');
});
