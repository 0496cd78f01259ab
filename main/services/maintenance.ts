// Backups, restore and health checks of one notebook: where backups live (a `backups` folder
// beside the notebook file), what they are called, which automatic ones are kept, and the
// checks before a file may replace the notebook. The SQLite work is db/maintenance.ts; this
// knows no host, so the CLI, the API and the desktop menu share it.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { NotebookDatabase } from '../../db/open';
import { latestVersion, migrate, readUserVersion } from '../../db/migrate';
import {
  BackupRefusedError,
  backupDatabase,
  backupDatabaseSync,
  checkDatabase,
  inspectBackup,
  repairDatabase,
  replaceClosedFile,
  restoreInto,
} from '../../db/maintenance';
import { invalidInput } from '../domain/errors';
import type { BackupEntry, BackupKind, CheckReport, RestoreOutcome } from '../domain/maintenance';

export type { BackupEntry, BackupKind, CheckReport, RestoreOutcome } from '../domain/maintenance';

/** Automatic backups (daily and before a migration) kept per notebook; older ones are deleted. */
export const AUTOMATIC_BACKUPS_KEPT = 7;
/** An automatic backup is made when the newest one is older than this. */
export const DAILY_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** How often a long-running host asks whether a daily backup is due. */
const DAILY_CHECK_EVERY_MS = 60 * 60 * 1000;
/**
 * The first check waits until the app has started: the day's copy of a large notebook takes
 * seconds, and made at once it would hold up the first screen.
 */
export const FIRST_BACKUP_CHECK_AFTER_MS = 15 * 1000;

export function backupsFolderFor(notebookFile: string): string {
  return path.join(path.dirname(path.resolve(notebookFile)), 'backups');
}

/** "2026-12-01T22-30-00": UTC, second precision, safe in a file name on every platform. */
export function fileStamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-');
}

