import { test, expect } from '../helpers/fixtures';

test('a new notebook opens on the empty state with the three panes', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Your notebook is empty' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Article' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Annotations' })).toBeVisible();
});

test('the shell shows what the notebook API reports', async ({ page, notebook }) => {
  await expect(page.locator('.status-bar__notebook')).toHaveText(notebook.dbFile);
  await expect(page.locator('.status-bar__text')).toHaveText('0 articles');
});
