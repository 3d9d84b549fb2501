import { act, render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { Lang } from '../../src/i18n/languages';
import { PageLang, usePageLang } from '../../src/i18n/page-lang';
import { langOf, navigate, useLocation } from '../../src/routing/navigation';

function Shows() {
  return <p data-testid="lang">{usePageLang()}</p>;
}

const shown = () => screen.getByTestId('lang').textContent;

/** As the app sets it: the URL's language, at the top of the page. */
function Page() {
  const { pathname } = useLocation();
  return (
    <PageLang lang={langOf(pathname) ?? 'uk'}>
      <Shows />
    </PageLang>
  );
}

test('the page language is the URL’s, and follows it when the reader switches', () => {
  window.history.replaceState(null, '', '/en/story');
  render(<Page />);
  expect(shown()).toBe('en');
  act(() => navigate('/ua/story'));
  expect(shown()).toBe('uk');
});

test('a part shown in a language of its own, or a page whose URL names none, says so', () => {
  window.history.replaceState(null, '', '/en/story');
  const page = (lang: Lang) => (
    <PageLang lang={lang}>
      <Shows />
    </PageLang>
  );
  const { rerender } = render(page('ru'));
  expect(shown()).toBe('ru');
  rerender(
    <PageLang lang="ru">
      <PageLang lang="en">
        <Shows />
      </PageLang>
    </PageLang>,
  );
  expect(shown()).toBe('en');
  window.history.replaceState(null, '', '/nowhere');
  rerender(page('ru'));
  expect(shown()).toBe('ru');
});

test('with no page language anywhere, Ukrainian', () => {
  render(<Shows />);
  expect(shown()).toBe('uk');
});
