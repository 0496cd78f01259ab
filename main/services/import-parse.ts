// Reading and parsing one file for import: everything short of storing it. Runs on the
// database's thread or on an import worker (import-worker.ts), so it may use only its
// arguments and the file system: no database, no shared state.
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hash } from 'node:crypto';
import { ImportError, importFile, type ImportedArticle } from '../importers';
import type { ImportOutcome } from '../domain/records';

export type ParsedFile =
  | {
      kind: 'article';
      file: string;
      bytes: Uint8Array;
      article: ImportedArticle;
      contentHash: string;
      wordCount: number;
    }
  | { kind: 'outcome'; outcome: ImportOutcome };

export function contentHash(text: string): string {
  return hash('sha256', text.normalize('NFC'), 'hex');
}

/** Whether a UTF-16 code unit is white space as `\s` defines it. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Runs of non-space characters (what `/\S+/g` matches), counted without building them. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code > 0x20 && code < 0xa0 ? false : isSpace(code)) inWord = false;
    else if (!inWord) {
      inWord = true;
      words += 1;
    }
  }
  return words;
}

export function failedOutcome(label: string, error: unknown): ImportOutcome {
  if (error instanceof ImportError) {
    return { path: label, status: 'failed', error: error.message, errorCode: error.code };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    path: label,
    status: 'failed',
    error: `${path.basename(label)}: could not be imported (${detail}).`,
    errorCode: 'corrupt',
  };
}

export async function parseBytes(
  bytes: Uint8Array,
  fileName: string,
  label: string,
  maxBytes: number,
): Promise<ParsedFile> {
  try {
    const article = await importFile({ bytes, fileName }, { maxBytes });
    return {
      kind: 'article',
      file: label,
      bytes,
      article,
      contentHash: contentHash(article.text),
      wordCount: countWords(article.text),
    };
  } catch (error) {
    return { kind: 'outcome', outcome: failedOutcome(label, error) };
  }
}

/** Files up to this size are read synchronously: for small files that is several times cheaper. */
const SYNC_READ_LIMIT = 1024 * 1024;

export async function parsePath(file: string, maxBytes: number): Promise<ParsedFile> {
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    return { kind: 'outcome', outcome: failedOutcome(file, error) };
  }
  if (!info) {
    return {
      kind: 'outcome',
      outcome: {
        path: file,
        status: 'failed',
        error: `${file}: no such file or folder.`,
        errorCode: 'not-found',
      },
    };
  }
  if (info.size > maxBytes) {
    return {
      kind: 'outcome',
      outcome: {
        path: file,
        status: 'failed',
        error: `${path.basename(file)} is ${(info.size / 1048576).toFixed(1)} MiB; the limit is ${(maxBytes / 1048576).toFixed(0)} MiB.`,
        errorCode: 'too-large',
      },
    };
  }
  let bytes: Uint8Array;
  try {
    const read = info.size <= SYNC_READ_LIMIT ? readFileSync(file) : await readFile(file);
    bytes = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
  } catch (error) {
    return { kind: 'outcome', outcome: failedOutcome(file, error) };
  }
  return parseBytes(bytes, path.basename(file), file, maxBytes);
}
