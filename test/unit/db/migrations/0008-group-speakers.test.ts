import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { migrate } from '../../../../db/migrate';
import { migrations } from '../../../../db/migrations';

describe('migration 0008-group-speakers', () => {
  test('speakers stored before the migration are people, not groups', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 7));
    db.prepare(
      "INSERT INTO speakers (name, created_at, updated_at) VALUES ('Lena Marsh', '2024-01-01', '2024-01-01')",
    ).run();
    migrate(db, migrations.slice(0, 8));
    expect(db.prepare('SELECT name, is_group FROM speakers').get()).toEqual({
      name: 'Lena Marsh',
      is_group: 0,
    });
  });

  test('refuses a group flag other than 0 or 1', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 8));
    expect(() =>
      db
        .prepare(
          "INSERT INTO speakers (name, is_group, created_at, updated_at) VALUES ('Crews', 2, 'x', 'x')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
