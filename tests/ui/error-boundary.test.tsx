import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { expect, test, vi } from 'vitest';
import { LoadError } from '../../src/articles/loader';
import { PageLang } from '../../src/i18n/page-lang';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { testI18n } from '../helpers/render-app';

let failure: Error | null = new Error('boom');
function Fragile() {
  if (failure) throw failure;
  return <p>Fragile part works</p>;
}

function renderParts(scope: 'page' | 'part', loadMessage?: string) {
  return render(
    <I18nextProvider i18n={testI18n()}>
      <PageLang value="uk">
        <p>The rest of the page</p>
        <ErrorBoundary scope={scope} resetKey="a" {...(loadMessage ? { loadMessage } : {})}>
          <Fragile />
        </ErrorBoundary>
      </PageLang>
    </I18nextProvider>,
  );
}

test('a part that throws shows a translated message for that part; the rest stays, and Try again recovers', async () => {
  failure = new Error('boom');
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  renderParts('part');
  expect(screen.getByRole('alert')).toHaveTextContent('Цю частину сторінки не вдалося показати.');
  expect(screen.getByText('The rest of the page')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'До бібліотеки' })).toHaveAttribute('href', '/ua/');
  expect(consoleError).toHaveBeenCalledWith('[triptych] a view failed to render', failure, expect.any(String));

  failure = null;
  await userEvent.click(screen.getByRole('button', { name: 'Спробувати ще раз' }));
  expect(screen.getByText('Fragile part works')).toBeInTheDocument();
});

test('a page that throws shows the translated page message with a reload and the way to the library', () => {
  failure = new Error('boom');
  vi.spyOn(console, 'error').mockImplementation(() => {});
  renderParts('page');
  expect(screen.getByRole('heading', { name: 'Щось пішло не так' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Перезавантажити сторінку' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'До бібліотеки' })).toHaveAttribute('href', '/ua/');
});

test('a page whose load failed says so, offers Try again, and recovers by itself when the network returns', async () => {
  failure = new LoadError('/articles/story/uk.json', 'network');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  renderParts('page');
  expect(screen.getByRole('heading', { name: 'Не вдалося завантажити статтю' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Спробувати ще раз' })).toBeInTheDocument();
  failure = null;
  act(() => void window.dispatchEvent(new Event('online')));
  expect(screen.getByText('Fragile part works')).toBeInTheDocument();
});

test('a part whose load failed says what its caller says', () => {
  failure = new LoadError('/articles/index/page-2.json', 'server');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  renderParts('part', 'The library could not be loaded.');
  expect(screen.getByRole('alert')).toHaveTextContent('The library could not be loaded.');
});
