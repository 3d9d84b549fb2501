import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { lastOnScreen, positionOnPage, scrollToSegment } from '../../src/reading/position-dom';
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

describe('lastOnScreen: how far down the screen a switch’s new text reaches', () => {
  // Twelve passages of 200 characters: 140 px tall in the fake layout, 160 px apart. Passage 0 at the
  // reading line (60 px); the window is 768 px tall, and the estimate allows a tenth more (844.8 px).
  const ids = Array.from({ length: 12 }, (_, index) => `p${index}`);
  const texts = (length: number) => ids.map((id) => ({ id, text: 'x'.repeat(length) }));

  beforeEach(() => {
    container.replaceChildren(
      ...ids.map((id) => {
        const segment = document.createElement('p');
        segment.id = id;
        segment.dataset.segmentId = id;
        segment.textContent = 'x'.repeat(200);
        return segment;
      }),
    );
    layout.scrollToSegment('p0');
    expect(window.innerHeight).toBe(768);
  });

  test('text of the same length reaches as far as the passages on the page now', () => {
    // Tops 60, 220, 380, 540, 700, then 860.
    expect(lastOnScreen(texts(200), 0, 1.1)).toBe(4);
  });

  test('longer text reaches fewer passages, shorter text more', () => {
    // Each passage 0.7 px a character: at 400 characters 280 px and a gap, so tops 60, 360, 660, 960.
    expect(lastOnScreen(texts(400), 0, 1.1)).toBe(2);
    // At 100 characters 70 px and a gap: tops 60, 150, … 780, then 870.
    expect(lastOnScreen(texts(100), 0, 1.1)).toBe(8);
  });

  test('it counts from the reader’s place, which stays where it is', () => {
    layout.scrollToSegment('p3');
    expect(lastOnScreen(texts(200), 3, 1.1)).toBe(7);
  });

  test('a passage only the new text has is as tall for its length as the one before it', () => {
    // p0, p1 and then a new passage of 600 characters (420 px): p2 at 820 px is the last to begin on screen.
    const passages = [...texts(200).slice(0, 2), { id: 'added', text: 'x'.repeat(600) }, ...texts(200).slice(2)];
    expect(lastOnScreen(passages, 0, 1.1)).toBe(3);
  });
});
