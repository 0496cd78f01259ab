// Figures can be highlighted and cited like quotations: F marks a selected figure in the
// reader, it is drawn as a figure, a memo that asks for figures lists it, and the Figures
// view's "Mark as figure" opens a figure's passage and marks it. Fictional articles only.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { openArticle, selectText } from '../helpers/reader';
import { repoRoot } from '../helpers/shared';

const FIXTURES = path.join(repoRoot, 'test/fixtures/figures');
const ARTICLE = 'Norvania and Kestria Agree to Widen Harbour Trade';
const FIGURE = '$9.7 billion';

async function importHarbourTrade(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles([path.join(FIXTURES, 'harbour-trade.txt')]);
  await expect(page.getByText('1 imported.')).toBeVisible();
}

test('a figure marked with F shows as a figure and a memo asking for figures cites it', async ({
  page,
}) => {
  await importHarbourTrade(page);
  await openArticle(page, ARTICLE);
  await selectText(page, FIGURE);
  await page.keyboard.press('f');

  const marked = page.locator('.reader__text .highlight--figure');
  await expect(marked).toHaveText(FIGURE);
  await expect(marked).toHaveAttribute('title', /^Figure/);
  // Like a quotation, a new figure opens its card, so a speaker can be named; none is here.
  // The select's label also holds its options' text, so it is found by its id.
  await expect(page.locator('#annotation-kind')).toHaveValue('figure');
  await page.getByRole('button', { name: 'Save' }).click();
  const panel = page.getByRole('region', { name: 'Annotations' });
  const item = panel
    .getByRole('list', { name: 'Annotations in reading order' })
    .getByRole('listitem')
    .filter({ hasText: FIGURE });
  await expect(item.locator('.kind-badge--figure')).toHaveText('Figure');
  await page.screenshot({ path: '/work/shots/figure-kind-reader.png' });
  await marked.locator('xpath=ancestor::p[1]').screenshot({
    path: '/work/shots/figure-kind-highlight.png',
  });

  await page.getByRole('banner').getByRole('button', { name: 'New memo…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New memo' });
  await dialog.getByRole('checkbox', { name: 'Figures', exact: true }).check();
  await dialog.getByRole('button', { name: 'Compile memo' }).click();
  const editor = page.getByRole('textbox', { name: 'Memo text' });
  await expect(editor.locator('h2')).toContainText(['Figures stated by the articles']);
  await expect(editor).toContainText(FIGURE);
  await page.screenshot({ path: '/work/shots/figure-kind-memo.png' });
});

test('"Mark as figure" in the Figures view opens the passage marked as a figure', async ({
  page,
}) => {
  await importHarbourTrade(page);
  await page.getByRole('button', { name: 'Figures', exact: true }).click();
  const row = page.locator('.figures-table__row').filter({ hasText: 'Kestrian statistics office' });
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/work/shots/figure-kind-figures-view.png' });
  await row.getByRole('button', { name: 'Mark as figure' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE);
  await expect(page.locator('.reader__text .highlight--figure')).toHaveText(FIGURE);
});
