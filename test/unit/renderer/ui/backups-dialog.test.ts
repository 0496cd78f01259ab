// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { BackupEntry, CheckReport, RestoreOutcome } from '../../../../main/ipc/contract';
import {
  formatBackupTime,
  formatSize,
  openBackupsDialog,
} from '../../../../renderer/ui/backups-dialog';
import { fakeApi, settle } from './fake-api';

afterEach(() => document.body.replaceChildren());

const backup: BackupEntry = {
  name: 'notebook-2026-11-30T08-00-00-daily.sqlite',
  file: '/home/ilse/.config/Dossier/backups/notebook-2026-11-30T08-00-00-daily.sqlite',
  kind: 'daily',
  createdAt: '2026-11-30T08:00:00.000Z',
  size: 2_621_440,
};
const restoreLabel = `Restore the backup made ${formatBackupTime(backup.createdAt)}`;
const outcome: RestoreOutcome = {
  restoredFrom: backup.file,
  keptAside: '/home/ilse/.config/Dossier/notebook.sqlite.replaced-2026-12-01T22-30-00',
  schemaVersion: 3,
  articleCount: 41,
};
const finding = { check: 'search-index' as const, message: 'the index does not match' };
const report = (changes: Partial<CheckReport>): CheckReport => ({
  file: '/home/ilse/.config/Dossier/notebook.sqlite',
  ok: true,
  repairRequested: false,
  found: [],
  actions: [],
  remaining: [],
  ...changes,
});

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent) === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

const text = () => document.querySelector('dialog')?.textContent ?? '';

async function open(answers: Parameters<typeof fakeApi>[0]) {
  const fake = fakeApi({ listBackups: async () => [backup], ...answers });
  const restored: RestoreOutcome[] = [];
  const closed = openBackupsDialog({ api: fake.api, onRestored: (done) => restored.push(done) });
  await settle();
  return { ...fake, restored, closed };
}

describe('Backups dialog', () => {
  test('lists each backup with its kind and size, and says where backups are', async () => {
    await open({});
    expect(text()).toContain('Daily');
    expect(text()).toContain('2.5 MB');
    expect(text()).toContain('They are in /home/ilse/.config/Dossier/backups.');
  });

  test('Restore asks first, saying what will happen, and restores nothing until confirmed', async () => {
    const { calls } = await open({ restoreBackup: async () => outcome });
    button(restoreLabel).click();
    expect(text()).toContain('is replaced by what this backup holds');
    expect(text()).toContain('the notebook as it is now is first kept as a file of its own');
    expect(calls.map((call) => call.method)).toEqual(['listBackups']);
    button('Cancel').click();
    await settle();
    expect(calls.map((call) => call.method)).toEqual(['listBackups', 'listBackups']);
  });

  test('a confirmed restore says where the old notebook is and hands over on close', async () => {
    const { calls, restored, closed } = await open({ restoreBackup: async () => outcome });
    button(restoreLabel).click();
    button('Restore this backup').click();
    await settle();
    expect(calls.at(-1)).toEqual({ method: 'restoreBackup', args: { name: backup.name } });
    expect(text()).toContain(`kept in ${outcome.keptAside}`);
    expect(restored).toEqual([]);
    document.querySelector('dialog')!.close();
    await closed;
    expect(restored).toEqual([outcome]);
  });

  test('a refused restore shows the reason and hands nothing over', async () => {
    const { restored, closed } = await open({
      restoreBackup: async () =>
        Promise.reject(new Error(`${backup.file} is damaged and cannot be restored (bad page).`)),
    });
    button(restoreLabel).click();
    button('Restore this backup').click();
    await settle();
    expect(document.querySelector('[role="status"]')!.textContent).toContain('is damaged');
    document.querySelector('dialog')!.close();
    await closed;
    expect(restored).toEqual([]);
  });

  test('Back up now makes a backup and lists it', async () => {
    const made: BackupEntry = {
      ...backup,
      name: 'notebook-2026-12-01T09-00-00-manual.sqlite',
      kind: 'manual',
    };
    let listed = [backup];
    await open({
      listBackups: async () => listed,
      backupNotebook: async () => {
        listed = [made, backup];
        return made;
      },
    });
    button('Back up now').click();
    await settle();
    expect(text()).toContain('Made by you');
    expect(document.querySelector('[role="status"]')!.textContent).toContain(made.name);
  });

  test('a check that finds problems offers Repair, and shows what the repair did', async () => {
    const { calls } = await open({
      checkNotebook: async (args) =>
        args?.repair
          ? report({
              repairRequested: true,
              found: [finding],
              actions: ['rebuilt the full-text search index from the articles'],
            })
          : report({ ok: false, found: [finding], remaining: [finding] }),
    });
    button('Check notebook').click();
    await settle();
    expect(text()).toContain('1 problem found:');
    expect(text()).toContain('search-index: the index does not match');
    button('Repair').click();
    await settle();
    expect(
      calls.filter((call) => call.method === 'checkNotebook').map((call) => call.args),
    ).toEqual([{ repair: false }, { repair: true }]);
    expect(text()).toContain('rebuilt the full-text search index from the articles');
    expect(text()).toContain('Nothing is wrong any more.');
  });

  test('sizes read as KB below a megabyte and MB above', () => {
    expect(formatSize(900)).toBe('1 KB');
    expect(formatSize(153_600)).toBe('150 KB');
    expect(formatSize(104_857_600)).toBe('100.0 MB');
  });
});
