// The New memo dialog's options reach the memo: title block (date line, author,
// classification), grouping by speaker then tag, reported speech as a sentence, and the
// dialog fits the window at 1024×700 and 1440×900. Fictional seed articles.
import { readFileSync } from 'node:fs';
import { test, expect } from '../helpers/fixtures';
import { markQuotation } from '../helpers/memo';
import { importArticles, openArticle } from '../helpers/reader';

const ARTICLE = 'Inner Sea states and Calmora deepen ties at Port Aster ministers’ meeting';
const QUOTE =
  'We are building every condition for our format to become a model among the partnerships of the Inner Sea.';

for (const size of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test(`the New memo dialog shows every option within the window at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await importArticles(page);
    await page.getByRole('banner').getByRole('button', { name: 'New memo…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New memo' });
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    for (const label of ['Title', 'Date line', 'Author', 'Classification'])
      await expect(dialog.getByLabel(label, { exact: true })).toBeVisible();
    // A select's label also holds its options' text, so these are found by their ids.
    for (const id of ['#memo-group', '#memo-then-by', '#memo-tag-listing'])
      await expect(dialog.locator(id)).toBeVisible();
    await expect(
      dialog.getByRole('checkbox', { name: 'Passages without a speaker' }),
    ).toBeVisible();
    await page.screenshot({
      path: `/work/shots/memo-prose-compose-${size.width}x${size.height}.png`,
    });
    await dialog.getByRole('button', { name: 'Compile memo' }).scrollIntoViewIfNeeded();
    await expect(dialog.getByRole('button', { name: 'Compile memo' })).toBeInViewport();
  });
}

test('a memo compiled with a title block and nested grouping exports them', async ({ page }) => {
  await importArticles(page);
  await openArticle(page, ARTICLE);
  await markQuotation(page, { text: QUOTE, speaker: 'Ottilie Brandvold', tag: 'formats' });
  await page.getByRole('banner').getByRole('button', { name: 'New memo…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New memo' });
  await dialog.getByLabel('Title', { exact: true }).fill('Port Aster formats');
  await dialog.getByLabel('Date line', { exact: true }).fill('2 May 2031');
  await dialog.getByLabel('Author', { exact: true }).fill('Inner Sea desk');
  await dialog.getByLabel('Classification', { exact: true }).fill('OFFICIAL');
  await dialog.locator('#memo-then-by').selectOption('tag');
  await dialog.getByRole('button', { name: 'Compile memo' }).click();
  const editor = page.getByRole('textbox', { name: 'Memo text' });
  await expect(editor.locator('h3')).toHaveText('formats');
  await page.screenshot({ path: '/work/shots/memo-prose-memo-1440x900.png' });

  const downloading = page.waitForEvent('download');
  await page.getByRole('combobox', { name: 'Export memo as' }).selectOption('md');
  const markdown = readFileSync((await (await downloading).path())!, 'utf8');
  expect(markdown).toContain(
    '**OFFICIAL**\n\n# Port Aster formats\n\n2 May 2031\n\nPrepared by Inner Sea desk',
  );
  expect(markdown).toContain('## Ottilie Brandvold\n\n### formats\n\n> “' + QUOTE + '”');
  expect(markdown).toContain('## Sources');

  // The memo's options stay visible and editable: regroup it by tag and rebuild it.
  await page.getByRole('button', { name: 'Options…' }).click();
  const options = page.getByRole('dialog', { name: 'Memo options' });
  await expect(options.getByLabel('Author', { exact: true })).toHaveValue('Inner Sea desk');
  await expect(options.locator('#memo-then-by')).toHaveValue('tag');
  await options.locator('#memo-group').selectOption('tag');
  await options.locator('#memo-then-by').selectOption('');
  await options.getByRole('checkbox', { name: /Rebuild the quotations/ }).check();
  await options.getByRole('button', { name: 'Apply options' }).click();
  await expect(editor.locator('h2').first()).toHaveText('formats');
  await expect(editor.locator('h3')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
});
