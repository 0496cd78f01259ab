// The only way the notebook begins a transaction. Writes begin IMMEDIATE, so the write lock
// is taken before the first read and a second writer (the CLI beside the app, say) waits
// out the busy timeout instead of failing with SQLITE_BUSY_SNAPSHOT, which a deferred
// transaction that reads and then writes gets and no busy handler can retry. Lint forbids
// calling `.transaction(` anywhere else.
import type Database from 'better-sqlite3';

/** Runs `body` in one IMMEDIATE transaction (a savepoint when already inside one). */
export function writeTransaction<T>(db: Database.Database, body: () => T): T {
  return db.transaction(body).immediate();
}

/** Runs `body` in one deferred transaction: a consistent snapshot for several reads. */
export function readTransaction<T>(db: Database.Database, body: () => T): T {
  return db.transaction(body).deferred();
}
