// Opens the notebook file: pragmas, then migrations. Knows SQLite and nothing of Electron,
// the DOM or main/. The version check runs before any pragma that writes, so a database
// from a newer Dossier is refused with its file left byte-for-byte as it was.
import Database from 'better-sqlite3';
import { latestVersion, migrate, readUserVersion } from './migrate';

export type NotebookDatabase = Database.Database;

export class DatabaseTooNewError extends Error {
  readonly code = 'database-too-new';
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `${file} was written by a newer version of Dossier (schema ${found}; this version understands up to ${supported}). ` +
        'Update Dossier to open it. The file was not changed.',
    );
  }
}

export interface OpenOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Pass a pre-built native binding, e.g. one compiled for Electron's ABI. */
  nativeBinding?: string;
}

export function openDatabase(file: string, options: OpenOptions = {}): NotebookDatabase {
  const db = new Database(
    file,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  try {
    const found = readUserVersion(db);
    if (found > latestVersion()) throw new DatabaseTooNewError(file, found, latestVersion());
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    if (options.migrate !== false) migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
