// Backup, restore and health checks of a notebook file, at the SQLite level: the online
// backup API, VACUUM INTO, integrity and foreign-key checks, FTS5's own index check, and the
// repairs SQLite can make without guessing (rebuilding the search index and every SQL index).
// Knows SQLite and nothing of main/: where backups live and when they are made is the
// maintenance service's business.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { latestVersion, readUserVersion } from './migrate';
import {
  APPLICATION_ID,
  NotebookOpenError,
  openDatabase,
  readHeader,
  type NotebookDatabase,
} from './open';
import { writeTransaction } from './transaction';
import type { CheckFinding } from '../main/domain/maintenance';

export type { CheckFinding } from '../main/domain/maintenance';

/** Tables every Dossier notebook has, for files made before notebooks carried an application id. */
const NOTEBOOK_TABLES = ['articles', 'highlights', 'speakers', 'tags', 'memos'];

/** How many rows of `integrity_check` to report: enough to see the pattern, not a flood. */
const INTEGRITY_ROWS = 20;

export type BackupRefusal = 'missing' | 'not-a-notebook' | 'too-new' | 'damaged';

/** A file that must not replace the notebook; the message names the file and the reason. */
export class BackupRefusedError extends Error {
  constructor(
    readonly code: BackupRefusal,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'BackupRefusedError';
  }
}

/** Pages per backup step: 4 MiB at the default page size, tens of milliseconds of copying. */
const BACKUP_STEP_PAGES = 1024;
/** The most pages better-sqlite3 passes to one step: more than any notebook has. */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the open database to `target` with SQLite's online backup API, in steps, so the host's
 * thread answers calls between them. Writes through `db` itself reach the copy as they happen;
 * a write by another connection (the CLI beside the app) restarts the copy, and after one
 * restart the rest goes in a single step, which such writes cannot interrupt, so the backup
 * always finishes, as one consistent snapshot. The copy is written beside `target` and renamed,
 * so a reader never sees half a file, and is left in rollback-journal mode: one
 * self-contained file with no -wal beside it.
 */
export async function backupDatabase(db: NotebookDatabase, target: string): Promise<void> {
  const partial = `${target}.partial`;
  removeDatabaseFiles(partial);
  try {
    let previous = Number.POSITIVE_INFINITY;
    let restarted = false;
    await db.backup(partial, {
      progress: ({ remainingPages }) => {
        // A step that left as much to copy as before was undone by a restart.
        if (remainingPages >= previous) restarted = true;
        previous = remainingPages;
        // After a restart, every page in one step, from the start, whatever came before.
        return restarted ? ALL_PAGES : BACKUP_STEP_PAGES;
      },
    });
    settleAsSingleFile(partial);
    renameSync(partial, target);
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  }
}

/**
 * The synchronous twin of backupDatabase, for moments that cannot wait for a promise (just
 * before a migration, inside opening). VACUUM INTO reads one snapshot and writes a compact,
 * self-contained copy.
 */
export function backupDatabaseSync(db: NotebookDatabase, target: string): void {
  const partial = `${target}.partial`;
  removeDatabaseFiles(partial);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, target);
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  }
}

function settleAsSingleFile(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export interface BackupInspection {
  file: string;
  schemaVersion: number;
  articleCount: number;
}

/**
 * Decides, reading only, whether `file` may replace a notebook: it must be a Dossier notebook
 * (its application id, or its tables where it predates the id), no newer than this version's
 * schema, and pass SQLite's full integrity check.
 */
export function inspectBackup(file: string): BackupInspection {
  if (!existsSync(file)) throw new BackupRefusedError('missing', file, `${file} does not exist.`);
  const notNotebook = (why: string) =>
    new BackupRefusedError('not-a-notebook', file, `${file} is not a Dossier notebook: ${why}.`);
  if (readHeader(file).toString('latin1', 0, 16) !== 'SQLite format 3\u0000') {
    throw notNotebook('it is not a SQLite database');
  }
  let source: NotebookDatabase;
  try {
    source = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw damaged(file, describe(error));
  }
  try {
    let id: number;
    let tables: string[];
    let version: number;
    try {
      id = source.pragma('application_id', { simple: true }) as number;
      tables = source
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
        .pluck()
        .all() as string[];
      version = readUserVersion(source);
    } catch (error) {
      throw damaged(file, describe(error));
    }
    if (id !== APPLICATION_ID && id !== 0) {
      throw notNotebook(`it belongs to another application (application id ${id})`);
    }
    if (!NOTEBOOK_TABLES.every((name) => tables.includes(name)) || version === 0) {
      throw notNotebook('it does not have a notebook’s tables');
    }
    if (version > latestVersion()) {
      throw new BackupRefusedError(
        'too-new',
        file,
        `${file} was made by a newer version of Dossier (schema ${version}; this version understands up to ${latestVersion()}). Update Dossier to restore it.`,
      );
    }
    const problems = integrityProblems(source);
    if (problems.length > 0) throw damaged(file, problems.join('; '));
    const articleCount = source.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    return { file, schemaVersion: version, articleCount };
  } finally {
    source.close();
  }
}

function damaged(file: string, detail: string): BackupRefusedError {
  return new BackupRefusedError(
    'damaged',
    file,
    `${file} is damaged and cannot be restored (${detail}). Choose an older backup.`,
  );
}

/**
 * Replaces the notebook that `db` has open with the contents of `source`, through the backup
 * API in reverse: the destination is written under SQLite's own locks (WAL and shared memory
 * included), so `db` and any other connection simply read the restored notebook at their next
 * statement. Nothing has to be closed or reopened. One step: the destination stays locked
 * while a backup runs, and a write through `db` between steps would wait on that lock while
 * holding the very thread the next step needs. `source` must have passed inspectBackup.
 */
export async function restoreInto(notebookFile: string, source: string): Promise<void> {
  const from = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await from.backup(notebookFile, { progress: ({ remainingPages }) => remainingPages });
  } finally {
    from.close();
  }
}

