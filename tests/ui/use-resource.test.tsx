import { renderHook, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useResource } from '../../src/ui/use-resource';

const never = () => new Promise<string>(() => {});

test('while a new key loads, the last data stays, marked loading', async () => {
  const { result, rerender } = renderHook(({ key }) => useResource(key, () => Promise.resolve(`text ${key}`)), {
    initialProps: { key: 'en' },
  });
  await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', data: 'text en' }));
  rerender({ key: 'ru' });
  expect(result.current).toMatchObject({ status: 'loading', data: 'text en' });
  await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', data: 'text ru' }));
});

test('data already at hand for a new key (prefetched) is shown in the same render, not an effect later', () => {
  const cache = new Map([
    ['en', 'text en'],
    ['ru', 'text ru'],
  ]);
  const { result, rerender } = renderHook(({ key }) => useResource(key, never, () => cache.get(key)), {
    initialProps: { key: 'en' },
  });
  expect(result.current).toMatchObject({ status: 'ready', data: 'text en' });
  rerender({ key: 'ru' });
  expect(result.current).toMatchObject({ status: 'ready', data: 'text ru' });
});

test('until the load settles, every render sees the same data object at hand, so effects keyed on it run once', () => {
  const { result, rerender } = renderHook(
    ({ key }) =>
      useResource(
        key,
        () => new Promise<{ text: string }>(() => {}),
        () => ({ text: `text ${key}` }),
      ),
    {
      initialProps: { key: 'en' },
    },
  );
  rerender({ key: 'ru' });
  const first = result.current.data;
  rerender({ key: 'ru' });
  rerender({ key: 'ru' });
  expect(result.current.data).toBe(first);
  expect(first).toEqual({ text: 'text ru' });
});

test('data at hand is not loaded again (a second render in a language switch’s click), yet stays as the last data', async () => {
  const cache = new Map([
    ['en', 'text en'],
    ['ru', 'text ru'],
  ]);
  const loads: string[] = [];
  const { result, rerender } = renderHook(
    ({ key }) =>
      useResource(
        key,
        () => {
          loads.push(key);
          return never();
        },
        () => cache.get(key),
      ),
    { initialProps: { key: 'en' } },
  );
  rerender({ key: 'ru' });
  expect(result.current).toMatchObject({ status: 'ready', data: 'text ru' });
  // Once the switch has been painted, the next key, not at hand, loads with Russian still shown.
  await new Promise((resolve) => setTimeout(resolve, 50));
  rerender({ key: 'uk' });
  expect(result.current).toMatchObject({ status: 'loading', data: 'text ru' });
  expect(loads).toEqual(['uk']);
});
