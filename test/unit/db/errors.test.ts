import { describe, expect, test } from 'vitest';
import { storageFailure } from '../../../db/errors';

const sqlite = (code: string) => Object.assign(new Error('sqlite says no'), { code });

describe('storageFailure', () => {
  test('a full disk is reported as disk-full, never as damage', () => {
    const failure = storageFailure(sqlite('SQLITE_FULL'));
    expect(failure?.code).toBe('disk-full');
    expect(failure?.message).not.toMatch(/damaged|corrupt/);
  });

  test('damage, read-only and busy each get their own code and a next step', () => {
    expect(storageFailure(sqlite('SQLITE_CORRUPT_INDEX'))?.message).toMatch(
      /dossier check --repair/,
    );
    expect(storageFailure(sqlite('SQLITE_NOTADB'))?.code).toBe('notebook-damaged');
    expect(storageFailure(sqlite('SQLITE_READONLY_DIRECTORY'))?.code).toBe('read-only');
    expect(storageFailure(sqlite('SQLITE_BUSY_SNAPSHOT'))?.message).toMatch(/Try again/);
  });

  test('errors that are not SQLite’s are left to the caller', () => {
    expect(storageFailure(new Error('plain'))).toBeNull();
    expect(storageFailure(sqlite('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFailure(null)).toBeNull();
  });
});
