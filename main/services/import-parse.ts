// Reading and parsing one file for import: everything short of storing it. Runs in the main
// thread or in a parse worker (import-worker.mjs), so it may use only its arguments and the
// file system: no database, no shared state.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { ImportError, importFile, type ImportedArticle } from '../importers';
import type { ImportOutcome } from '../ipc/contract';

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
  return createHash('sha256').update(text.normalize('NFC')).digest('hex');
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
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

export async function parsePath(file: string, maxBytes: number): Promise<ParsedFile> {
  const info = await stat(file).catch(() => null);
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
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    return { kind: 'outcome', outcome: failedOutcome(file, error) };
  }
  return parseBytes(bytes, path.basename(file), file, maxBytes);
}
