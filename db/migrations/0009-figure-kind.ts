// Adds the highlight kind 'figure' (a numeric claim the analyst marks and a memo cites like a
// quotation) to the CHECK on highlights.kind, and changes nothing else.
//
// SQLite (3.51 here) cannot alter a CHECK constraint, and the usual rebuild (create, copy, drop,
// rename) would drop highlights with foreign keys on, which deletes every highlight_tags row by
// ON DELETE CASCADE; foreign keys cannot be turned off inside the migration's transaction. So
// this follows the procedure SQLite documents for schema changes that leave the stored content
// valid (lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): inside the
// transaction, read schema_version, turn on writable_schema, rewrite the table's stored SQL,
// set schema_version one higher (so every other connection reparses the schema), turn
// writable_schema off and run integrity_check. Widening the list leaves every stored row
// valid, which is what makes the procedure safe here. The check is limited to highlights (its
// rows against the new CHECK, and its indexes), the only entry rewritten: on a 220 MB notebook
// of 100,000 articles that took 19 ms where the whole-file check took 4.3 to 5.2 s. better-sqlite3 opens connections in
// defensive mode, which ignores writable_schema, so that is lifted for these few statements.
import type Database from 'better-sqlite3';
import type { Migration } from './index';

const KINDS_BEFORE = "CHECK (kind IN ('highlight', 'direct', 'indirect', 'term'))";
const KINDS_AFTER = "CHECK (kind IN ('highlight', 'direct', 'indirect', 'term', 'figure'))";

function storedHighlightsSql(db: Database.Database): string {
  const row = db
    .prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'highlights'`)
    .get() as { sql: string } | undefined;
  if (!row) throw new Error('Migration 0009: the notebook has no highlights table.');
  return row.sql;
}

export function widenHighlightKinds(db: Database.Database): void {
  const before = storedHighlightsSql(db);
  if (!before.includes(KINDS_BEFORE)) {
    throw new Error(`Migration 0009: highlights.kind has an unexpected CHECK: ${before}`);
  }
  const after = before.replace(KINDS_BEFORE, KINDS_AFTER);
  const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare(`UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'highlights'`).run(
      after,
    );
    db.pragma(`schema_version = ${schemaVersion + 1}`);
  } finally {
    // RESET is OFF plus a reparse of this connection's schema, so the new CHECK applies to
    // the very next statement here too (the version bump tells the other connections).
    db.pragma('writable_schema = RESET');
    db.unsafeMode(false);
  }
  const problems = (db.pragma('integrity_check(highlights)') as { integrity_check: string }[]).map(
    (row) => row.integrity_check,
  );
  if (problems.length !== 1 || problems[0] !== 'ok') {
    // Thrown inside the migration's transaction, so the rewrite is rolled back with it.
    throw new Error(`Migration 0009: integrity_check after the rewrite: ${problems.join('; ')}`);
  }
}

export const figureKind: Migration = {
  version: 9,
  name: '0009-figure-kind',
  sql: '',
  edit: widenHighlightKinds,
};
