// Speakers at scale: a notebook of 10,000 fictional speakers and 1,000 tags, generated straight
// into SQLite (test/helpers/generate-speakers-run.ts) before the web host opens it. The
// sidebar shows the first page with the total, its filter asks the server, Show more brings the
// next page, and the speaker manager opens on one page too; the whole list is never fetched.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, repoRoot } from '../helpers/fixtures';

const COUNT = 10_000;

const test = base.extend<{ generated: { dbFile: string; first: string } }>({
  // Generated in a child process: the spec's own loader cannot load better-sqlite3.
  // eslint-disable-next-line no-empty-pattern
  generated: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-speakers-'));
    const output = execFileSync(
      process.execPath,
      [
        path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
        path.join(repoRoot, 'test/helpers/generate-speakers-run.ts'),
        path.join(dataDir, 'notebook.sqlite'),
        String(COUNT),
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    await use(JSON.parse(output) as { dbFile: string; first: string });
    rmSync(dataDir, { recursive: true, force: true });
  },
  notebook: async ({ generated }, use) => {
    await use({ dataDir: path.dirname(generated.dbFile), dbFile: generated.dbFile });
  },
});

test.describe.configure({ timeout: 120_000 });

test('the sidebar pages through 10,000 speakers and filters them on the server', async ({
  page,
  generated,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  const speakers = page.getByRole('list', { name: 'Speakers in the notebook' });
  const section = page.locator('details.sidebar-section').filter({ has: speakers });
  await expect(section.locator('summary .sidebar-section__count')).toHaveText(
    COUNT.toLocaleString('en-US'),
  );
  await expect(speakers.getByRole('listitem')).toHaveCount(50);
  await expect(speakers.getByRole('button').first()).toContainText(generated.first);
  await section.getByRole('button', { name: /^Show 200 more/ }).click();
  await expect(speakers.getByRole('listitem')).toHaveCount(250);
  const filter = page.getByRole('searchbox', { name: 'Filter speakers' });
  await filter.fill('09999');
  await expect(speakers.getByRole('listitem')).toHaveCount(1);
  await expect(speakers.getByRole('button')).toContainText('09999');
  await page.screenshot({ path: '/work/shots/speakers-scale-sidebar.png' });
  await filter.fill('');
  await expect(speakers.getByRole('listitem')).toHaveCount(50);
  await section.getByRole('button', { name: 'Manage speakers' }).click();
  await expect(page.locator('form.manager__row')).toHaveCount(50);
  await page.getByRole('searchbox', { name: 'Filter speakers' }).last().fill('Venka');
  await expect(page.locator('form.manager__row').first()).toHaveAttribute('aria-label', /venka/i);
  await expect(page.locator('.long-list__status')).toHaveText(/^Showing 50 of /);
  await page.screenshot({ path: '/work/shots/speakers-scale-manager.png' });
  expect(asked.filter((pathname) => pathname.endsWith('/listSpeakers'))).toEqual([]);
  expect(asked.filter((pathname) => pathname.endsWith('/listTags'))).toEqual([]);
});
