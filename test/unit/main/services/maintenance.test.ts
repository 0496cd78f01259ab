import { describe, expect, test, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../../../db/open';
import { latestVersion, migrate } from '../../../../db/migrate';
import { migrations } from '../../../../db/migrations';
import { writeTransaction } from '../../../../db/transaction';
import { createNotebook } from '../../../../main/composition';
import {
  AUTOMATIC_BACKUPS_KEPT,
  FIRST_BACKUP_CHECK_AFTER_MS,
  backupsFolderFor,
  createMaintenanceService,
} from '../../../../main/services/maintenance';
import { tempDbFile, tempDir } from '../../../helpers/temp';
import {
  addArticle,
  breakSearchIndex,
  fictionalText,
  titles,
} from '../../../helpers/sample-articles';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

function notebook(...names: string[]) {
  const file = tempDbFile();
  const db = openDatabase(file);
  names.forEach((name, index) => addArticle(db, name, fictionalText(index, 200)));
  return { file, db, maintenance: createMaintenanceService({ db, file }) };
}

function clock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    advance(hours: number) {
      now = new Date(now.getTime() + hours * 3_600_000);
    },
  };
}

function titlesIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return titles(db);
  } finally {
    db.close();
  }
}

function damage(file: string): void {
  const bytes = readFileSync(file);
  for (let offset = 8192; offset < bytes.length; offset += 97) bytes[offset] = 0xa5;
  writeFileSync(file, bytes);
}

