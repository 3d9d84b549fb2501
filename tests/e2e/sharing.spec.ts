import { expect, test } from './fixtures';
import { LONG, SEED, expectAtReadingLine } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a copied passage link, opened by a friend, lands on that passage, marked, in that language', async ({
  page,
  context,
}) => {
  await page.goto(`/ru/${LONG}`);
  const passage = page.locator('#the-paton-bridge');
  await passage.scrollIntoViewIfNeeded();
  await passage.hover();
  await passage.getByRole('button', { name: 'Поделиться фрагментом' }).click();
  await passage.getByRole('button', { name: 'Копировать ссылку' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ссылка скопирована' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).pathname + new URL(link).hash).toBe(`/ru/${LONG}#the-paton-bridge`);

  const friend = await context.newPage();
  await friend.goto(link);
  await expect(friend.locator('html')).toHaveAttribute('lang', 'ru');
  await expectAtReadingLine(friend, 'the-paton-bridge');
  await expect(friend.locator('#the-paton-bridge')).toHaveAttribute('data-marked', 'true');
});

test('copy link on a passage of the English column in the parallel view gives the view’s URL, and it lands on that row', async ({
  page,
  context,
}) => {
  await page.goto(`/ua/${SEED}?compare=en`);
  // The served page is the article, with the same ids; the view replaces it once its code runs.
  const row = page.locator('.parallel-row#hamas-surprised');
  await row.click();
  const english = row.locator('.parallel-cell[lang="en"]');
  await english.getByRole('button', { name: 'Поділитися фрагментом' }).click();
  await english.getByRole('button', { name: 'Копіювати посилання' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(link);
  expect(url.pathname + url.search + url.hash).toBe(`/ua/${SEED}?compare=en#hamas-surprised`);

  const friend = await context.newPage();
  await friend.goto(link);
  await expectAtReadingLine(friend, 'hamas-surprised');
  await expect(friend.locator('#hamas-surprised')).toHaveAttribute('aria-current', 'location');
});
