import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../helpers/fixtures';
import { importArticles, openArticle } from '../helpers/reader';

const TITLE = 'Inner Sea countries, Calmora strengthen cooperation';

test('a backup made in the Backups dialog restores the notebook as it was', async ({ page }) => {
  await importArticles(page);
  const library = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(library).toHaveCount(5);

  await page.getByRole('button', { name: 'Backups…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('status')).toContainText('Backed up');
  const manual = dialog.getByRole('row').filter({ hasText: 'Made by you' });
  await expect(manual).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await openArticle(page, TITLE);
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(library).toHaveCount(4);

  await page.getByRole('button', { name: 'Backups…' }).click();
  await manual.getByRole('button', { name: /Restore the backup made/ }).click();
  await expect(dialog.getByText(/Restore the backup made .*\?/)).toBeVisible();
  await expect(dialog).toContainText('the notebook as it is now is first kept as a file');
  await page.screenshot({ path: '/tmp/backups-dialog-confirm.png' });
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog.getByRole('status')).toContainText('(5 articles)');
  await expect(dialog.getByRole('status')).toContainText('.replaced-');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(library).toHaveCount(5);
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText(TITLE);
});

test('Check notebook in the Backups dialog reports a healthy notebook, all by keyboard', async ({
  page,
}) => {
  await importArticles(page);
  await page.getByRole('button', { name: 'Backups…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  // Once the dialog has loaded its list: it draws its contents again then.
  await expect(dialog).toContainText('Dossier backs this notebook up');
  await dialog.getByRole('button', { name: 'Check notebook' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText('No problems found');
  await expect(dialog.getByRole('status')).toHaveText('Check finished.');
  await page.screenshot({ path: '/tmp/backups-dialog-check.png' });
  const { violations } = await new AxeBuilder({ page }).include('#backups-dialog').analyze();
  expect(
    violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id),
  ).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