describe('maintenance service: backups', () => {
  test('a backup without a file goes to the backups folder beside the notebook and is listed', async () => {
    const { file, db, maintenance } = notebook('Harbour dues of Quillon');
    const made = await maintenance.backupNow();
    expect(path.dirname(made.file)).toBe(path.join(path.dirname(file), 'backups'));
    const listed = maintenance.listBackups();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ file: made.file, kind: 'manual', size: made.size });
    expect(listed[0]!.name).toMatch(
      /^notebook-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-manual\.sqlite$/,
    );
    expect(Date.parse(listed[0]!.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(made.size).toBeGreaterThan(4096);
    expect(titlesIn(made.file)).toEqual(['Harbour dues of Quillon']);
    db.close();
  });

  test('refuses to back up onto the notebook itself', async () => {
    const { file, db, maintenance } = notebook('Granary of Oldcastle');
    await expect(maintenance.backup(file)).rejects.toThrow(/is the notebook itself/);
    await expect(maintenance.backup(`${file}-wal`)).rejects.toThrow(/is the notebook itself/);
    db.close();
  });

  test('a backup made while another process keeps writing is whole and consistent', async () => {
    const { file, db, maintenance } = notebook('Ferry timetable of Orlen');
    // Large enough (over 4 MiB) to be copied in several steps, which the writer interrupts.
    writeTransaction(db, () => {
      for (let index = 0; index < 1000; index += 1)
        addArticle(db, `Harbour bulletin ${index} of Orlen`, fictionalText(index, 600));
    });
    expect(db.pragma('page_count', { simple: true })).toBeGreaterThan(2048);
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const Database = require('better-sqlite3');
         const db = new Database(process.argv[1]);
         db.pragma('busy_timeout = 5000');
         const insert = db.prepare("INSERT INTO speakers (name, created_at, updated_at) VALUES (?, '2026-03-14', '2026-03-14')");
         let n = 0;
         const stopAt = Date.now() + 2000;
         process.stdout.write('started\\n');
         while (Date.now() < stopAt) { insert.run('Envoy ' + n); n += 1; }
         process.stdout.write(String(n) + '\\n');`,
        file,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    writer.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve) => {
      const wait = () => (output.includes('started') ? resolve() : setTimeout(wait, 10));
      wait();
    });
    const counts: number[] = [];
    for (let round = 0; round < 4; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      const { file: copy } = await maintenance.backup(path.join(tempDir(), `copy-${round}.sqlite`));
      const check = new Database(copy, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      counts.push(check.prepare('SELECT count(*) FROM speakers').pluck().get() as number);
      check.close();
    }
    const written = await new Promise<number>((resolve) =>
      writer.on('exit', () => resolve(Number(output.trim().split('\n').pop()))),
    );
    expect(written).toBeGreaterThan(0);
    expect(counts.some((count) => count > 0)).toBe(true);
    expect(counts[0]!).toBeLessThan(written);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)!).toBeLessThanOrEqual(written);
    db.close();
  });

  test('a daily backup is made when none is a day old, and not again within the day', async () => {
    const time = clock('2026-12-01T08:00:00Z');
    const file = tempDbFile();
    const db = openDatabase(file);
    const maintenance = createMaintenanceService({ db, file, now: time.now });
    expect((await maintenance.backupIfDue())?.kind).toBe('daily');
    time.advance(23);
    expect(await maintenance.backupIfDue()).toBeNull();
    time.advance(1);
    expect((await maintenance.backupIfDue())?.createdAt).toBe('2026-12-02T08:00:00.000Z');
    expect(maintenance.listBackups().map((entry) => entry.kind)).toEqual(['daily', 'daily']);
    db.close();
  });

  test('the daily backup waits until the app has started, then runs, and stops when asked', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const file = tempDbFile();
      const db = openDatabase(file);
      const maintenance = createMaintenanceService({ db, file });
      const due = vi.spyOn(maintenance, 'backupIfDue').mockResolvedValue(null);
      const stop = maintenance.startDailyBackups(() => undefined);
      expect(due).not.toHaveBeenCalled();
      vi.advanceTimersByTime(FIRST_BACKUP_CHECK_AFTER_MS - 1);
      expect(due).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(due).toHaveBeenCalledTimes(1);
      stop();
      vi.advanceTimersByTime(24 * 3_600_000);
      expect(due).toHaveBeenCalledTimes(1);

      // Stopped before its first check, it never makes one.
      const early = maintenance.startDailyBackups(() => undefined);
      early();
      vi.advanceTimersByTime(FIRST_BACKUP_CHECK_AFTER_MS * 2);
      expect(due).toHaveBeenCalledTimes(1);
      db.close();
    } finally {
      vi.useRealTimers();
    }
  });

  test(`only the newest ${AUTOMATIC_BACKUPS_KEPT} automatic backups are kept; manual ones stay`, async () => {
    const time = clock('2026-11-01T09:00:00Z');
    const file = tempDbFile();
    const db = openDatabase(file);
    const maintenance = createMaintenanceService({ db, file, now: time.now });
    await maintenance.backupNow();
    for (let day = 0; day < AUTOMATIC_BACKUPS_KEPT + 3; day += 1) {
      time.advance(24);
      await maintenance.backupIfDue();
    }
    const listed = maintenance.listBackups();
    expect(listed.filter((entry) => entry.kind === 'daily')).toHaveLength(AUTOMATIC_BACKUPS_KEPT);
    expect(listed.filter((entry) => entry.kind === 'manual')).toHaveLength(1);
    expect(listed[0]!.createdAt).toBe('2026-11-11T09:00:00.000Z');
    expect(readdirSync(backupsFolderFor(file))).toHaveLength(AUTOMATIC_BACKUPS_KEPT + 1);
    db.close();
  });

  test('opening a notebook that needs migrating backs it up first, at its old schema', () => {
    const file = tempDbFile();
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    migrate(old, migrations.slice(0, 2));
    old.close();

    const opened = createNotebook({ dbFile: file });
    const backups = opened.services.maintenance.listBackups();
    opened.close();
    expect(backups).toHaveLength(1);
    expect(backups[0]!.kind).toBe('before-migration');
    const copy = new Database(backups[0]!.file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(2);
    copy.close();
  });

  test('a notebook at the latest schema is opened without a backup', () => {
    const file = tempDbFile();
    createNotebook({ dbFile: file }).close();
    createNotebook({ dbFile: file }).close();
    expect(existsSync(backupsFolderFor(file))).toBe(false);
  });
});

describe('maintenance service: restore', () => {
  test('restoring a good backup brings back its articles through the open connection', async () => {
    const { file, db, maintenance } = notebook('Canal survey of Brightwater');
    const { file: backup } = await maintenance.backupNow();
    addArticle(db, 'Lantern festival in Marrowby', fictionalText(9, 100));

    const outcome = await maintenance.restore(backup);
    expect(outcome).toMatchObject({ restoredFrom: backup, articleCount: 1 });
    expect(titles(db)).toEqual(['Canal survey of Brightwater']);
    expect(path.basename(outcome.keptAside)).toMatch(
      /^notebook\.sqlite\.replaced-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}$/,
    );
    expect(titlesIn(outcome.keptAside)).toEqual([
      'Canal survey of Brightwater',
      'Lantern festival in Marrowby',
    ]);
    db.close();
    expect(titlesIn(file)).toEqual(['Canal survey of Brightwater']);
  });

  test('a backup by name comes from the backups folder and nowhere else', async () => {
    const { db, maintenance } = notebook('Envoy lists of Corrow');
    const made = await maintenance.backupNow();
    expect(maintenance.backupNamed(path.basename(made.file)).file).toBe(made.file);
    expect(() => maintenance.backupNamed('../notebook.sqlite')).toThrow(/There is no backup/);
    db.close();
  });

  test('refuses a damaged backup, naming it, and leaves the notebook as it was', async () => {
    const { file, db, maintenance } = notebook(
      ...Array.from({ length: 40 }, (_, index) => `Archive box ${index} of Tarrow`),
    );
    const { file: backup } = await maintenance.backup(path.join(tempDir(), 'damaged.sqlite'));
    damage(backup);
    addArticle(db, 'Customs ledger of Tolland', fictionalText(3, 100));
    const before = titles(db);

    await expect(maintenance.restore(backup)).rejects.toThrow(
      `${backup} is damaged and cannot be restored`,
    );
    expect(titles(db)).toEqual(before);
    expect(readdirSync(path.dirname(file)).some((name) => name.includes('.replaced-'))).toBe(false);
    db.close();
  });

  test('refuses a backup from a newer Dossier and leaves the notebook as it was', async () => {
    const { db, maintenance } = notebook('Railway survey of Hollin');
    const { file: backup } = await maintenance.backup(path.join(tempDir(), 'newer.sqlite'));
    const newer = new Database(backup);
    newer.pragma(`user_version = ${latestVersion() + 1}`);
    newer.close();
    addArticle(db, 'Treaty hall of Denmoor', fictionalText(2, 100));

    await expect(maintenance.restore(backup)).rejects.toThrow(
      `${backup} was made by a newer version of Dossier`,
    );
    expect(titles(db)).toEqual(['Railway survey of Hollin', 'Treaty hall of Denmoor']);
    db.close();
  });

  test('refuses a file that is not a Dossier notebook', async () => {
    const { db, maintenance } = notebook('Monsoon records of Drisk');
    const other = path.join(tempDir(), 'inventory.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE crates (id INTEGER PRIMARY KEY, label TEXT)');
    foreign.close();
    await expect(maintenance.restore(other)).rejects.toThrow(`${other} is not a Dossier notebook`);
    expect(titles(db)).toEqual(['Monsoon records of Drisk']);
    db.close();
  });

  test('a backup from an older schema is restored and brought up to date', async () => {
    const { db, maintenance } = notebook('Quarry accounts of Pellmark');
    const older = path.join(tempDir(), 'older.sqlite');
    const legacy = new Database(older);
    migrate(legacy, migrations.slice(0, 2));
    legacy.close();

    const outcome = await maintenance.restore(older);
    expect(outcome.schemaVersion).toBe(latestVersion());
    expect(titles(db)).toEqual([]);
    addArticle(db, 'Orchard report of Fenwick', fictionalText(7, 100));
    expect(maintenance.check().ok).toBe(true);
    db.close();
  });
});

describe('maintenance service: check', () => {
  test('finds a broken search index, and repair mends it', () => {
    const { db, maintenance } = notebook('Beacon keepers of Halloway', 'Monsoon records of Drisk');
    breakSearchIndex(db, 1);
    const found = maintenance.check();
    expect(found).toMatchObject({ ok: false, repairRequested: false, actions: [] });
    expect(found.found.map((finding) => finding.check)).toEqual(['search-index']);

    const repaired = maintenance.check({ repair: true });
    expect(repaired).toMatchObject({ ok: true, repairRequested: true, remaining: [] });
    expect(repaired.actions).toContain('rebuilt the full-text search index from the articles');
    expect(maintenance.check().ok).toBe(true);
    db.close();
  });
});
