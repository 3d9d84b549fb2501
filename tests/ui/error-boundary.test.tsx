import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { createI18n } from '../../src/i18n/setup';
import { I18nProvider, PageLang } from '../../src/i18n/page-lang';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('boom');
  return <p>Fragile part works</p>;
}

function renderParts(scope: 'page' | 'part') {
  return render(
    <I18nProvider i18n={createI18n()}>
      <PageLang lang="uk">
        <p>The rest of the page</p>
        <ErrorBoundary scope={scope} resetKey="a">
          <Fragile />
        </ErrorBoundary>
      </PageLang>
    </I18nProvider>,
  );
}

test('a part that throws shows a translated message for that part; the rest stays, and Try again recovers', async () => {
  broken = true;
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  renderParts('part');
  expect(screen.getByRole('alert')).toHaveTextContent('Цю частину сторінки не вдалося показати.');
  expect(screen.getByText('The rest of the page')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'До бібліотеки' })).toHaveAttribute('href', '/ua/');
  expect(consoleError).toHaveBeenCalledWith(
    '[triptych] a view failed to render',
    expect.any(Error),
    expect.any(String),
  );

  broken = false;
  await userEvent.click(screen.getByRole('button', { name: 'Спробувати ще раз' }));
  expect(screen.getByText('Fragile part works')).toBeInTheDocument();
});

test('a page that throws shows the translated page message with a reload', () => {
  broken = true;
  vi.spyOn(console, 'error').mockImplementation(() => {});
  renderParts('page');
  expect(screen.getByRole('heading', { name: 'Щось пішло не так' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Перезавантажити сторінку' })).toBeInTheDocument();
});
