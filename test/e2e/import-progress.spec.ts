// Import progress in the UI: while a slow file is read the panel shows files done / total and
// the file under way, Cancel (reached from the keyboard) stops the import, what was stored
// stays and the rest is reported as not imported.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '../helpers/fixtures';
import { nestedDivPage } from '../unit/main/services/import-fixtures';

let folder = '';
test.beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dossier-import-progress-'));
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

test('a slow import shows its progress and Cancel keeps what was stored', async ({ page }) => {
  // The slow pages take seconds each, so the import is still under way when Cancel is pressed,
  // however fast this machine reads them.
  const files = [
    write(
      'ferry.txt',
      'Ferry timetable agreed\n\nThe harbour board of Corran agreed a winter timetable for the island ferry on Monday.\n',
    ),
    ...Array.from({ length: 12 }, (_, index) =>
      write(`harbour-notes-${index + 1}.html`, nestedDivPage(100_000, index + 1)),
    ),
    write(
      'lighthouse.txt',
      'Lighthouse keeper retires\n\nThe last keeper of the Velmora light retired on Friday after thirty winters.\n',
    ),
  ];
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(files);

  const panel = page.getByRole('status', { name: 'Import' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Importing 2 of 14');
  await expect(panel).toContainText('harbour-notes-1.html');
  await expect(panel.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
    'aria-valuetext',
    '1 of 14 files done',
  );
  await page.screenshot({ path: path.join(os.tmpdir(), 'dossier-import-progress.png') });

  const cancel = panel.getByRole('button', { name: 'Cancel' });
  await cancel.focus();
  await page.keyboard.press('Enter');
  const summary = page.getByText(/^\d+ imported, \d+ not imported \(cancelled\)\.$/);
  await expect(summary).toBeVisible({ timeout: 5000 });
  await expect(panel).toBeHidden();
  const [imported, cancelled] = ((await summary.textContent()) ?? '').match(/\d+/g)!.map(Number);
  expect(imported! + cancelled!).toBe(14);
  expect(cancelled).toBeGreaterThanOrEqual(11);
  const library = page.getByRole('list', { name: 'Articles' });
  await expect(library.getByRole('listitem')).toHaveCount(imported!);
  await expect(library).toContainText('Ferry timetable agreed');
  await expect(library).not.toContainText('Lighthouse keeper retires');
});

test('Escape in the progress panel cancels the import', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (
    await chooser
  ).setFiles(
    Array.from({ length: 6 }, (_, index) =>
      write(`harbour-notes-${index + 1}.html`, nestedDivPage(100_000, index + 1)),
    ),
  );
  const panel = page.getByRole('status', { name: 'Import' });
  await expect(panel).toContainText('Importing 1 of 6');
  await panel.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByText(/^\d imported, \d not imported \(cancelled\)\.$/)).toBeVisible({
    timeout: 5000,
  });
  await expect(panel).toBeHidden();
});
