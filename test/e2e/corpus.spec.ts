// The real seed corpus (../shared/corpus) through the UI, where it is beside the clone (CI):
// the other specs run on the fictional seed corpus, so this one checks that the articles the
// notebook is first used on import, open, and show the quote finder's suggestions. Skipped,
// with one line from the global setup, where ../shared is missing.
import { test, expect } from '../helpers/fixtures';
import { articleFiles, importArticles, openFirstArticle } from '../helpers/reader';
import { hasShared, sharedCorpus, SHARED_SKIPPED } from '../helpers/shared';

test.skip(!hasShared, SHARED_SKIPPED);

test('the shared corpus imports once, opens, and shows suggestions to review', async ({ page }) => {
  await importArticles(page, sharedCorpus);
  const library = page.getByRole('list', { name: 'Articles' });
  await expect(library.getByRole('listitem')).toHaveCount(5);
  // Three of the five state a publisher (a source credit, a views disclaimer naming the
  // outlet) or a date (a dateline sentence with one); the library shows what they state and
  // invents nothing for the other two.
  await expect(library.getByText('No publisher or date')).toHaveCount(2);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(articleFiles(sharedCorpus));
  await expect(page.getByText('0 imported, 5 already in the notebook.')).toBeVisible();

  await openFirstArticle(page);
  await expect(
    page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Suggestions' }).getByRole('button', { name: /to review/ }),
  ).toBeVisible();
});
