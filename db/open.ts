// Opens the notebook file: identity, version, pragmas, health, then migrations. Knows SQLite
// and nothing of Electron, the DOM or main/. Nothing here writes to a file before it is known
// to be ours: a foreign SQLite file, a file that is not SQLite at all, and a database from a
// newer Dossier are refused with their bytes left exactly as they were.
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { latestVersion, migrate, pendingMigrations, readUserVersion } from './migrate';

export type NotebookDatabase = Database.Database;

/** `PRAGMA application_id` of every Dossier notebook: "DoSS" in ASCII. */
export const APPLICATION_ID = 0x446f5353;

/** The lowest schema a read-only open can serve (later migrations only change triggers). */
const OLDEST_READABLE_VERSION = 2;

/** Tables whose presence marks a notebook made before notebooks carried an application id. */
const NOTEBOOK_TABLES = ['articles', 'highlights', 'speakers', 'tags', 'memos'];

export type OpenErrorCode =
  'database-too-new' | 'not-a-notebook' | 'notebook-damaged' | 'notebook-outdated';

/** Why a file could not be opened as a notebook; the message names the file and what to do. */
export class NotebookOpenError extends Error {
  constructor(
    readonly code: OpenErrorCode,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'NotebookOpenError';
  }
}

export class DatabaseTooNewError extends NotebookOpenError {
  constructor(
    file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      'database-too-new',
      file,
      `${file} was written by a newer version of Dossier (schema ${found}; this version understands up to ${supported}). ` +
        'Update Dossier to open it. The file was not changed.',
    );
  }
}

export interface OpenOptions {
  /** Apply pending migrations (default true; ignored when read-only). */
  migrate?: boolean;
  /** Open for reading only: no pragma, migration or check writes; works on a read-only file. */
  readonly?: boolean;
  /**
   * How much to verify before answering from the file: 'quick' (default) runs SQLite's
   * `quick_check`; 'none' skips it (for `dossier check`, which reports damage itself).
   */
  check?: 'quick' | 'none';
  /** Called before pending migrations run on an existing notebook, outside any transaction (a backup hook). */
  beforeMigrate?: (db: NotebookDatabase, fromVersion: number, toVersion: number) => void;
  /** Pass a pre-built native binding, e.g. one compiled for Electron's ABI. */
  nativeBinding?: string;
}

type Identity = 'new' | 'notebook' | 'legacy-notebook';

export function openDatabase(file: string, options: OpenOptions = {}): NotebookDatabase {
  const identity = identify(file, options);
  const readonly = options.readonly === true;
  const db = readonly
    ? openReadOnly(file, options)
    : new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    const found = readUserVersion(db);
    if (found > latestVersion()) throw new DatabaseTooNewError(file, found, latestVersion());
    if (readonly) {
      if (identity !== 'new' && found < OLDEST_READABLE_VERSION) {
        throw new NotebookOpenError(
          'notebook-outdated',
          file,
          `${file} was made by an older Dossier and must be upgraded before it can be read; open it once where it can be written. The file was not changed.`,
        );
      }
      db.pragma('busy_timeout = 5000');
      db.pragma('query_only = ON');
      if (options.check !== 'none') quickCheck(db, file);
      return db;
    }
    db.pragma('busy_timeout = 5000');
    if (identity !== 'new' && options.check !== 'none') quickCheck(db, file);
    if (identity === 'new') db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    if (options.migrate !== false) {
      const pending = pendingMigrations(db);
      if (pending > 0 && identity !== 'new') {
        options.beforeMigrate?.(db, found, latestVersion());
      }
      migrate(db);
    }
    if (identity === 'legacy-notebook') db.pragma(`application_id = ${APPLICATION_ID}`);
    return db;
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    ) {
      throw damaged(file, error instanceof Error ? error.message : String(error));
    }
    throw error;
  }
}

/**
 * Decides, without writing, whether `file` may be opened as a notebook. A missing or 0-byte
 * file becomes a new notebook; anything else must be SQLite carrying Dossier's application id,
 * or a notebook from before the id was set (its own tables, no id).
 */
function identify(file: string, options: OpenOptions): Identity {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return 'new';
  }
  if (size === 0) return 'new';
  const header = readHeader(file);
  if (header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') {
    throw notANotebook(file, 'it is not a SQLite database');
  }
  const headerId = header.readUInt32BE(68);
  if (headerId === APPLICATION_ID) return 'notebook';
  if (headerId !== 0) {
    throw notANotebook(file, `it belongs to another application (application id ${headerId})`);
  }
  // The header may lag behind a WAL that was never checkpointed, so ask SQLite itself.
  const probe = openReadOnly(file, options);
  try {
    const id = probe.pragma('application_id', { simple: true }) as number;
    if (id === APPLICATION_ID) return 'notebook';
    if (id !== 0) {
      throw notANotebook(file, `it belongs to another application (application id ${id})`);
    }
    const tables = probe
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    if (tables.length === 0) return 'new';
    const ours = NOTEBOOK_TABLES.every((name) => tables.includes(name));
    if (ours && readUserVersion(probe) > 0) return 'legacy-notebook';
    const shown = tables.slice(0, 3).join(', ') + (tables.length > 3 ? ', …' : '');
    throw notANotebook(file, `it is the database of another application (tables ${shown})`);
  } catch (error) {
    if (error instanceof NotebookOpenError) throw error;
    throw damaged(file, error instanceof Error ? error.message : String(error));
  } finally {
    probe.close();
  }
}

