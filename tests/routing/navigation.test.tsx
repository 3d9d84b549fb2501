import { afterEach, expect, test } from 'vitest';
import { navigate, setNavigationGuard } from '../../src/routing/navigation';

afterEach(() => setNavigationGuard(null));

test('a navigation waits for what its guard asks for, then shows the URL', async () => {
  let arrive = () => {};
  const strings = new Promise<void>((resolve) => (arrive = resolve));
  setNavigationGuard((to) => (to.startsWith('/ru/') ? strings : null));
  navigate('/en/story');
  expect(window.location.pathname).toBe('/en/story');
  navigate('/ru/story');
  expect(window.location.pathname).toBe('/en/story');
  arrive();
  await strings;
  await Promise.resolve();
  expect(window.location.pathname).toBe('/ru/story');
});

test('a guard that fails still lets the reader through', async () => {
  const failed = Promise.reject(new Error('offline'));
  setNavigationGuard(() => failed);
  navigate('/uk/story');
  await failed.catch(() => undefined);
  await Promise.resolve();
  expect(window.location.pathname).toBe('/uk/story');
});
