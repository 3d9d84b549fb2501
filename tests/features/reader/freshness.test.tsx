import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { installFakeLayout } from '../../helpers/fake-layout';
import { renderApp } from '../../helpers/render-app';
import { FIXTURE_ARTICLES, serveArticles } from '../../helpers/serve-articles';

let layout: ReturnType<typeof installFakeLayout>;
beforeEach(() => {
  layout = installFakeLayout();
  serveArticles(FIXTURE_ARTICLES);
});
afterEach(() => layout.restore());

test('a passage whose original changed after it was translated says so, quietly, with the date', async () => {
  renderApp('/en/stale-translation');
  await screen.findByRole('heading', { level: 1, name: 'Night trains are back' });
  const fare = document.getElementById('fare') as HTMLElement;
  expect(fare).toHaveAttribute('data-stale');
  expect(within(fare).getByText('may be behind')).toHaveAttribute(
    'title',
    'The original of this passage changed on March 4, 2026; this translation may be behind.',
  );
  expect(document.getElementById('first')).not.toHaveAttribute('data-stale');
  // Said once for the article, in the header.
  expect(screen.getByRole('note')).toHaveTextContent(/^1 passage may be behind the original/);
});

test('the original has nothing behind it; in Ukrainian the count would take the Ukrainian plural', async () => {
  renderApp('/ua/stale-translation');
  await screen.findByRole('heading', { level: 1, name: 'Нічні поїзди повертаються' });
  expect(document.querySelectorAll('[data-stale]')).toHaveLength(0);
  expect(screen.queryByRole('note')).toBeNull();
});

test('a link to an id an edit removed lands on the passage it was folded into', async () => {
  renderApp('/en/stale-translation#ticket-price');
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(layout.topOf('fare')).toBeCloseTo(0, 0));
});
