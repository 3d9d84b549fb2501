import { expect, test } from 'vitest';
import type { Bundle, Segment } from '../../src/articles/schema';
import { warmText } from '../../src/reading/warm-text';

const passage = (id: string, type: Segment['type'] = 'paragraph'): Segment => ({ id, type, text: `Текст ${id}` });

const RU: Bundle = {
  lang: 'ru',
  title: 'Заголовок',
  lead: 'Вступление',
  published: '2026-11-30',
  segments: [
    passage('s1', 'heading'),
    ...Array.from({ length: 29 }, (_, index) => passage(`s${index + 2}`)),
    passage('s31', 'quote'),
  ],
};

/** What warmText put into the container, taken from the mutations it made (it leaves nothing behind). */
function warmedInto(container: HTMLElement, run: () => void): { added: HTMLElement[]; removed: Node[] } {
  const observer = new MutationObserver(() => undefined);
  observer.observe(container, { childList: true });
  run();
  const records = observer.takeRecords();
  observer.disconnect();
  return {
    added: records.flatMap((record) => [...record.addedNodes]) as HTMLElement[],
    removed: records.flatMap((record) => [...record.removedNodes]),
  };
}

test('warming a language lays out its title and the passages from the reader’s place, hidden, then takes them away', () => {
  const container = document.createElement('main');
  document.body.append(container);
  const { added, removed } = warmedInto(container, () => warmText(container, RU, 's11'));
  expect(added).toHaveLength(1);
  const sample = added[0]!;
  expect(removed).toEqual([sample]);
  expect(container.childElementCount).toBe(0);
  // In the language's own `lang` and the article's styles, and out of reach of screen readers.
  expect(sample.lang).toBe('ru');
  expect(sample.classList).toContain('article');
  expect(sample.getAttribute('aria-hidden')).toBe('true');
  expect(sample.querySelector('h1.article__title')?.textContent).toBe('Заголовок');
  expect(sample.querySelector('p.article__lead')?.textContent).toBe('Вступление');
  const passages = [...sample.querySelectorAll('.segment')];
  // Ten from the place on, then one of each kind the sample lacked, in the element the reader draws it with.
  expect(passages.map((element) => element.textContent)).toEqual([
    ...Array.from({ length: 10 }, (_, index) => `Текст s${index + 11}`),
    'Текст s1',
    'Текст s31',
  ]);
  expect(passages.map((element) => element.tagName)).toEqual([...Array(10).fill('P'), 'H2', 'BLOCKQUOTE']);
  expect(passages.at(-1)?.querySelector('p')?.textContent).toBe('Текст s31');
  container.remove();
});

test('without a place, the sample starts at the first passage', () => {
  const container = document.createElement('main');
  const { added } = warmedInto(container, () => warmText(container, RU, null));
  expect(added[0]?.querySelector('.segment')?.textContent).toBe('Текст s1');
});

test('a page warms each language once', () => {
  const container = document.createElement('main');
  const other = document.createElement('main');
  expect(warmedInto(container, () => warmText(container, RU, null)).added).toHaveLength(1);
  expect(warmedInto(container, () => warmText(container, RU, 's5')).added).toHaveLength(0);
  expect(warmedInto(container, () => warmText(container, { ...RU, lang: 'uk' }, null)).added).toHaveLength(1);
  // Another article's page is another page.
  expect(warmedInto(other, () => warmText(other, RU, null)).added).toHaveLength(1);
});
