// The Figures view through the UI: the numeric claims of the imported articles gathered by
// measure and period, who claims each, the disputes flagged in words, a chart of the values,
// and a figure opening its article at the passage. On the fictional figures fixtures (always),
// and on the shared corpus where it is beside the clone: the 2024 trade figures side by side.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../helpers/fixtures';
import type { Page } from '@playwright/test';
import { articleFiles } from '../helpers/reader';
import { hasShared, repoRoot, sharedCorpus, SHARED_SKIPPED } from '../helpers/shared';

const FIXTURES = path.join(repoRoot, 'test/fixtures/figures');

async function importFiles(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(files);
  await expect(page.getByText(`${files.length} imported.`)).toBeVisible();
}

async function openFigures(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Figures', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Figures' })).toBeVisible();
}

test('figures of fictional articles are shown by measure, with their sources, disputes and a chart', async ({
  page,
}) => {
  await importFiles(page, [
    path.join(FIXTURES, 'harbour-trade.txt'),
    path.join(FIXTURES, 'mill-investment.txt'),
    path.join(FIXTURES, 'rail-corridor.txt'),
  ]);
  await openFigures(page);

  const trade = page.locator('.figures-measure', {
    has: page.getByRole('heading', { level: 3, name: 'Trade, Kestria–Norvania' }),
  });
  await expect(trade).toBeVisible();
  const year = trade.locator('.figures-period', {
    has: page.getByRole('heading', { name: /^2030/ }),
  });
  await expect(year).toContainText('In dispute: the sources differ beyond rounding');
  const rows = year.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('$12.4 billion');
  await expect(rows.nth(0)).toContainText('Ilsa Varenko');
  await expect(year.locator('tbody')).toContainText('Kestrian statistics office');
  await expect(year.locator('tbody')).toContainText('Norvanian side');
  await expect(year.getByRole('img')).toHaveAttribute(
    'aria-label',
    /Ilsa Varenko \$12\.4 billion.*Kestrian statistics office \$9\.7 billion/u,
  );
  // A goal is not a dispute: the 2035 target (of both governments, no parties named) stands apart.
  const goal = page
    .locator('.figures-measure', {
      has: page.getByRole('heading', { level: 3, name: 'Trade', exact: true }),
    })
    .locator('.figures-period', { has: page.getByRole('heading', { name: /^2035/ }) });
  await expect(goal).toContainText('Target');
  await expect(goal).toContainText('$20 billion');
  await expect(goal).not.toContainText('In dispute');
  await page.screenshot({ path: '/work/shots/figures-fictional.png', fullPage: true });

  await rows
    .filter({ hasText: 'Kestrian statistics office' })
    .getByRole('button', { name: 'Norvania and Kestria Agree to Widen Harbour Trade' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Norvania and Kestria Agree to Widen Harbour Trade',
  );
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString()))
    .toBe('$9.7 billion');
});

test('the Figures view has no serious or critical accessibility violations', async ({ page }) => {
  await importFiles(page, [path.join(FIXTURES, 'harbour-trade.txt')]);
  await openFigures(page);
  await expect(page.locator('.figures-chart').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.figures-view').analyze();
  expect(
    results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help}`),
  ).toEqual([]);
});

test('the only-in-dispute filter leaves the measures whose sources disagree', async ({ page }) => {
  await importFiles(page, [
    path.join(FIXTURES, 'harbour-trade.txt'),
    path.join(FIXTURES, 'mill-investment.txt'),
  ]);
  await openFigures(page);
  await expect(page.getByRole('heading', { level: 3, name: 'Investment' })).toBeVisible();
  await page.getByLabel('Only figures in dispute').check();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Trade, Kestria–Norvania']);
});

test('a memo compiled with its “Figures in dispute” table shows the disagreeing figures', async ({
  page,
}) => {
  await importFiles(page, [path.join(FIXTURES, 'harbour-trade.txt')]);
  await page.getByRole('banner').getByRole('button', { name: 'New memo…' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Harbour figures');
  await page.getByRole('checkbox', { name: 'A “Figures in dispute” table' }).check();
  await page.getByRole('button', { name: 'Compile memo' }).click();
  const editor = page.getByRole('textbox', { name: 'Memo text' });
  await expect(editor.getByRole('heading', { name: 'Figures in dispute' })).toBeVisible();
  const table = editor.locator('table.memo-table');
  await expect(table).toContainText('Trade, Kestria–Norvania');
  await expect(table).toContainText('$9.7 billion');
  await expect(table).toContainText('Kestrian statistics office');
  await table.screenshot({ path: '/work/shots/figures-memo-table.png' });
});

test('on the shared corpus, the 2024 trade figures stand side by side with their sources', async ({
  page,
}) => {
  test.skip(!hasShared, SHARED_SKIPPED);
  await importFiles(page, articleFiles(sharedCorpus));
  await openFigures(page);
  const disputed = page.locator('.figures-period--disputed', {
    has: page.getByRole('heading', { name: /^2024/ }),
  });
  await expect(disputed.first()).toBeVisible();
  const figures = disputed
    .filter({ hasText: '$43.8 billion' })
    .filter({ hasText: '$30.05 billion' });
  await expect(figures).toHaveCount(1);
  await expect(figures).toContainText('Chinese customs');
  await expect(figures).toContainText('Kazakh side');
  await page.screenshot({ path: '/work/shots/figures-corpus.png', fullPage: true });
  await figures.screenshot({ path: '/work/shots/figures-corpus-dispute.png' });
});
