// Applies the numbered migrations in db/migrations in order, tracked by PRAGMA user_version.
// Each migration runs with the version bump inside one transaction, so a failure leaves the
// database at the previous version. Released migrations are never edited, only appended.
import type Database from 'better-sqlite3';
import { migrations, type Migration } from './migrations';
import { writeTransaction } from './transaction';

export function readUserVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(list: readonly Migration[] = migrations): number {
  return list.length === 0 ? 0 : list[list.length - 1]!.version;
}

/** How many migrations `migrate` would apply to this database. */
export function pendingMigrations(
  db: Database.Database,
  list: readonly Migration[] = migrations,
): number {
  const current = readUserVersion(db);
  return list.filter((migration) => migration.version > current).length;
}

export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`,
      );
    }
  });
  let applied = 0;
  for (const migration of list) {
    if (migration.version <= readUserVersion(db)) continue;
    writeTransaction(db, () => {
      db.exec(migration.sql);
      migration.edit?.(db);
      db.pragma(`user_version = ${migration.version}`);
    });
    applied += 1;
  }
  return applied;
}
