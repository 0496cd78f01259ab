import { describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, readUserVersion } from '../../../db/migrate';
import { migrations, type Migration } from '../../../db/migrations';

describe('migrate', () => {
  test('applies migrations in order and records each version', () => {
    const db = new Database(':memory:');
    const list: Migration[] = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x)' },
      { version: 2, name: 'two', sql: 'ALTER TABLE a ADD COLUMN y' },
    ];
    expect(migrate(db, list)).toBe(2);
    expect(readUserVersion(db)).toBe(2);
    expect(migrate(db, list)).toBe(0);
  });

  test('rolls a failing migration back entirely, version included', () => {
    const db = new Database(':memory:');
    const list: Migration[] = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x)' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (x); CREATE TABLE a (x)' },
    ];
    expect(() => migrate(db, list)).toThrow(/already exists/);
    expect(readUserVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
  });

  test('rejects a list whose versions are not 1, 2, 3 …', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'gap', sql: '' }])).toThrow(/expected 1/);
  });

  test('the shipped migrations are numbered consecutively', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(
      migrations.map((_, index) => index + 1),
    );
  });
});
