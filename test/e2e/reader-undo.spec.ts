// Undo in the reader acts on the open article's annotations only: Ctrl+Z in one article never
// takes back a change in another, nor brings back a deleted article (that has the Trash); the
// status bar says what was undone; the History dialog reverts a change from any article.
import { test, expect } from '../helpers/fixtures';
import { importArticles, openArticle, selectText } from '../helpers/reader';

const FIRST = 'Calmora is ready to deepen ties with the Inner Sea states';
const SECOND = 'Inner Sea countries, Calmora strengthen cooperation';
const IN_FIRST = 'devoted to regional cooperation';
const IN_SECOND = 'trade and transport';

test('undo in one article never changes another, and a deleted article comes back only from its Undo or the Trash', async ({
  page,
}) => {
  await importArticles(page);
  const highlights = page.locator('.reader__text .highlight');
  const status = page.locator('.status-bar__text');
  const library = page.getByRole('list', { name: 'Articles' });

  await openArticle(page, FIRST);
  await selectText(page, IN_FIRST);
  await page.keyboard.press('h');
  await expect(highlights).toHaveText([IN_FIRST]);

  await openArticle(page, SECOND);
  await selectText(page, IN_SECOND);
  await page.keyboard.press('h');
  await expect(highlights).toHaveText([IN_SECOND]);

  await page.locator('.reader__text').focus();
  await page.keyboard.press('Control+z');
  await expect(highlights).toHaveCount(0);
  await expect(status).toHaveText(`Undid: Add highlight “${IN_SECOND}”`);
  // The first article's highlight is later in no journal of this one: nothing more to undo.
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('Nothing to undo in this article.');

  await openArticle(page, FIRST);
  await expect(highlights).toHaveText([IN_FIRST]);
  // Redo here must not re-apply the change undone in the second article.
  await page.locator('.reader__text').focus();
  await page.keyboard.press('Control+Shift+z');
  await expect(status).toHaveText('Nothing to redo in this article.');
  await expect(highlights).toHaveText([IN_FIRST]);

  await page
    .getByRole('article')
    .getByRole('button', { name: 'Delete', exact: true })
    .first()
    .click();
  await expect(page.getByText(`Moved “${FIRST}” to the Trash.`)).toBeVisible();
  await expect(library.getByRole('button', { name: new RegExp(FIRST) })).toHaveCount(0);

  await openArticle(page, SECOND);
  await page.locator('.reader__text').focus();
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('Nothing to undo in this article.');
  await expect(library.getByRole('button', { name: new RegExp(FIRST) })).toHaveCount(0);

  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = page.getByRole('dialog', { name: 'Trash' });
  await expect(trash).toContainText('1 annotation');
  await trash.getByRole('button', { name: `Restore “${FIRST}”` }).click();
  await expect(trash).toContainText(`Restored “${FIRST}” with its 1 annotation.`);
  await trash.getByRole('button', { name: 'Close' }).click();
  await expect(library.getByRole('button', { name: new RegExp(FIRST) })).toHaveCount(1);
});

test('the History dialog lists changes with their article and reverts one from another article', async ({
  page,
}) => {
  await importArticles(page);
  const highlights = page.locator('.reader__text .highlight');

  await openArticle(page, FIRST);
  await selectText(page, IN_FIRST);
  await page.keyboard.press('h');
  await expect(highlights).toHaveText([IN_FIRST]);
  await openArticle(page, SECOND);

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'Annotation history' });
  const entry = history.getByRole('listitem').filter({ hasText: `Add highlight “${IN_FIRST}”` });
  await expect(entry).toContainText(FIRST);
  await entry.getByRole('button', { name: 'Revert' }).click();
  await expect(history).toContainText(`Reverted: Add highlight “${IN_FIRST}” (in “${FIRST}”).`);
  await history.getByRole('listitem').first().getByRole('button', { name: FIRST }).click();
  await expect(page.getByRole('heading', { level: 1, name: FIRST })).toBeVisible();
  await expect(highlights).toHaveCount(0);

  // The revert is itself a change of that article, so Ctrl+Z there undoes it.
  await page.locator('.reader__text').focus();
  await page.keyboard.press('Control+z');
  await expect(highlights).toHaveText([IN_FIRST]);
});
