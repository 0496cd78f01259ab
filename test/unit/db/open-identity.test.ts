// What openDatabase accepts as a notebook, what it refuses, and that a refusal writes nothing.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { APPLICATION_ID, NotebookOpenError, openDatabase } from '../../../db/open';
import { latestVersion, migrate } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import { tempDbFile } from '../../helpers/temp';

function refusal(file: string, options = {}): NotebookOpenError {
  try {
    openDatabase(file, options).close();
  } catch (error) {
    if (error instanceof NotebookOpenError) return error;
    throw error;
  }
  throw new Error(`${file} was opened, but should have been refused`);
}

describe('which files openDatabase takes as a notebook', () => {
  test('a new notebook carries Dossier’s application id', () => {
    const db = openDatabase(tempDbFile());
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  test('an empty (0-byte) file becomes a new notebook', () => {
    const file = tempDbFile();
    writeFileSync(file, '');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  test('another application’s SQLite database is refused by name and left byte-identical', () => {
    const file = tempDbFile();
    const other = new Database(file);
    other.pragma('journal_mode = DELETE');
    other.exec(
      "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Orla Venn')",
    );
    other.close();
    const before = readFileSync(file);

    const error = refusal(file);
    expect(error.code).toBe('not-a-notebook');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/another application \(tables customers\)/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  test('a database carrying another application id is refused without being opened for writing', () => {
    const file = tempDbFile();
    const other = new Database(file);
    other.pragma('application_id = 1234');
    other.exec('CREATE TABLE articles (x)');
    other.close();
    const before = readFileSync(file);
    expect(refusal(file).message).toMatch(/application id 1234/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('a file that is not SQLite at all is refused and left as it was', () => {
    const file = tempDbFile();
    writeFileSync(file, 'Quarterly report, draft three.\n'.repeat(40));
    const before = readFileSync(file);
    const error = refusal(file);
    expect(error.message).toMatch(/not a SQLite database/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('a notebook made before notebooks had an application id is adopted and upgraded', () => {
    const file = tempDbFile();
    const old = new Database(file);
    migrate(old, migrations.slice(0, 2));
    old.close();
    const db = openDatabase(file);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    db.close();
  });

  test('beforeMigrate runs once, with the versions, only when an existing notebook needs upgrading', () => {
    const file = tempDbFile();
    const calls: Array<[number, number]> = [];
    const hook = {
      beforeMigrate: (_db: unknown, from: number, to: number) => calls.push([from, to]),
    };
    openDatabase(file, hook).close(); // new: nothing to back up
    openDatabase(file, hook).close(); // current: nothing to migrate
    expect(calls).toEqual([]);

    const older = tempDbFile();
    const old = new Database(older);
    migrate(old, migrations.slice(0, 2));
    old.close();
    openDatabase(older, hook).close();
    expect(calls).toEqual([[2, latestVersion()]]);
  });
});

describe('damage and read-only notebooks', () => {
  function notebookWithArticles(count: number): string {
    const file = tempDbFile();
    const db = openDatabase(file);
    const insert = db.prepare(
      `INSERT INTO articles (title, format, original, text, content_hash, imported_at, updated_at)
       VALUES (?, 'text', x'00', ?, ?, 'now', 'now')`,
    );
    for (let index = 0; index < count; index += 1) {
      insert.run(
        `Harbour report ${index}`,
        `The ferry from Lowmere ran late. `.repeat(40),
        `h${index}`,
      );
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    return file;
  }

  test('a notebook with garbage written inside is refused with a message that says what to do', () => {
    const file = notebookWithArticles(400);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const middle = Math.floor(statSync(file).size / pageSize / 2) * pageSize;
    for (let offset = 0; offset < 1024; offset += 1) bytes[middle + offset] = (offset * 131) % 256;
    writeFileSync(file, bytes);

    const error = refusal(file);
    expect(error.code).toBe('notebook-damaged');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/dossier check --repair/);
    expect(error.message).toMatch(/restore a backup/);
  });

  test('damage on the first page (the schema) is reported as damage, not as a bare SQLite error', () => {
    const file = notebookWithArticles(20);
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 100, 1100);
    writeFileSync(file, bytes);
    const error = refusal(file);
    expect(error.code).toBe('notebook-damaged');
    expect(error.message).toMatch(/dossier check --repair/);
  });

  test('check "none" opens a damaged notebook, so check --repair can reach it', () => {
    const file = notebookWithArticles(50);
    const bytes = readFileSync(file);
    bytes.fill(0x5a, bytes.length - 2048, bytes.length - 1024);
    writeFileSync(file, bytes);
    expect(() => openDatabase(file, { check: 'none' }).close()).not.toThrow();
  });

  test('a read-only open reads and searches without writing a byte', () => {
    const file = notebookWithArticles(5);
    const before = readFileSync(file);
    const db = openDatabase(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);
    expect(
      db
        .prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'ferry'")
        .pluck()
        .get(),
    ).toBe(5);
    expect(() => db.exec("UPDATE articles SET title = 'x'")).toThrow();
    db.close();
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
