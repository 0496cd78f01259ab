import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../../db/open';
import { latestVersion } from '../../../db/migrate';
import {
  BackupRefusedError,
  backupDatabase,
  backupDatabaseSync,
  checkDatabase,
  inspectBackup,
  openForMaintenance,
  repairDatabase,
  restoreInto,
} from '../../../db/maintenance';
import { writeTransaction } from '../../../db/transaction';
import { tempDbFile, tempDir } from '../../helpers/temp';
import { addArticle, breakSearchIndex, fictionalText, titles } from '../../helpers/sample-articles';

function notebook(...names: string[]) {
  const file = tempDbFile();
  const db = openDatabase(file);
  names.forEach((name, index) => addArticle(db, name, fictionalText(index, 200)));
  return { file, db };
}

function refusal(file: string): BackupRefusedError {
  try {
    inspectBackup(file);
  } catch (error) {
    if (error instanceof BackupRefusedError) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

/** Overwrites every page after the first two with noise, keeping the header readable. */
function damage(file: string): void {
  const bytes = readFileSync(file);
  for (let offset = 8192; offset < bytes.length; offset += 97) bytes[offset] = 0xa5;
  writeFileSync(file, bytes);
}

describe('backupDatabase', () => {
  test('writes one self-contained file, in rollback-journal mode, with the same articles', async () => {
    const { db } = notebook('Harbour dues of Quillon', 'Tariff notes from Essendine');
    const target = path.join(tempDir(), 'copy.sqlite');
    await backupDatabase(db, target);
    expect(existsSync(`${target}-wal`)).toBe(false);
    expect(existsSync(`${target}.partial`)).toBe(false);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(titles(copy)).toEqual(['Harbour dues of Quillon', 'Tariff notes from Essendine']);
    copy.close();
    db.close();
  });

  test('includes what another connection committed before it began', async () => {
    const { file, db } = notebook('Granary of Oldcastle');
    const other = openDatabase(file);
    addArticle(other, 'Ferry strike at Wendle', fictionalText(4, 100));
    const target = path.join(tempDir(), 'copy.sqlite');
    await backupDatabase(db, target);
    other.close();
    const copy = new Database(target, { readonly: true });
    expect(titles(copy)).toEqual(['Granary of Oldcastle', 'Ferry strike at Wendle']);
    copy.close();
    db.close();
  });

  test('finishes, whole, while another connection writes between its steps', async () => {
    const { file, db } = notebook();
    writeTransaction(db, () => {
      for (let index = 0; index < 1000; index += 1)
        addArticle(db, `Harbour bulletin ${index} of Orlen`, fictionalText(index, 600));
    });
    const other = openDatabase(file);
    const insert = other.prepare(
      "INSERT INTO speakers (name, created_at, updated_at) VALUES (?, '2026-03-14', '2026-03-14')",
    );
    let written = 0;
    const writer = setInterval(() => insert.run(`Envoy ${(written += 1)}`), 0);
    const target = path.join(tempDir(), 'copy.sqlite');
    try {
      await backupDatabase(db, target);
    } finally {
      clearInterval(writer);
    }
    other.close();
    expect(written).toBeGreaterThan(0);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1000);
    copy.close();
    db.close();
  }, 30_000);

  test('the synchronous backup (VACUUM INTO) copies the notebook too', () => {
    const { db } = notebook('Quarry accounts of Pellmark');
    const target = path.join(tempDir(), 'sync.sqlite');
    backupDatabaseSync(db, target);
    const copy = new Database(target, { readonly: true });
    expect(titles(copy)).toEqual(['Quarry accounts of Pellmark']);
    copy.close();
    db.close();
  });
});

describe('inspectBackup', () => {
  test('accepts a whole notebook and says what it holds', async () => {
    const { db } = notebook('Embassy ball at Corvin', 'Canal tolls of Rimmel');
    const target = path.join(tempDir(), 'good.sqlite');
    await backupDatabase(db, target);
    db.close();
    expect(inspectBackup(target)).toEqual({
      file: target,
      schemaVersion: latestVersion(),
      articleCount: 2,
    });
  });

  test('refuses a missing file, naming it', () => {
    const file = path.join(tempDir(), 'nowhere.sqlite');
    expect(refusal(file)).toMatchObject({ code: 'missing', message: `${file} does not exist.` });
  });

  test('refuses a file that is not SQLite', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    writeFileSync(file, 'Meeting notes, Lowmoor council, third session.\n'.repeat(200));
    const error = refusal(file);
    expect(error.code).toBe('not-a-notebook');
    expect(error.message).toContain(`${file} is not a Dossier notebook`);
  });

  test("refuses another application's SQLite database", () => {
    const file = path.join(tempDir(), 'inventory.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE crates (id INTEGER PRIMARY KEY, label TEXT)');
    other.close();
    expect(refusal(file).code).toBe('not-a-notebook');
  });

  test('refuses a backup from a newer schema', async () => {
    const { db } = notebook('Railway survey of Hollin');
    const target = path.join(tempDir(), 'newer.sqlite');
    await backupDatabase(db, target);
    db.close();
    const newer = new Database(target);
    newer.pragma(`user_version = ${latestVersion() + 1}`);
    newer.close();
    const error = refusal(target);
    expect(error.code).toBe('too-new');
    expect(error.message).toContain(`${target} was made by a newer version of Dossier`);
  });

  test('refuses a damaged backup whose integrity check fails', async () => {
    const { db } = notebook(
      ...Array.from({ length: 40 }, (_, index) => `Archive box ${index} of Tarrow`),
    );
    const target = path.join(tempDir(), 'damaged.sqlite');
    await backupDatabase(db, target);
    db.close();
    damage(target);
    const error = refusal(target);
    expect(error.code).toBe('damaged');
    expect(error.message).toContain(`${target} is damaged and cannot be restored`);
  });
});

