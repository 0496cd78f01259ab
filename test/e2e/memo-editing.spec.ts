// Editing a memo without losing its quotations: a deleted quotation comes back with Ctrl+Z,
// typing over a selected quotation writes after it, the memo saved and reloaded holds every
// quotation, and an earlier version can be restored from the memo's History. Fictional seed
// corpus (test/fixtures/seed-corpus).
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { compileMemo, markQuotation } from '../helpers/memo';
import { importArticles, openArticle } from '../helpers/reader';

const ARTICLE = 'Inner Sea states and Calmora deepen ties at Port Aster ministers’ meeting';
const FIRST =
  'We are building every condition for our format to become a model among the partnerships of the Inner Sea.';
// Not a span the quote finder suggests, so marking it is the plain Quote flow.
const SECOND = 'The ministers agreed to set up a working group on customs procedures';

async function memoWithTwoQuotations(page: Page): Promise<void> {
  await importArticles(page);
  await openArticle(page, ARTICLE);
  await markQuotation(page, { text: FIRST, speaker: 'Ottilie Brandvold', tag: 'formats' });
  await markQuotation(page, { text: SECOND, speaker: 'Teodor Quill', tag: 'partners' });
  await compileMemo(page, 'Port Aster partners', ['formats', 'partners']);
  await expect(memoQuotations(page)).toHaveCount(2);
}

const editor = (page: Page) => page.getByRole('textbox', { name: 'Memo text' });
const memoQuotations = (page: Page) => editor(page).locator('.memo-quotation');
const undoKey = 'ControlOrMeta+z';

test('a quotation deleted in the memo comes back with Ctrl+Z, and after saving and reloading the memo holds every quotation', async ({
  page,
}) => {
  await memoWithTwoQuotations(page);
  await memoQuotations(page).filter({ hasText: SECOND }).click();
  await expect(editor(page).locator('.ProseMirror-selectednode')).toContainText(SECOND);
  await page.keyboard.press('Delete');
  await expect(memoQuotations(page)).toHaveCount(1);
  await page.keyboard.press(undoKey);
  await expect(memoQuotations(page)).toHaveCount(2);
  await expect(memoQuotations(page).filter({ hasText: SECOND })).toHaveCount(1);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(memoQuotations(page)).toHaveCount(1);
  await page.keyboard.press(undoKey);
  await expect(memoQuotations(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.memo__status')).toHaveText('Saved');
  await page.reload();
  await page
    .getByRole('list', { name: 'Saved memos' })
    .getByRole('button', { name: /Port Aster partners/ })
    .click();
  await expect(memoQuotations(page)).toHaveCount(2);
  await expect(memoQuotations(page).filter({ hasText: FIRST })).toHaveCount(1);
  await expect(memoQuotations(page).filter({ hasText: SECOND })).toHaveCount(1);
});

test('typing over a selected quotation leaves it and writes after it', async ({ page }) => {
  await memoWithTwoQuotations(page);
  const first = memoQuotations(page).filter({ hasText: FIRST });
  await first.click();
  await expect(editor(page).locator('.ProseMirror-selectednode')).toContainText(FIRST);
  await page.keyboard.type('Noted');
  await expect(memoQuotations(page)).toHaveCount(2);
  await expect(first).toContainText(FIRST);
  await expect(editor(page).locator('p', { hasText: /^Noted$/ })).toHaveCount(1);
  await page.screenshot({ path: '/work/shots/memo-editor-typed-after-quotation.png' });

  // Leaving the memo saves it; the quotation is still there when it is opened again.
  await openArticle(page, ARTICLE);
  await page
    .getByRole('list', { name: 'Saved memos' })
    .getByRole('button', { name: /Port Aster partners/ })
    .click();
  await expect(memoQuotations(page)).toHaveCount(2);
  await expect(editor(page)).toContainText('Noted');
  // The memo's tools stay within the pane at the smallest supported window.
  await page.setViewportSize({ width: 1024, height: 700 });
  const pane = await editor(page).boundingBox();
  const history = await page.getByRole('button', { name: 'Versions', exact: true }).boundingBox();
  expect(history!.x + history!.width).toBeLessThanOrEqual(pane!.x + pane!.width + 1);
  await page.screenshot({ path: '/work/shots/memo-editor-1024x700.png' });
});

test('a memo version can be restored from its History, and the restore undone', async ({
  page,
}) => {
  await memoWithTwoQuotations(page);
  await editor(page).locator('h1, h2').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('A paragraph to regret.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.memo__status')).toHaveText('Saved');

  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'Memo history' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await history.getByRole('button', { name: 'Compare' }).click();
  await expect(history.locator('ins')).toContainText('A paragraph to regret.');
  await page.screenshot({ path: '/work/shots/memo-editor-history.png' });
  await history.getByRole('button', { name: 'Restore' }).click();
  await expect(history).toHaveCount(0);
  await expect(editor(page)).not.toContainText('A paragraph to regret.');
  await expect(memoQuotations(page)).toHaveCount(2);

  await page.reload();
  await page
    .getByRole('list', { name: 'Saved memos' })
    .getByRole('button', { name: /Port Aster partners/ })
    .click();
  await expect(editor(page)).not.toContainText('A paragraph to regret.');
  // The restore kept what it replaced: restoring that version brings the paragraph back.
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  await expect(history.getByRole('row')).toHaveCount(3);
  await history.getByRole('row').nth(1).getByRole('button', { name: 'Restore' }).click();
  await expect(editor(page)).toContainText('A paragraph to regret.');
  await page.keyboard.press(undoKey);
  await expect(editor(page)).not.toContainText('A paragraph to regret.');
});
