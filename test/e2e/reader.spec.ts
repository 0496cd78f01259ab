import { test, expect } from '../helpers/fixtures';
import { importCorpus, openArticle, selectText } from '../helpers/reader';

const ARTICLE = 'Central Asia and China Deepen Relations at Almaty Foreign Ministers’ Meeting';
const QUOTE =
  'We are creating all conditions for our format to become a flagship among the mechanisms of Central Asia+.';

test('a quotation marked with speaker and tag survives a reload, shows across articles, and its deletion can be undone', async ({
  page,
}) => {
  await importCorpus(page);
  await openArticle(page, ARTICLE);

  await selectText(page, QUOTE);
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  await page.getByLabel('Speaker', { exact: true }).fill('Murat Nurtleu');
  await page.getByRole('option', { name: 'Create speaker “Murat Nurtleu”' }).click();
  await page.getByLabel('Tags', { exact: true }).fill('multilateralism');
  await page.getByLabel('Tags', { exact: true }).press('Enter');
  // Enter adds the tag and keeps the editor open, so the note can still be written.
  await expect(page.getByRole('button', { name: 'Remove tag multilateralism' })).toBeVisible();
  await page.getByLabel('Note', { exact: true }).fill('The format as a flagship.');
  await page.getByRole('button', { name: 'Save' }).click();

  const panel = page.getByRole('region', { name: 'Annotations' });
  const item = panel
    .getByRole('list', { name: 'Annotations in reading order' })
    .getByRole('listitem')
    .filter({ hasText: QUOTE });
  await expect(item).toBeVisible();
  await expect(item).toContainText('Murat Nurtleu');

  await page.reload();
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: new RegExp(ARTICLE) })
    .click();
  await expect(item).toContainText('Murat Nurtleu');
  await expect(item).toContainText('multilateralism');
  await expect(page.locator('.reader__text .highlight--direct')).toHaveText(QUOTE);

  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /Murat Nurtleu/ })
    .click();
  const quotations = page.getByRole('main', { name: 'Article' });
  await expect(quotations.getByRole('heading', { name: 'Murat Nurtleu' })).toBeVisible();
  await expect(quotations.getByText(QUOTE)).toBeVisible();
  await quotations.getByRole('button', { name: new RegExp(ARTICLE) }).click();
  await expect(page.getByRole('heading', { level: 1, name: ARTICLE })).toBeVisible();

  await item.getByRole('button', { name: /Murat Nurtleu/ }).click();
  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(item).toHaveCount(0);
  await page.locator('.reader__text').focus();
  await page.keyboard.press('Control+z');
  await expect(item).toContainText('Murat Nurtleu');
  await expect(page.locator('.reader__text .highlight--direct')).toHaveText(QUOTE);
});
