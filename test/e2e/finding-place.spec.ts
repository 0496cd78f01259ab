// Finding your place: a reload comes back to the open article, how far down it was read and the
// library's sort; a passage jumped to is centred; a paste with the article text focused imports.
import { test, expect } from '../helpers/fixtures';
import { importArticles, openArticle } from '../helpers/reader';

const ARTICLE = 'Inner Sea countries, Calmora strengthen cooperation';

test('a reload keeps the open article, its scroll position and the sort', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await importArticles(page);
  await page.getByRole('combobox', { name: 'Sort articles' }).selectOption('title');
  // Wait for the list to be redrawn in title order, so the click lands on the row it means.
  const titles = page.getByRole('list', { name: 'Articles' }).locator('.library__title');
  await expect
    .poll(async () => {
      const shown = await titles.allTextContents();
      return shown.length > 1 && shown.every((title, i) => i === 0 || shown[i - 1]! <= title);
    })
    .toBe(true);
  await openArticle(page, ARTICLE);
  const pane = page.getByRole('main', { name: 'Article' });
  await pane.evaluate((element) => (element.scrollTop = 150));
  await expect.poll(() => pane.evaluate((element) => element.scrollTop)).toBe(150);
  // The position is written on the next frame after scrolling stops.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: ARTICLE })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Sort articles' })).toHaveValue('title');
  await expect.poll(() => pane.evaluate((element) => element.scrollTop)).toBe(150);
});

test('pasting with the article text focused imports the pasted article', async ({ page }) => {
  await importArticles(page);
  await openArticle(page, ARTICLE);
  await page.locator('.reader__text').focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData(
      'text/plain',
      'Ferry fares frozen in Brennmoor\n\nThe harbour board kept fares at last year’s level, its chair Lena Marsh said on Friday, citing fuel prices that have eased since spring.',
    );
    document
      .querySelector('.reader__text')!
      .dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
  });
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ferry fares frozen in Brennmoor' }),
  ).toBeVisible();
});

test('a search hit opens its article with every match marked, F3 moving to the next', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await importArticles(page);
  await page.getByRole('combobox', { name: /Search/ }).fill('Calmora');
  await page.getByRole('option', { name: new RegExp(ARTICLE) }).click();
  await expect(page.getByRole('heading', { level: 1, name: ARTICLE })).toBeVisible();
  const matches = page.locator('.reader__text .find-match');
  const current = page.locator('.reader__text .find-match--current');
  expect(await matches.count()).toBeGreaterThan(2);
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();
  const first = await current.evaluate((element) => element.getBoundingClientRect().top);
  await page.keyboard.press('F3');
  await expect
    .poll(() => current.evaluate((element) => element.getBoundingClientRect().top))
    .not.toBe(first);
  await page.keyboard.press('Shift+F3');
  await expect
    .poll(() => current.evaluate((element) => element.getBoundingClientRect().top))
    .toBe(first);
});
