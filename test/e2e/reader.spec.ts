import { test, expect } from '../helpers/fixtures';
import { importArticles, markSelection, openArticle } from '../helpers/reader';

const ARTICLE = 'Inner Sea states and Calmora deepen ties at Port Aster ministers’ meeting';
const QUOTE =
  'We are building every condition for our format to become a model among the partnerships of the Inner Sea.';

test('a quotation marked with speaker and tag survives a reload, shows across articles, and its deletion can be undone', async ({
  page,
}) => {
  await importArticles(page);
  await openArticle(page, ARTICLE);

  await markSelection(page, QUOTE);
  await page.getByLabel('Speaker', { exact: true }).fill('Ottilie Brandvold');
  await page.getByRole('option', { name: 'Create speaker “Ottilie Brandvold”' }).click();
  await page.getByLabel('Tags', { exact: true }).fill('multilateralism');
  await page.getByLabel('Tags', { exact: true }).press('Enter');
  // Enter adds the tag and keeps the editor open, so the note can still be written.
  await expect(page.getByRole('button', { name: 'Remove tag multilateralism' })).toBeVisible();
  await page.getByLabel('Note', { exact: true }).fill('The format as a flagship.');
  await page.getByRole('button', { name: 'Save' }).click();

  const panel = page.getByRole('region', { name: 'Annotations' });
  // Saved once the card closes (a new speaker is created first, then the quotation updated);
  // the open card shows the typed name before either reaches the notebook.
  await expect(panel.getByRole('button', { name: 'Save' })).toHaveCount(0);
  const item = panel
    .getByRole('list', { name: 'Annotations in reading order' })
    .getByRole('listitem')
    .filter({ hasText: QUOTE });
  await expect(item).toBeVisible();
  await expect(item).toContainText('Ottilie Brandvold');

  await page.reload();
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: new RegExp(ARTICLE) })
    .click();
  await expect(item).toContainText('Ottilie Brandvold');
  await expect(item).toContainText('multilateralism');
  await expect(page.locator('.reader__text .highlight--direct')).toHaveText(QUOTE);

  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /Ottilie Brandvold/ })
    .click();
  const quotations = page.getByRole('main', { name: 'Article' });
  await expect(quotations.getByRole('heading', { name: 'Ottilie Brandvold' })).toBeVisible();
  await expect(quotations.getByText(QUOTE)).toBeVisible();
  await quotations.getByRole('button', { name: new RegExp(ARTICLE) }).click();
  await expect(page.getByRole('heading', { level: 1, name: ARTICLE })).toBeVisible();

  await item.getByRole('button', { name: /Ottilie Brandvold/ }).click();
  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(item).toHaveCount(0);
  await page.locator('.reader__text').focus();
  await page.keyboard.press('Control+z');
  await expect(item).toContainText('Ottilie Brandvold');
  await expect(page.locator('.reader__text .highlight--direct')).toHaveText(QUOTE);
});
