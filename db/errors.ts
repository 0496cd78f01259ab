// What a failed SQLite call means for the analyst. better-sqlite3 throws SqliteError with
// SQLite's extended result code; the few an analyst can act on get a plain cause and a next
// step, so a full disk is never reported as damage and a busy notebook never as a bug.
export type StorageFailureCode = 'disk-full' | 'notebook-damaged' | 'read-only' | 'busy';

export interface StorageFailure {
  code: StorageFailureCode;
  message: string;
}

export function storageFailure(error: unknown): StorageFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') {
    return {
      code: 'disk-full',
      message:
        'the disk holding the notebook is full, so nothing was saved. The notebook is as it was before this change; free some space and try again.',
    };
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return {
      code: 'notebook-damaged',
      message:
        'the notebook file is damaged. Run `dossier check --repair` to see what can be mended, or restore a backup.',
    };
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return {
      code: 'read-only',
      message:
        'the notebook is open read-only (the file or its folder cannot be written), so nothing was changed.',
    };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return {
      code: 'busy',
      message:
        'another program kept the notebook busy for more than 5 seconds, so nothing was changed. Try again.',
    };
  }
  return null;
}