function notebookStem(notebookFile: string): string {
  return path.basename(notebookFile).replace(/\.(sqlite3?|db|dossier)$/i, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A path like `base` that does not exist yet: `base`, then `base` with -2, -3 … before `extension`. */
function freshPath(base: string, extension: string): string {
  let candidate = `${base}${extension}`;
  for (let attempt = 2; existsSync(candidate); attempt += 1)
    candidate = `${base}-${attempt}${extension}`;
  return candidate;
}

export interface MaintenanceOptions {
  db: NotebookDatabase;
  file: string;
  /** Defaults to the `backups` folder beside the notebook file. */
  backupsFolder?: string;
  now?: () => Date;
  keepAutomatic?: number;
}

/**
 * Makes the backup taken just before migrations run on an existing notebook (the hook
 * openDatabase calls). Synchronous, because opening is.
 */
export function backupBeforeMigration(
  db: NotebookDatabase,
  notebookFile: string,
  fromVersion: number,
  toVersion: number,
  options: { backupsFolder?: string; now?: () => Date; keepAutomatic?: number } = {},
): BackupEntry {
  const folder = options.backupsFolder ?? backupsFolderFor(notebookFile);
  const target = plannedBackupPath(
    folder,
    notebookFile,
    'before-migration',
    (options.now ?? (() => new Date()))(),
  );
  mkdirSync(folder, { recursive: true });
  try {
    backupDatabaseSync(db, target);
  } catch (error) {
    throw new Error(
      `${notebookFile} was not upgraded (schema ${fromVersion} to ${toVersion}) because its backup to ${target} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  pruneAutomatic(folder, notebookFile, options.keepAutomatic ?? AUTOMATIC_BACKUPS_KEPT);
  return entryFor(folder, notebookFile, path.basename(target))!;
}

function plannedBackupPath(
  folder: string,
  notebookFile: string,
  kind: BackupKind,
  at: Date,
): string {
  return freshPath(
    path.join(folder, `${notebookStem(notebookFile)}-${fileStamp(at)}-${kind}`),
    '.sqlite',
  );
}

function backupNamePattern(notebookFile: string): RegExp {
  return new RegExp(
    `^${escapeRegExp(notebookStem(notebookFile))}-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(manual|daily|before-migration)(?:-\\d+)?\\.sqlite$`,
  );
}

function entryFor(folder: string, notebookFile: string, name: string): BackupEntry | null {
  const match = backupNamePattern(notebookFile).exec(name);
  if (!match) return null;
  const file = path.join(folder, name);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return null;
  }
  const [, day, hours, minutes, seconds, kind] = match;
  return {
    name,
    file,
    kind: kind as BackupKind,
    createdAt: `${day}T${hours}:${minutes}:${seconds}.000Z`,
    size,
  };
}

function listIn(folder: string, notebookFile: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .map((name) => entryFor(folder, notebookFile, name))
    .filter((entry): entry is BackupEntry => entry !== null)
    .sort((a, b) =>
      a.createdAt === b.createdAt
        ? b.name.localeCompare(a.name)
        : a.createdAt < b.createdAt
          ? 1
          : -1,
    );
}

function pruneAutomatic(folder: string, notebookFile: string, keep: number): void {
  const automatic = listIn(folder, notebookFile).filter((entry) => entry.kind !== 'manual');
  for (const old of automatic.slice(keep)) rmBackup(old.file);
}

function rmBackup(file: string): void {
  try {
    // A backup is one file (rollback-journal mode): nothing else lies beside it.
    rmSync(file, { force: true });
  } catch {
    // One that cannot be deleted now is tried again at the next prune.
  }
}

/**
 * Restores over a notebook file that cannot be opened (too damaged), so nothing has it open:
 * the file and its -wal are renamed aside, then the backup copied in.
 */
export function restoreClosedNotebook(
  notebookFile: string,
  fromFile: string,
  now: () => Date = () => new Date(),
): RestoreOutcome {
  const file = path.resolve(notebookFile);
  const source = path.resolve(fromFile);
  if (source === file) throw invalidInput(`${fromFile} is the notebook itself.`);
  let inspection;
  try {
    inspection = inspectBackup(source);
  } catch (error) {
    if (error instanceof BackupRefusedError) throw invalidInput(error.message);
    throw error;
  }
  const keptAside = freshPath(`${file}.replaced-${fileStamp(now())}`, '');
  replaceClosedFile(file, source, keptAside);
  return {
    restoredFrom: source,
    keptAside,
    schemaVersion: inspection.schemaVersion,
    articleCount: inspection.articleCount,
  };
}

export function createMaintenanceService(options: MaintenanceOptions) {
  const { db } = options;
  const file = path.resolve(options.file);
  const folder = options.backupsFolder ?? backupsFolderFor(file);
  const now = options.now ?? (() => new Date());
  const keep = options.keepAutomatic ?? AUTOMATIC_BACKUPS_KEPT;

  function refuse(error: unknown): never {
    if (error instanceof BackupRefusedError) throw invalidInput(error.message);
    throw error;
  }

  async function makeBackup(kind: BackupKind): Promise<BackupEntry> {
    mkdirSync(folder, { recursive: true });
    const target = plannedBackupPath(folder, file, kind, now());
    await backupDatabase(db, target);
    if (kind !== 'manual') pruneAutomatic(folder, file, keep);
    return entryFor(folder, file, path.basename(target))!;
  }

  const service = {
    backupsFolder: folder,

    /** A backup into the backups folder, which the app never deletes. */
    backupNow(): Promise<BackupEntry> {
      return makeBackup('manual');
    },

    /** Backs up to `toFile`, anywhere but onto the notebook itself. */
    async backup(toFile: string): Promise<{ file: string; size: number }> {
      const target = path.resolve(toFile);
      if (target === file || target.startsWith(`${file}-`)) {
        throw invalidInput(`${toFile} is the notebook itself; a backup must be a separate file.`);
      }
      if (!existsSync(path.dirname(target))) {
        throw invalidInput(`${toFile}: the folder ${path.dirname(target)} does not exist.`);
      }
      await backupDatabase(db, target);
      return { file: target, size: statSync(target).size };
    },

    /** This notebook's backups in its backups folder, newest first. */
    listBackups(): BackupEntry[] {
      return listIn(folder, file);
    },

    /** The backup of that name in the backups folder (names come from listBackups). */
    backupNamed(name: string): BackupEntry {
      const entry = path.basename(name) === name ? entryFor(folder, file, name) : null;
      if (!entry) throw invalidInput(`There is no backup called "${name}" in ${folder}.`);
      return entry;
    },

    /**
     * Replaces the notebook's contents with the backup in `fromFile`, after checking that it
     * is a whole Dossier notebook this version can read. The notebook as it was is first
     * copied to `<notebook>.replaced-<time>`. The open connection stays open and reads the
     * restored notebook from its next statement, so hosts need not reopen anything; an older
     * backup is brought up to the current schema at once.
     */
    async restore(fromFile: string): Promise<RestoreOutcome> {
      const source = path.resolve(fromFile);
      if (source === file) throw invalidInput(`${fromFile} is the notebook itself.`);
      try {
        inspectBackup(source);
      } catch (error) {
        refuse(error);
      }
      const keptAside = freshPath(`${file}.replaced-${fileStamp(now())}`, '');
      // In one go, just before the restore: a write that slipped in between the two would be
      // in neither the notebook kept aside nor the restored one, and this narrows that gap from
      // the length of a copy to the few event-loop turns before the restore's single step.
      backupDatabaseSync(db, keptAside);
      await restoreInto(file, source);
      if (readUserVersion(db) < latestVersion()) migrate(db);
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // Another reader holds the WAL; it is checkpointed later as usual.
      }
      return {
        restoredFrom: source,
        keptAside,
        schemaVersion: readUserVersion(db),
        articleCount: db
          .prepare('SELECT count(*) FROM articles WHERE deleted_at IS NULL')
          .pluck()
          .get() as number,
      };
    },

    /** Integrity, foreign keys and the search index; with `repair`, rebuilds the indexes. */
    check(options: { repair?: boolean } = {}): CheckReport {
      const repairRequested = options.repair === true;
      if (!repairRequested) {
        const found = checkDatabase(db);
        return {
          file,
          ok: found.length === 0,
          repairRequested,
          found,
          actions: [],
          remaining: found,
        };
      }
      const result = repairDatabase(db);
      return { file, ok: result.remaining.length === 0, repairRequested, ...result };
    },

    /** Makes a daily backup when the newest automatic one is a day old (or there is none). */
    async backupIfDue(): Promise<BackupEntry | null> {
      const newest = listIn(folder, file).find((entry) => entry.kind !== 'manual');
      if (newest && now().getTime() - Date.parse(newest.createdAt) < DAILY_BACKUP_INTERVAL_MS) {
        return null;
      }
      return makeBackup('daily');
    },

    /**
     * For hosts that stay open (the desktop app, the web host): a daily backup now if one is
     * due, then an hourly look. Returns the function that stops it (before closing the db).
     */
    startDailyBackups(onError: (error: unknown) => void): () => void {
      let stopped = false;
      const run = () => {
        if (!stopped) service.backupIfDue().catch((error) => !stopped && onError(error));
      };
      const first = setTimeout(run, FIRST_BACKUP_CHECK_AFTER_MS);
      first.unref();
      const timer = setInterval(run, DAILY_CHECK_EVERY_MS);
      timer.unref();
      return () => {
        stopped = true;
        clearTimeout(first);
        clearInterval(timer);
      };
    },
  };
  return service;
}

export type MaintenanceService = ReturnType<typeof createMaintenanceService>;
