import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, repoRoot } from '../helpers/fixtures';
import { articleFiles, importArticles, openArticle } from '../helpers/reader';

test('importing five articles fills the library, and importing it again reports duplicates', async ({
  page,
}) => {
  await importArticles(page);
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(5);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(articleFiles());
  await expect(page.getByText('0 imported, 5 already in the notebook.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(5);
});

test('searching "Salt Road Initiative" lists the matching articles with highlighted snippets', async ({
  page,
}) => {
  await importArticles(page);
  await page.getByRole('combobox', { name: 'Search articles' }).fill('Salt Road Initiative');
  const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(results.first()).toBeVisible();
  const count = await results.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(results.first().locator('mark').first()).toBeVisible();
  for (let index = 0; index < count; index += 1) {
    await expect(results.nth(index)).toContainText(/Salt Road Initiative/i);
  }
  await results.first().click();
  await expect(
    page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 }),
  ).toBeVisible();
});

test('an article can be renamed in its details and deleted with undo', async ({ page }) => {
  await importArticles(page);
  const library = page.getByRole('list', { name: 'Articles' });
  const originalTitle = 'Inner Sea countries, Calmora strengthen cooperation';
  await openArticle(page, originalTitle);
  const heading = page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 });
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Publisher').fill('Fictional Wire');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.reader__meta')).toContainText('Fictional Wire');

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(library.getByRole('listitem')).toHaveCount(4);
  // The deletion's own Undo, in its toast (the details edit has a toast with an Undo too).
  await page
    .locator('.toast')
    .filter({ hasText: 'to the Trash' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(library.getByRole('listitem')).toHaveCount(5);
  await expect(heading).toHaveText(originalTitle);
});

test('bad files are reported one by one and good ones still import', async ({ page }) => {
  const hostile = path.join(repoRoot, 'test/fixtures/import/hostile');
  const files = readdirSync(hostile).map((name) => path.join(hostile, name));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(files);
  const toast = page.locator('.toast--error');
  await expect(toast).toBeVisible();
  await expect(toast.locator('.toast__details li').first()).toBeVisible();
});
