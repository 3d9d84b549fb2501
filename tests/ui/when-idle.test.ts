import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fetchAheadWhenIdle, mayFetchAhead, whenLoadedAndIdle } from '../../src/ui/when-idle';

function setConnection(connection: { saveData?: boolean; effectiveType?: string } | undefined) {
  Object.defineProperty(navigator, 'connection', { configurable: true, value: connection });
}

function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'connection');
  Reflect.deleteProperty(document, 'readyState');
});

test('fetching ahead waits for the load event, then for the browser to be idle', () => {
  setReadyState('interactive');
  const task = vi.fn();
  fetchAheadWhenIdle(task);
  vi.advanceTimersByTime(10_000);
  expect(task).not.toHaveBeenCalled();
  setReadyState('complete');
  window.dispatchEvent(new Event('load'));
  expect(task).not.toHaveBeenCalled();
  vi.advanceTimersByTime(2000);
  expect(task).toHaveBeenCalledTimes(1);
});

test('on a page that has loaded, fetching ahead waits only for the browser to be idle', () => {
  setReadyState('complete');
  const task = vi.fn();
  fetchAheadWhenIdle(task);
  vi.advanceTimersByTime(2000);
  expect(task).toHaveBeenCalledTimes(1);
});

test('a cancelled fetch ahead never runs, before or after the load event', () => {
  setReadyState('loading');
  const before = vi.fn();
  fetchAheadWhenIdle(before)();
  setReadyState('complete');
  window.dispatchEvent(new Event('load'));
  const after = vi.fn();
  fetchAheadWhenIdle(after)();
  vi.advanceTimersByTime(10_000);
  expect(before).not.toHaveBeenCalled();
  expect(after).not.toHaveBeenCalled();
});

test.each([
  [{ saveData: true, effectiveType: '4g' }, false],
  [{ saveData: false, effectiveType: '2g' }, false],
  [{ saveData: false, effectiveType: 'slow-2g' }, false],
  [{ saveData: false, effectiveType: '3g' }, true],
  [{ saveData: false, effectiveType: '4g' }, true],
  [undefined, true],
])('with the connection %o, fetching ahead is allowed: %s', (connection, allowed) => {
  setConnection(connection);
  setReadyState('complete');
  expect(mayFetchAhead()).toBe(allowed);
  const task = vi.fn();
  fetchAheadWhenIdle(task);
  vi.advanceTimersByTime(10_000);
  expect(task).toHaveBeenCalledTimes(allowed ? 1 : 0);
});

test('what must come whatever the connection waits for the load event and an idle moment, even with Save-Data', () => {
  setConnection({ saveData: true, effectiveType: '2g' });
  setReadyState('loading');
  const task = vi.fn();
  whenLoadedAndIdle(task);
  vi.advanceTimersByTime(10_000);
  expect(task).not.toHaveBeenCalled();
  setReadyState('complete');
  window.dispatchEvent(new Event('load'));
  vi.advanceTimersByTime(2000);
  expect(task).toHaveBeenCalledTimes(1);
});
