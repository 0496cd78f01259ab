// Statements across outlets through the UI: a minister's remark, accepted from the quote
// finder in one article, is shown with the other outlet's wording of it and the words that
// differ marked. On two fictional outlets (always), and on the shared corpus where it is beside
// the clone: the statement the spec finds by the word "flagship", carried by two outlets.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../helpers/fixtures';
import type { Page } from '@playwright/test';
import { importArticles, openArticle } from '../helpers/reader';
import { hasShared, repoRoot, sharedCorpus, SHARED_SKIPPED } from '../helpers/shared';

const FIXTURES = path.join(repoRoot, 'test/fixtures/corroboration');

/** Accepts the first suggestion whose text has `words`; returns the speaker it names. */
async function acceptSuggestionWith(page: Page, words: string): Promise<string> {
  const suggestions = page.getByRole('region', { name: 'Suggestions' });
  const item = suggestions.locator('.suggestion-item').filter({ hasText: words }).first();
  await expect(item).toBeVisible();
  const group = suggestions
    .locator('.suggestions__group')
    .filter({ has: page.locator('.suggestion-item').filter({ hasText: words }) })
    .first();
  const label = (await group.locator('.suggestions__speaker > span').first().textContent()) ?? '';
  await item.getByRole('button', { name: 'Accept' }).click();
  await expect(
    page
      .getByRole('list', { name: 'Annotations in reading order' })
      .getByRole('listitem')
      .filter({ hasText: words }),
  ).toBeVisible();
  return label.replace(/ \(\d+\)$/, '');
}

async function showStatementsOf(page: Page, speaker: string): Promise<void> {
  await page
    .getByRole('list', { name: 'Speakers in the notebook' })
    .getByRole('button', { name: new RegExp(speaker) })
    .click();
  await page.getByRole('button', { name: 'Statements across outlets' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('statements across outlets');
}

test('a minister’s remark in two fictional outlets is shown with both wordings and the difference marked', async ({
  page,
}) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (
    await chooser
  ).setFiles([
    path.join(FIXTURES, 'northern-rim-courier.txt'),
    path.join(FIXTURES, 'harbour-gazette.txt'),
  ]);
  await expect(page.getByText('2 imported.')).toBeVisible();
  await openArticle(page, 'Northern Rim ministers prepare the ground for the Vessmark summit');
  const speaker = await acceptSuggestionWith(page, 'the beacon among the NRF formats');
  expect(speaker).toBe('Arvid Kholmenko');
  await showStatementsOf(page, speaker);

  const statements = page.getByRole('list', { name: 'Statements' }).getByRole('listitem');
  const statement = statements.filter({ hasText: 'the beacon among the NRF formats' });
  await expect(statement).toHaveCount(1);
  await expect(statement).toContainText('Reported by 2 articles');
  // The minister's other remark, on the same summit, is not this statement.
  await expect(statement).not.toContainText('rail tariffs');
  const other = statement.getByRole('list', { name: 'Other outlets' }).getByRole('listitem');
  await expect(other).toHaveCount(1);
  await expect(other).toContainText('Ostvald wants the Northern Rim council to lead the region');
  await expect(other.locator('ins', { hasText: 'mark' })).toBeVisible();
  await expect(other.locator('del', { hasText: 'open' })).toBeVisible();
  // Named for screen readers too, not by colour alone.
  await expect(other.locator('ins').first()).toContainText('only in this outlet');
  await expect(other).toContainText('The wording differs; no negation, number');
  await page.screenshot({ path: '/work/shots/corroboration-fictional.png' });
  await statement.screenshot({ path: '/work/shots/corroboration-fictional-statement.png' });
  const audit = await new AxeBuilder({ page }).include('.corroboration').analyze();
  expect(
    audit.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id),
  ).toEqual([]);

  await other.getByRole('button', { name: /Ostvald wants the Northern Rim council/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Ostvald wants the Northern Rim council to lead the region',
  );
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''))
    .toContain('We are laying every foundation');
});

test.describe('the shared corpus', () => {
  test.skip(!hasShared, SHARED_SKIPPED);

  test('the Kazakh minister’s “flagship” statement is shown from the two outlets that carry it', async ({
    page,
  }) => {
    await importArticles(page, sharedCorpus);
    await page.getByRole('combobox', { name: 'Search articles' }).fill('flagship');
    const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(results).toHaveCount(2);
    await results.first().click();
    const speaker = await acceptSuggestionWith(page, 'flagship');
    await showStatementsOf(page, speaker);

    const statement = page
      .getByRole('list', { name: 'Statements' })
      .getByRole('listitem')
      .filter({ has: page.locator('blockquote', { hasText: 'flagship' }) });
    await expect(statement).toHaveCount(1);
    await expect(statement).toContainText('Reported by 2 articles');
    const other = statement.getByRole('list', { name: 'Other outlets' }).getByRole('listitem');
    await expect(other).toHaveCount(1);
    await expect(other.locator('.corroboration__wording')).toContainText('flagship');
    await expect(other.locator('ins').first()).toBeVisible();
    await expect(other.locator('del').first()).toBeVisible();
    await page.screenshot({ path: '/work/shots/corroboration-corpus.png' });
    await statement.screenshot({ path: '/work/shots/corroboration-corpus-statement.png' });

    // The passage only the finder found becomes the minister's quotation, so a memo cites it.
    await other.getByRole('button', { name: 'Mark as quotation' }).click();
    await expect(other).toContainText('your highlight');
    await expect(other.getByRole('button', { name: 'Mark as quotation' })).toHaveCount(0);
  });
});
