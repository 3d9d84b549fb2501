import { renderHook } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { useDocumentMeta } from '../../src/ui/use-document-meta';
import { afterPaint } from '../../src/ui/when-idle';

/** Frames that come only when the test says so. */
function holdFrames() {
  const waiting = new Map<number, FrameRequestCallback>();
  let last = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    waiting.set(++last, callback);
    return last;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => waiting.delete(handle));
  return {
    paint: async () => {
      const due = [...waiting.values()];
      waiting.clear();
      for (const callback of due) callback(performance.now());
      // afterPaint's task runs in a timer after the frame.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function hideTab(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
}

afterEach(() => {
  hideTab(false);
  document.title = '';
  document.documentElement.lang = '';
});

test('the tab’s title and the page’s lang follow the page just after it is painted', async () => {
  const frames = holdFrames();
  document.title = 'Before · Triptych';
  document.documentElement.lang = 'en';
  renderHook(() => useDocumentMeta('ru', 'Заголовок'));
  await settle();
  expect(document.title).toBe('Before · Triptych');
  expect(document.documentElement.lang).toBe('en');
  await frames.paint();
  expect(document.title).toBe('Заголовок · Triptych');
  expect(document.documentElement.lang).toBe('ru');
});

test('a page still loading its title leaves the tab’s title as it was', async () => {
  const frames = holdFrames();
  document.title = 'Before · Triptych';
  renderHook(() => useDocumentMeta('ru', null));
  await frames.paint();
  expect(document.title).toBe('Before · Triptych');
});

test('a title that changes before the paint is set once, to the last one', async () => {
  const frames = holdFrames();
  const titles: string[] = [];
  const { rerender } = renderHook(({ title }) => useDocumentMeta('en', title), { initialProps: { title: 'First' } });
  rerender({ title: 'Second' });
  const observer = new MutationObserver(() => titles.push(document.title));
  observer.observe(document.head, { childList: true, subtree: true, characterData: true });
  await frames.paint();
  observer.disconnect();
  expect(document.title).toBe('Second · Triptych');
  expect(titles.every((title) => title === 'Second · Triptych')).toBe(true);
});

test('in a hidden tab, which paints no frames, what waits for the paint runs anyway', async () => {
  holdFrames();
  hideTab(true);
  const task = vi.fn();
  afterPaint(task);
  renderHook(() => useDocumentMeta('uk', 'Заголовок'));
  await settle();
  expect(task).toHaveBeenCalledOnce();
  expect(document.title).toBe('Заголовок · Triptych');
  expect(document.documentElement.lang).toBe('uk');
});

test('a task waiting for the paint can be called off, in a hidden tab too', async () => {
  const frames = holdFrames();
  const task = vi.fn();
  afterPaint(task)();
  hideTab(true);
  afterPaint(task)();
  await frames.paint();
  await settle();
  expect(task).not.toHaveBeenCalled();
});
