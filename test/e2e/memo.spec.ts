import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../helpers/fixtures';
import { seedCorpus } from '../helpers/shared';
import { importArticles, markQuote, openArticle } from '../helpers/reader';

const ARTICLE = 'Inner Sea states and Calmora deepen ties at Port Aster ministers’ meeting';
const QUOTE =
  'We are building every condition for our format to become a model among the partnerships of the Inner Sea.';

test('a memo built from tagged quotes can be edited, saved, reopened, exported and checked against its sources', async ({
  page,
}) => {
  await importArticles(page);
  await openArticle(page, ARTICLE);
  await markQuote(page, { text: QUOTE, speaker: 'Ottilie Brandvold', tag: 'multilateralism' });
  await expect(
    page
      .getByRole('region', { name: 'Annotations' })
      .getByRole('list', { name: 'Annotations in reading order' })
      .getByRole('listitem')
      .filter({ hasText: QUOTE }),
  ).toBeVisible();

  await page.getByRole('banner').getByRole('button', { name: 'New memo…' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Multilateral formats');
  await page.getByRole('checkbox', { name: /multilateralism/ }).check();
  await page.getByRole('button', { name: 'Compile memo' }).click();

  const editor = page.getByRole('textbox', { name: 'Memo text' });
  await expect(editor.locator('.memo-quotation')).toContainText(QUOTE);
  await editor.locator('h1, h2').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Veldora wants the format to lead.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.reload();
  await page
    .getByRole('list', { name: 'Saved memos' })
    .getByRole('button', { name: /Multilateral formats/ })
    .click();
  await expect(page.getByRole('textbox', { name: 'Memo text' })).toContainText(
    'Veldora wants the format to lead.',
  );

  const downloading = page.waitForEvent('download');
  await page.getByRole('combobox', { name: 'Export memo as' }).selectOption('md');
  const file = await (await downloading).path();
  const markdown = readFileSync(file!, 'utf8');
  expect(markdown).toContain('Veldora wants the format to lead.');
  // Quotations are printed in quotation marks the memo adds; the words inside are the source's.
  const quoted = [...markdown.matchAll(/^> (?!—)(.+)$/gm)]
    .map((match) => match[1]!.replace(/^“/, '').replace(/”$/, ''))
    .filter((line) => line.trim().length > 0);
  expect(quoted.length).toBeGreaterThan(0);
  const source = readFileSync(path.join(seedCorpus.dir, '02-port-aster-meeting.txt'), 'utf8');
  for (const line of quoted) expect(source).toContain(line);

  await page.getByRole('button', { name: 'Check sources' }).click();
  await expect(page.getByText('Every quotation matches its source.')).toBeVisible();

  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: new RegExp(ARTICLE) })
    .click();
  const item = page
    .getByRole('region', { name: 'Annotations' })
    .getByRole('list', { name: 'Annotations in reading order' })
    .getByRole('listitem')
    .filter({ hasText: QUOTE });
  await item.getByRole('button', { name: /Ottilie Brandvold/ }).click();
  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(item).toHaveCount(0);

  await page
    .getByRole('list', { name: 'Saved memos' })
    .getByRole('button', { name: /Multilateral formats/ })
    .click();
  await page.getByRole('button', { name: 'Check sources' }).click();
  await expect(page.getByText(/1 quotation no longer matches the source/)).toBeVisible();
  await expect(page.locator('.memo-quotation--flagged')).toContainText(QUOTE);
  await expect(page.getByRole('region', { name: 'Source check' })).toContainText(
    QUOTE.slice(0, 40),
  );
});
