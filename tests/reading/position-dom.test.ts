import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { positionOnPage, scrollToSegment } from '../../src/reading/position-dom';
import { installFakeLayout } from '../helpers/fake-layout';

let layout: ReturnType<typeof installFakeLayout>;
let container: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
  layout = installFakeLayout();
  document.body.innerHTML = '<header data-reading-line></header><main></main>';
  container = document.querySelector('main')!;
  for (const id of ['opening', 'middle', 'closing']) {
    const segment = document.createElement('p');
    segment.dataset.segmentId = id;
    segment.textContent = `${id} `.repeat(40);
    container.append(segment);
  }
});

afterEach(() => {
  layout.restore();
  document.body.innerHTML = '';
});

/** A passage above the place takes its real height (content-visibility), as it does a frame after a restore. */
function growOpening() {
  const opening = container.querySelector('[data-segment-id="opening"]')!;
  opening.textContent = `${opening.textContent} `.repeat(6);
}

test('while a place is being held at the reading line, the place is that passage, not what the layout says in between', () => {
  scrollToSegment(container, 'middle', 0.25);
  growOpening();
  // Measured now, the reading line would be inside the opening, which pushed the middle down.
  expect(positionOnPage(container)).toMatchObject({ segmentId: 'middle', offset: 0.25, previousIds: ['opening'] });

  // The next frame corrects the scroll; once the place has stayed still, the layout is read again.
  for (let frame = 0; frame < 10; frame++) vi.advanceTimersToNextFrame();
  const measured = positionOnPage(container);
  expect(measured?.segmentId).toBe('middle');
  expect(measured?.offset).toBeCloseTo(0.25, 2);
});

test('once the reader scrolls, the place is read from the layout again', () => {
  scrollToSegment(container, 'middle', 0.25);
  window.dispatchEvent(new Event('wheel'));
  layout.scrollToSegment('closing', 0.5);
  expect(positionOnPage(container)).toMatchObject({ segmentId: 'closing' });
  expect(positionOnPage(container)?.offset).toBeCloseTo(0.5, 2);
});

test('a place held on a page that is then replaced does not scroll the page that follows', () => {
  layout.scrollToSegment('opening');
  scrollToSegment(container, 'middle', 0.25);
  growOpening();
  // The reader leaves for another page before the next frame: the held passage is no longer on the page.
  container.replaceChildren();
  const scrolled = window.scrollY;
  for (let frame = 0; frame < 10; frame++) vi.advanceTimersToNextFrame();
  expect(window.scrollY).toBe(scrolled);
});
