// The library at scale: a notebook of 20,000 short fictional articles, generated straight into
// SQLite (test/helpers/generate-notebook.ts) before the web host opens it, scrolled to its
// last article by the keyboard (End) and by the mouse wheel, and that article opened. The
// 100,000 case runs in the benchmark (test/bench/ui.ts), which uses the same generator.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, repoRoot } from '../helpers/fixtures';

const COUNT = 20_000;

interface Generated {
  dbFile: string;
  /** The first generated article: the last row under "Recently imported". */
  firstTitle: string;
  lastTitle: string;
  milliseconds: number;
}

const test = base.extend<{ generated: Generated }>({
  // Generated in a child process: the spec's own loader cannot load better-sqlite3.
  // eslint-disable-next-line no-empty-pattern
  generated: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-scale-'));
    const output = execFileSync(
      process.execPath,
      [
        path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
        path.join(repoRoot, 'test/helpers/generate-notebook-run.ts'),
        path.join(dataDir, 'notebook.sqlite'),
        String(COUNT),
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    const generated = JSON.parse(output) as Generated;
    console.log(`Generated ${COUNT.toLocaleString()} articles in ${generated.milliseconds} ms`);
    await use(generated);
    rmSync(dataDir, { recursive: true, force: true });
  },
  notebook: async ({ generated }, use) => {
    await use({ dataDir: path.dirname(generated.dbFile), dbFile: generated.dbFile });
  },
});

// Generating 20,000 articles takes a few seconds on a quiet machine, several on a busy one.
test.describe.configure({ timeout: 180_000 });

test('End takes the library to the last of 20,000 articles, and Enter opens it', async ({
  page,
  generated,
}) => {
  const library = page.getByRole('list', { name: 'Articles' });
  await expect(page.locator('.library__count')).toHaveText((20_000).toLocaleString('en-US'));
  // Recently imported first: the first generated article is the last row.
  const oldest = generated.firstTitle;
  const first = library.getByRole('button').first();
  await expect(first).toHaveText(new RegExp(escape(generated.lastTitle)));
  expect(await library.getByRole('listitem').count()).toBeLessThan(60);
  await first.focus();
  const pressed = Date.now();
  await page.keyboard.press('End');
  const last = library.getByRole('button', { name: new RegExp(escape(oldest)) });
  await expect(last).toBeFocused();
  console.log(
    `End to the last of ${COUNT.toLocaleString()} rows shown: ${Date.now() - pressed} ms`,
  );
  await expect(last.locator('xpath=..')).toHaveAttribute('aria-posinset', String(COUNT));
  expect(await library.getByRole('listitem').count()).toBeLessThan(60);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(oldest);
  await page.screenshot({ path: '/work/shots/library-scale-end.png' });
});

test('the mouse wheel scrolls the library to its last article, which then opens', async ({
  page,
  generated,
}) => {
  const library = page.getByRole('list', { name: 'Articles' });
  await expect(page.locator('.library__count')).toHaveText((20_000).toLocaleString('en-US'));
  const viewport = page.locator('.library__viewport');
  await viewport.hover();
  const atBottom = () =>
    viewport.evaluate(
      (element) => element.scrollTop + element.clientHeight >= element.scrollHeight - 1,
    );
  // Big wheel turns, as a flick through a long list: each is one event of 40,000 pixels.
  await expect
    .poll(
      async () => {
        await page.mouse.wheel(0, 40_000);
        return atBottom();
      },
      { timeout: 60_000, intervals: [50] },
    )
    .toBe(true);
  const oldest = generated.firstTitle;
  const last = library.getByRole('button', { name: new RegExp(escape(oldest)) });
  await expect(last).toBeVisible();
  await expect(last.locator('xpath=..')).toHaveAttribute('aria-posinset', String(COUNT));
  await page.screenshot({ path: '/work/shots/library-scale-wheel.png' });
  await last.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(oldest);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('the filter narrows 20,000 articles to the one asked for, and the count says so', async ({
  page,
}) => {
  await expect(page.locator('.library__count')).toHaveText((20_000).toLocaleString('en-US'));
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill('(12345)');
  await expect(page.locator('.library__count')).toHaveText(
    `1 of ${(20_000).toLocaleString('en-US')}`,
  );
  const library = page.getByRole('list', { name: 'Articles' });
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await expect(library.getByRole('button')).toContainText('(12345)');
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill('no such dispatch');
  await expect(library).toHaveText('No article matches the filter.');
  await page.screenshot({ path: '/work/shots/library-scale-filter.png' });
});
