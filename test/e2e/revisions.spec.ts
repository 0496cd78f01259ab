// Revisions, not duplicates: re-importing a revised copy of an article offers to update it;
// Update keeps the old text as a version and re-anchors the analyst's quotation at its moved
// place. Fictional article; the file is handed to the picker as bytes, as a browser gives it.
import { test, expect } from '../helpers/fixtures';
import { markQuote, openArticle, selectText } from '../helpers/reader';
import type { Page } from '@playwright/test';

const TITLE = 'Harbour board doubles the Brackwater ferry';
const OPENING =
  'The Brackwater ferry will run twice a day from June, the harbour board said on Monday.';
const QUOTE = 'We cannot keep the island waiting for the tide';
const QUOTE_PARAGRAPH = `“${QUOTE},” said Ilse Marrow, who chairs the board.`;
const CLOSING = 'The crossing takes forty minutes in calm weather.';
const INSERTED =
  'Islanders had asked for a second sailing since the winter storms closed the quay.';

function article(paragraphs: string[]): string {
  return [
    '---',
    `title: ${TITLE}`,
    'publisher: The Brackwater Gazette',
    'url: https://brackwater-gazette.example/ferry',
    '---',
    '',
    paragraphs.join('\n\n'),
    '',
  ].join('\n');
}

async function importFile(page: Page, content: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'ferry.md', mimeType: 'text/markdown', buffer: Buffer.from(content) });
}

test('re-importing a revised article and choosing Update keeps the quotation highlighted at its moved place and lists the old version', async ({
  page,
}) => {
  await importFile(page, article([OPENING, QUOTE_PARAGRAPH, CLOSING]));
  await expect(page.getByText('1 imported.')).toBeVisible();
  await openArticle(page, TITLE);
  await markQuote(page, { text: QUOTE, speaker: 'Ilse Marrow', tag: 'ferries' });
  // Q on a passage the quote finder proposed stores the proposal's span, which may take in the
  // comma before the attribution; whichever it is, the same text must be re-anchored below.
  const marked = page.locator('.reader__text .highlight--direct');
  await expect(marked).toContainText(QUOTE);
  const markedText = (await marked.textContent()) ?? '';

  await importFile(page, article([OPENING, INSERTED, QUOTE_PARAGRAPH, CLOSING]));
  const dialog = page.getByRole('dialog', { name: `A newer version of “${TITLE}”` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    'Update it? Its 1 highlight will be re-anchored; the old text is kept.',
  );
  await expect(dialog.getByRole('button', { name: 'Update' })).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Keep both' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Skip' })).toBeVisible();
  await page.screenshot({ path: '/tmp/revision-dialog.png' });
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);

  await expect(page.getByText(`Updated “${TITLE}”: 1 highlight re-anchored.`)).toBeVisible();
  const text = page.locator('.reader__text');
  await expect(text).toContainText(INSERTED);
  await expect(marked).toHaveText(markedText);
  const order = await text.evaluate(
    (root, [inserted, quote]) => {
      const content = root.textContent ?? '';
      return content.indexOf(inserted!) < content.indexOf(quote!);
    },
    [INSERTED, QUOTE],
  );
  expect(order, 'the inserted paragraph sits above the quotation').toBe(true);
  await expect(
    page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: new RegExp(TITLE) }),
  ).toHaveCount(1);
  // The highlight is stored where it now is: selecting the quotation finds it in the text.
  await selectText(page, QUOTE);

  await page.getByRole('button', { name: 'Versions' }).click();
  const versions = page.getByRole('dialog', { name: `Versions of “${TITLE}”` });
  const earlier = versions.getByRole('list', { name: 'Earlier versions' }).getByRole('listitem');
  await expect(earlier).toHaveCount(2);
  await expect(earlier.nth(0)).toContainText('Current version');
  await earlier
    .nth(1)
    .getByRole('button', { name: /^Read the version replaced/ })
    .click();
  const oldText = versions.getByRole('document', { name: 'Earlier text (read-only)' });
  await expect(oldText).toContainText(QUOTE_PARAGRAPH);
  await expect(oldText).not.toContainText(INSERTED);
  await page.screenshot({ path: '/tmp/revision-versions.png' });
  await page.keyboard.press('Escape');
  await expect(versions).toHaveCount(0);
});

test('Skip leaves the article as it was and imports nothing', async ({ page }) => {
  await importFile(page, article([OPENING, QUOTE_PARAGRAPH, CLOSING]));
  await expect(page.getByText('1 imported.')).toBeVisible();
  await importFile(page, article([OPENING, INSERTED, QUOTE_PARAGRAPH]));
  const dialog = page.getByRole('dialog', { name: `A newer version of “${TITLE}”` });
  await dialog.getByRole('button', { name: 'Skip' }).click();
  await expect(dialog).toHaveCount(0);
  await openArticle(page, TITLE);
  await expect(page.locator('.reader__text')).not.toContainText(INSERTED);
  await expect(
    page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: new RegExp(TITLE) }),
  ).toHaveCount(1);
});