/**
 * Puts `source` in place of a notebook file that no connection has open (one too damaged to
 * open, say): the file and its -wal are renamed to `asideFile` and `asideFile`-wal, the stale
 * -shm removed, then `source` copied in. Returns the paths kept aside.
 */
export function replaceClosedFile(
  notebookFile: string,
  source: string,
  asideFile: string,
): string[] {
  const kept: string[] = [];
  for (const suffix of ['', '-wal']) {
    if (existsSync(notebookFile + suffix)) {
      renameSync(notebookFile + suffix, asideFile + suffix);
      kept.push(asideFile + suffix);
    }
  }
  rmSync(`${notebookFile}-shm`, { force: true });
  const partial = `${notebookFile}.partial`;
  copyFileSync(source, partial);
  renameSync(partial, notebookFile);
  return kept;
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/** Whether opening failed because the file is damaged (as opposed to foreign, newer, missing). */
export function isDamageError(error: unknown): boolean {
  if (error instanceof NotebookOpenError) return error.code === 'notebook-damaged';
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}

/**
 * Opens a notebook to be checked or repaired, without migrating it or refusing it for the
 * damage it is to be checked for. A file that is not a notebook is still refused unchanged.
 */
export function openForMaintenance(file: string): NotebookDatabase {
  try {
    return openDatabase(file, { migrate: false, check: 'none' });
  } catch (error) {
    if (!isDamageError(error)) throw error;
  }
  // So damaged that even telling whose it is failed: open it raw, and let the checks say.
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

function integrityProblems(db: NotebookDatabase): string[] {
  const rows = db.pragma(`integrity_check(${INTEGRITY_ROWS})`) as Array<{
    integrity_check: string;
  }>;
  const messages = rows.map((row) => row.integrity_check);
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

/** Runs SQLite's integrity check, the foreign-key check and FTS5's check of the search index. */
export function checkDatabase(db: NotebookDatabase): CheckFinding[] {
  const findings: CheckFinding[] = [];
  try {
    for (const message of integrityProblems(db)) findings.push({ check: 'integrity', message });
  } catch (error) {
    findings.push({ check: 'integrity', message: describe(error) });
  }
  try {
    const rows = db.pragma('foreign_key_check') as Array<{
      table: string;
      rowid: number | null;
      parent: string;
    }>;
    for (const row of rows) {
      findings.push({
        check: 'foreign-keys',
        message: `${row.table} row ${row.rowid ?? '?'} refers to a missing ${row.parent} row`,
      });
    }
  } catch (error) {
    findings.push({ check: 'foreign-keys', message: describe(error) });
  }
  try {
    db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
  } catch (error) {
    findings.push({
      check: 'search-index',
      message: `the full-text search index does not match the articles (${describe(error)})`,
    });
  }
  return findings;
}

export interface RepairResult {
  found: CheckFinding[];
  actions: string[];
  remaining: CheckFinding[];
}

/**
 * Checks, and where something is wrong rebuilds what can be rebuilt from the articles
 * themselves: the full-text index and every SQL index (REINDEX). Rows are never deleted, so a
 * foreign-key problem or damage beyond the indexes is reported as remaining, not "fixed" by
 * dropping the analyst's data.
 */
export function repairDatabase(db: NotebookDatabase): RepairResult {
  const found = checkDatabase(db);
  const actions: string[] = [];
  if (found.length === 0) return { found, actions, remaining: [] };
  const attempt = (action: string, body: () => void) => {
    try {
      writeTransaction(db, body);
      actions.push(action);
    } catch (error) {
      actions.push(`could not ${action.replace(/^rebuilt/, 'rebuild')}: ${describe(error)}`);
    }
  };
  attempt('rebuilt every SQL index (REINDEX)', () => db.exec('REINDEX'));
  attempt('rebuilt the full-text search index from the articles', () =>
    db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"),
  );
  return { found, actions, remaining: checkDatabase(db) };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
