import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { migrate } from '../../../../db/migrate';
import { migrations } from '../../../../db/migrations';
import {
  getMemoVersion,
  insertMemo,
  insertMemoVersion,
  listMemoVersions,
} from '../../../../db/queries/memos';

function notebookAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version));
  return db;
}

const document = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] });

function version(memoId: number, keptAt: string) {
  return {
    memoId,
    title: 'Ferry note',
    document,
    size: document.length,
    wordCount: 0,
    quotationCount: 0,
    savedAt: '2034-01-10T08:00:00.000Z',
    keptAt,
  };
}

describe('migration 0006-memo-versions', () => {
  test('memos saved before the migration keep their rows and have no versions yet', () => {
    const db = notebookAt(5);
    const id = insertMemo(db, { title: 'Ferry note', scope: '{}', document });
    migrate(db, migrations.slice(0, 6));
    expect(listMemoVersions(db, id)).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM memos').get()).toEqual({ n: 1 });
  });

  test('versions list newest first and keep their document', () => {
    const db = notebookAt(6);
    const id = insertMemo(db, { title: 'Ferry note', scope: '{}', document });
    insertMemoVersion(db, version(id, '2034-01-10T09:00:00.000Z'));
    const newer = insertMemoVersion(db, version(id, '2034-01-10T10:00:00.000Z'));
    expect(listMemoVersions(db, id).map((row) => row.id)).toEqual([newer, newer - 1]);
    expect(getMemoVersion(db, newer)?.document).toBe(document);
  });

  test('the document column refuses text that is not JSON', () => {
    const db = notebookAt(6);
    const id = insertMemo(db, { title: 'Ferry note', scope: '{}', document });
    expect(() =>
      insertMemoVersion(db, { ...version(id, '2034-01-10T09:00:00.000Z'), document: '{oops' }),
    ).toThrow(/CHECK/);
  });

  test("a memo's versions go when the memo is deleted", () => {
    const db = notebookAt(6);
    const id = insertMemo(db, { title: 'Ferry note', scope: '{}', document });
    insertMemoVersion(db, version(id, '2034-01-10T09:00:00.000Z'));
    db.prepare('DELETE FROM memos WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM memo_versions').get()).toEqual({ n: 0 });
  });
});
