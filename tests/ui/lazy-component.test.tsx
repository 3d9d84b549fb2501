import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { expect, test, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/page-lang';
import { createI18n } from '../../src/i18n/setup';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { lazyComponent } from '../../src/ui/lazy-component';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

test('a preloaded component renders at once, without the Suspense fallback', async () => {
  const Lazy = lazyComponent(() => Promise.resolve(Greeting));
  await Lazy.preload();
  render(
    <Suspense fallback={<p>Loading</p>}>
      <Lazy name="Oksana" />
    </Suspense>,
  );
  expect(screen.getByText('Hello, Oksana')).toBeInTheDocument();
  expect(screen.queryByText('Loading')).not.toBeInTheDocument();
});

// React retries a component suspended by `use` from act's queue in tests, hence the awaited acts.
test('a component not loaded yet shows the fallback, then itself, and loads its code once', async () => {
  let finish: (component: typeof Greeting) => void = () => {};
  const load = vi.fn(() => new Promise<typeof Greeting>((resolve) => (finish = resolve)));
  const Lazy = lazyComponent(load);
  await act(async () => {
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy name="Oksana" />
        <Lazy name="Petro" />
      </Suspense>,
    );
  });
  expect(screen.getByText('Loading')).toBeInTheDocument();
  await act(async () => finish(Greeting));
  expect(screen.getByText('Hello, Oksana')).toBeInTheDocument();
  expect(screen.getByText('Hello, Petro')).toBeInTheDocument();
  await Lazy.preload();
  expect(load).toHaveBeenCalledTimes(1);
});

test('a failed load reaches the error boundary without retrying by itself; preload tries again', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const load = vi
    .fn<() => Promise<typeof Greeting>>()
    .mockRejectedValueOnce(new Error('chunk failed'))
    .mockResolvedValue(Greeting);
  const Lazy = lazyComponent(load);
  await act(async () => {
    render(
      <I18nProvider i18n={createI18n('en')}>
        <ErrorBoundary scope="page" resetKey="/">
          <Suspense fallback={<p>Loading</p>}>
            <Lazy name="Oksana" />
          </Suspense>
        </ErrorBoundary>
      </I18nProvider>,
    );
  });
  expect(screen.getByRole('alert')).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(1);
  await Lazy.preload();
  expect(load).toHaveBeenCalledTimes(2);
});
