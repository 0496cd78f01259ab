import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { importArticles, markSelection, openFirstArticle } from '../helpers/reader';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

test('the empty notebook has no serious or critical accessibility violations', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Your notebook is empty' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the reader with an annotation being edited has no serious or critical accessibility violations', async ({
  page,
}) => {
  await importArticles(page);
  await openFirstArticle(page);
  await markSelection(page, 'Calmora');
  await expect(page.getByLabel('Speaker', { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