describe('restoreInto', () => {
  test('the connection left open reads the restored notebook at its next statement', async () => {
    const { file, db } = notebook('Beacon log of Saltmere');
    const target = path.join(tempDir(), 'backup.sqlite');
    await backupDatabase(db, target);
    addArticle(db, 'Monsoon damage in Karsk', fictionalText(5, 100));
    expect(titles(db)).toHaveLength(2);

    await restoreInto(file, target);
    expect(titles(db)).toEqual(['Beacon log of Saltmere']);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    addArticle(db, 'Festival of lanterns in Orrin', fictionalText(6, 100));
    expect(checkDatabase(db)).toEqual([]);
    db.close();
  });
});

describe('checkDatabase and repairDatabase', () => {
  test('a healthy notebook has no findings and nothing to repair', () => {
    const { db } = notebook('Delegation to Vantry');
    expect(checkDatabase(db)).toEqual([]);
    expect(repairDatabase(db)).toEqual({ found: [], actions: [], remaining: [] });
    db.close();
  });

  test('finds a search index that disagrees with the articles', () => {
    const { db } = notebook('Corridor works at Blenholt', 'Customs house of Arrow');
    breakSearchIndex(db, 2);
    const findings = checkDatabase(db);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.check).toBe('search-index');
    db.close();
  });

  test('repair rebuilds the search index, says so, and search finds the article again', () => {
    const { db } = notebook('Corridor works at Blenholt', 'Customs house of Arrow');
    breakSearchIndex(db, 2);
    const result = repairDatabase(db);
    expect(result.found.map((finding) => finding.check)).toEqual(['search-index']);
    expect(result.actions).toEqual([
      'rebuilt every SQL index (REINDEX)',
      'rebuilt the full-text search index from the articles',
    ]);
    expect(result.remaining).toEqual([]);
    const hits = db
      .prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'essendine'")
      .pluck()
      .all();
    expect(hits).toEqual([2]);
    db.close();
  });

  test('a row pointing at a missing article is reported and, with no safe repair, kept', () => {
    const { db } = notebook('Treaty hall of Denmoor');
    db.pragma('foreign_keys = OFF');
    db.prepare(
      `INSERT INTO highlights (article_id, kind, exact, start_offset, end_offset, created_at, updated_at)
       VALUES (99, 'direct', 'harbour', 0, 7, '2026-03-14', '2026-03-14')`,
    ).run();
    db.pragma('foreign_keys = ON');
    const result = repairDatabase(db);
    expect(result.found).toEqual([
      { check: 'foreign-keys', message: 'highlights row 1 refers to a missing articles row' },
    ]);
    expect(result.remaining).toEqual(result.found);
    expect(db.prepare('SELECT count(*) FROM highlights').pluck().get()).toBe(1);
    db.close();
  });
});

describe('openForMaintenance', () => {
  test('opens a damaged notebook that a normal open refuses, so it can be checked', () => {
    const { file, db } = notebook(
      ...Array.from({ length: 40 }, (_, index) => `Orchard ledger ${index} of Brill`),
    );
    db.close();
    damage(file);
    expect(() => openDatabase(file)).toThrow();
    const opened = openForMaintenance(file);
    expect(checkDatabase(opened).some((finding) => finding.check === 'integrity')).toBe(true);
    opened.close();
  });

  test('still refuses a file that is not a notebook', () => {
    const file = path.join(tempDir(), 'inventory.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE crates (id INTEGER PRIMARY KEY, label TEXT)');
    other.close();
    expect(() => openForMaintenance(file)).toThrow(/is not a Dossier notebook/);
  });
});
