import { expect, test } from './fixtures';
import { LONG, expectAtReadingLine } from './helpers';

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