/**
 * A read-only connection. A WAL notebook in a folder we may not write (a colleague's share)
 * cannot get its shared-memory file, so SQLite refuses it; then the file is read into memory
 * and opened from there, marked as a rollback-journal database in that copy only (bytes 18
 * and 19 of the header), since SQLite will not deserialize a WAL database.
 */
function openReadOnly(file: string, options: OpenOptions): NotebookDatabase {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const db = new Database(file, { readonly: true, fileMustExist: true, ...binding });
  try {
    readUserVersion(db);
    return db;
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('SQLITE_READONLY') && !code.startsWith('SQLITE_CANTOPEN')) throw error;
  }
  if (existsSync(`${file}-wal`)) {
    throw new NotebookOpenError(
      'notebook-damaged',
      file,
      `${file} has unsaved changes in ${path.basename(file)}-wal that cannot be read from a folder Dossier may not write to. Open it once where it can be written (or copy the folder somewhere writable). The file was not changed.`,
    );
  }
  const bytes = readFileSync(file);
  if (bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return new Database(bytes, { readonly: true, ...binding });
}

/** The first 100 bytes of a database file: SQLite's header (magic string, page size, ids). */
export function readHeader(file: string): Buffer {
  const header = Buffer.alloc(100);
  const descriptor = openSync(file, 'r');
  try {
    readSync(descriptor, header, 0, 100, 0);
  } finally {
    closeSync(descriptor);
  }
  return header;
}

/**
 * Notebooks up to this size get SQLite's whole quick_check on open (it reads every page:
 * about 8 ms a MiB here, so ~0.2 s at this limit and ~10 s at 100,000 articles).
 */
export const FULL_CHECK_LIMIT_BYTES = 24 * 1024 * 1024;

/** The analyst's own work: small tables, checked on every open whatever the notebook's size. */
const WORK_TABLES = [
  'sqlite_schema',
  'highlights',
  'highlight_tags',
  'speakers',
  'speaker_aliases',
  'tags',
  'memos',
  'annotation_history',
  'suggestion_verdicts',
];

/**
 * Refuses a damaged file rather than answering from it wrongly. A notebook under
 * FULL_CHECK_LIMIT_BYTES gets SQLite's quick_check (every page's structure); a larger one has
 * its annotation tables checked here, and `checkWholeFile` is left to the host to run off the
 * thread that answers calls.
 */
function quickCheck(db: NotebookDatabase, file: string): void {
  const bytes =
    (db.pragma('page_count', { simple: true }) as number) *
    (db.pragma('page_size', { simple: true }) as number);
  const tables = bytes <= FULL_CHECK_LIMIT_BYTES ? [null] : existingTables(db, WORK_TABLES);
  for (const table of tables) {
    const problems = checkProblems(
      db,
      file,
      table === null ? 'quick_check(5)' : `quick_check(${table})`,
    );
    if (problems.length > 0) throw damaged(file, problems.join('; '));
  }
}

/** SQLite's quick_check over the whole file; the problems found, or none. */
export function checkWholeFile(db: NotebookDatabase, file: string): string[] {
  return checkProblems(db, file, 'quick_check(5)');
}

function checkProblems(db: NotebookDatabase, file: string, pragma: string): string[] {
  try {
    const rows = db.pragma(pragma) as Array<{ quick_check: string }>;
    const problems = rows.map((row) => row.quick_check);
    return problems.length === 1 && problems[0] === 'ok' ? [] : problems;
  } catch (error) {
    throw damaged(file, error instanceof Error ? error.message : String(error));
  }
}

function existingTables(db: NotebookDatabase, names: string[]): string[] {
  const present = new Set(
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[],
  );
  return names.filter((name) => name === 'sqlite_schema' || present.has(name));
}

function notANotebook(file: string, why: string): NotebookOpenError {
  return new NotebookOpenError(
    'not-a-notebook',
    file,
    `${file} is not a Dossier notebook: ${why}. It was left unchanged. Choose another file, or a new file name to start a notebook.`,
  );
}

export function damaged(file: string, detail: string): NotebookOpenError {
  return new NotebookOpenError(
    'notebook-damaged',
    file,
    `${file} is damaged (${detail}). Nothing was read from it. Run \`dossier check --repair --db "${file}"\` to see what can be mended, or restore a backup (\`dossier restore BACKUP --db "${file}"\`).`,
  );
}
