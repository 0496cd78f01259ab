import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { APPLICATION_ID, DatabaseTooNewError, openDatabase } from '../../../db/open';
import { latestVersion } from '../../../db/migrate';
import { tempDbFile } from '../../helpers/temp';

describe('openDatabase', () => {
  test('sets WAL journaling, foreign keys and a busy timeout', () => {
    const db = openDatabase(tempDbFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  test('brings a new file to the latest schema version', () => {
    const db = openDatabase(tempDbFile());
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    db.close();
  });

  test('refuses a database from a newer Dossier and leaves its bytes untouched', () => {
    const file = tempDbFile();
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.exec('CREATE TABLE kept (x)');
    raw.pragma(`user_version = ${latestVersion() + 1}`);
    raw.close();
    const before = readFileSync(file);

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer version of Dossier.*not changed/s);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('opening twice is harmless: migrations are not re-applied', () => {
    const file = tempDbFile();
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    db.close();
  });
});
