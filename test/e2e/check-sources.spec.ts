// Check sources that fixes: after a paragraph is added above quoted passages (Correct text…,
// which revises the article and re-anchors its highlights), Check sources flags the memo's
// citations, Fix all updates them as one undoable step, and the exported Markdown cites the new
// paragraph numbers. Fictional seed corpus (test/fixtures/seed-corpus).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { compileMemo, markQuotation } from '../helpers/memo';
import { importArticles, openArticle } from '../helpers/reader';

const ARTICLE = 'Inner Sea states and Calmora deepen ties at Port Aster ministers’ meeting';
const FIRST =
  'We are building every condition for our format to become a model among the partnerships of the Inner Sea.';
// Not a span the quote finder suggests, so marking it is the plain Quote flow.
const SECOND = 'The ministers agreed to set up a working group on customs procedures';
const INSERTED = 'Harbour pilots guided the delegations in through the morning fog.';

async function exportMarkdown(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('combobox', { name: 'Export memo as' }).selectOption('md');
  return readFileSync((await (await downloading).path())!, 'utf8');
}

const paragraphs = (markdown: string) =>
  [...markdown.matchAll(/paragraph (\d+)/g)].map((match) => Number(match[1]));

test('after a paragraph is added above quoted passages, Check sources and Fix all make the export cite the new paragraphs', async ({
  page,
}) => {
  await importArticles(page);
  await openArticle(page, ARTICLE);
  await markQuotation(page, { text: FIRST, speaker: 'Ottilie Brandvold', tag: 'formats' });
  await markQuotation(page, { text: SECOND, speaker: 'Teodor Quill', tag: 'formats' });
  await compileMemo(page, 'Port Aster citations', ['formats']);
  const editor = page.getByRole('textbox', { name: 'Memo text' });
  await expect(editor.locator('.memo-quotation')).toHaveCount(2);
  const before = paragraphs(await exportMarkdown(page));
  expect(before.length).toBeGreaterThanOrEqual(2);

  await openArticle(page, ARTICLE);
  await page.getByRole('button', { name: 'Correct text…' }).click();
  const text = page.getByLabel('Article text');
  const original = await text.inputValue();
  const [title, ...rest] = original.split('\n\n');
  await text.fill([title, INSERTED, ...rest].join('\n\n'));
  await page.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByText(/Text corrected/)).toBeVisible();

  await page
    .getByRole('list', { name: 'Saved memos' })
    .getByRole('button', { name: /Port Aster citations/ })
    .click();
  await page.getByRole('button', { name: 'Check sources' }).click();
  await expect(page.getByText('2 quotations no longer match the source.')).toBeVisible();
  const checks = page.getByRole('region', { name: 'Source check' });
  await expect(checks).toContainText(`now in paragraph ${before[0]! + 1}`);
  await expect(checks.getByRole('button', { name: /Update to paragraph/ })).toHaveCount(2);
  await page.screenshot({ path: '/work/shots/memo-editor-check-sources.png' });

  await checks.getByRole('button', { name: 'Fix all…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Fix 2 source problems' });
  await expect(confirm).toContainText(`Update to paragraph ${before[0]! + 1}`);
  await page.screenshot({ path: '/work/shots/memo-editor-fix-all.png' });
  await confirm.getByRole('button', { name: 'Fix all' }).click();
  await expect(checks).toContainText('All sources check out');
  await expect(page.locator('.memo-quotation--flagged')).toHaveCount(0);

  // Export saves first, finds nothing unresolved, so it asks nothing.
  const after = paragraphs(await exportMarkdown(page));
  expect(after).toEqual(before.map((paragraph) => paragraph + 1));

  await page.getByRole('button', { name: 'Check sources' }).click();
  await expect(page.getByText('Every quotation matches its source.')).toBeVisible();
});

test('exporting a memo whose quotation lost its highlight warns and names it first', async ({
  page,
}) => {
  await importArticles(page);
  await openArticle(page, ARTICLE);
  await markQuotation(page, { text: SECOND, speaker: 'Teodor Quill', tag: 'partners' });
  await compileMemo(page, 'Quill memo', ['partners']);
  await expect(page.locator('.memo-quotation')).toHaveCount(1);

  await openArticle(page, ARTICLE);
  const item = page
    .getByRole('region', { name: 'Annotations' })
    .getByRole('list', { name: 'Annotations in reading order' })
    .getByRole('listitem')
    .filter({ hasText: SECOND });
  await item.getByRole('button', { name: /Teodor Quill/ }).click();
  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(item).toHaveCount(0);

  await page
    .getByRole('list', { name: 'Saved memos' })
    .getByRole('button', { name: /Quill memo/ })
    .click();
  await page.getByRole('combobox', { name: 'Export memo as' }).selectOption('md');
  const warning = page.getByRole('alertdialog', {
    name: '1 quotation has unresolved source problems',
  });
  await expect(warning).toContainText(SECOND);
  await expect(warning).toContainText('has been deleted');
  await page.screenshot({ path: '/work/shots/memo-editor-export-warning.png' });
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(warning).toHaveCount(0);
});
