import { test, expect } from '../helpers/fixtures';
import { importArticles, openFirstArticle } from '../helpers/reader';

test('opening an article shows the quote finder’s suggestions, and accepting one stores a quotation with its speaker', async ({
  page,
}) => {
  await importArticles(page);
  await openFirstArticle(page);
  const panel = page.getByRole('region', { name: 'Annotations' });
  const suggestions = panel.getByRole('region', { name: 'Suggestions' });
  await expect(suggestions.getByRole('button', { name: /suggestions? to review/ })).toBeVisible();
  await expect(page.locator('.reader__text .suggestion').first()).toBeVisible();

  const attributed = suggestions
    .locator('.suggestions__group')
    .filter({ hasNot: page.getByText(/^(Terms|Speaker unknown) \(/) })
    .first();
  const speakerLabel =
    (await attributed.locator('.suggestions__speaker > span').first().textContent()) ?? '';
  const speaker = speakerLabel.replace(/ \(\d+\)$/, '');
  const first = attributed.locator('.suggestion-item').first();
  const quoted = ((await first.locator('.suggestion-item__text').textContent()) ?? '')
    .replace(/^\S+ quote\s*/, '')
    .replace(/…$/, '');
  await first.getByRole('button', { name: 'Accept' }).click();

  const accepted = panel
    .getByRole('list', { name: 'Annotations in reading order' })
    .getByRole('listitem')
    .filter({ hasText: quoted.slice(0, 40) });
  await expect(accepted).toBeVisible();
  await expect(accepted).toContainText(speaker);
  await expect(page.locator('.reader__text .highlight').first()).toBeVisible();

  await page.reload();
  await openFirstArticle(page);
  await expect(
    panel
      .getByRole('list', { name: 'Annotations in reading order' })
      .getByRole('listitem')
      .filter({ hasText: quoted.slice(0, 40) }),
  ).toContainText(speaker);
});

test('a rejected suggestion stays rejected after a reload', async ({ page }) => {
  await importArticles(page);
  await openFirstArticle(page);
  const suggestions = page.getByRole('region', { name: 'Suggestions' });
  const toggle = suggestions.getByRole('button', { name: /suggestions? to review/ });
  // The count is read once every request the reader made on opening has been answered, so it
  // is the settled count and not one the library showed a moment before.
  await page.waitForLoadState('networkidle');
  await expect(suggestions.locator('.suggestion-item').first()).toBeVisible();
  const before = Number(((await toggle.textContent()) ?? '').match(/\d+/)?.[0]);
  await suggestions
    .locator('.suggestion-item')
    .first()
    .getByRole('button', { name: 'Reject' })
    .click();
  await expect(toggle).toHaveText(new RegExp(`^${before - 1} suggestions? to review`));
  await page.reload();
  await openFirstArticle(page);
  await expect(
    page.getByRole('region', { name: 'Suggestions' }).getByRole('button', { name: /to review/ }),
  ).toHaveText(new RegExp(`^${before - 1} suggestions? to review`));
});
