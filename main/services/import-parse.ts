// Reading and parsing one file for import: everything short of storing it. Runs on an import
// worker (import-worker.ts), or on the database's thread only where no worker can start, so
// it may use only its arguments and the file system: no database, no shared state.
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hash } from 'node:crypto';
import { ImportError, importFile, importPaste, type ImportedArticle } from '../importers';
import type { ImportOutcome } from '../domain/records';
import { storageFailure } from '../../db/errors';

/**
 * One thing to parse: a file on disk, bytes handed over by the UI (base64 is decoded where the
 * parse runs, so the thread that answers calls never decodes a 30 MB string) or a paste.
 * `label` is what outcomes and messages call it.
 */
export type ParseJob =
  | { kind: 'path'; file: string }
  | {
      kind: 'bytes';
      data: string | Uint8Array;
      fileName: string;
      label: string;
      /** The bytes are the import's own (a call's arguments): move them, do not copy them. */
      transfer?: boolean;
    }
  | { kind: 'paste'; text?: string | undefined; html?: string | undefined; label: string };

export interface ParseLimits {
  /** The largest file read, in bytes. */
  maxBytes: number;
  /** The longest canonical text one article may hold, in UTF-16 code units. */
  maxTextChars: number;
}

/**
 * Storing an article indexes its whole text in one statement that cannot be split or paused,
 * on the thread that answers calls: measured ~54 ms for 2 million characters and 0.5–2.8 s
 * for the 26 million of a 25 MiB text file, so longer texts are refused (about 330,000 words;
 * a long report is a tenth of that).
 */
export const DEFAULT_MAX_TEXT_CHARS = 2_000_000;

export function jobLabel(job: ParseJob): string {
  return job.kind === 'path' ? job.file : job.label;
}

export type ParsedFile =
  | {
      kind: 'article';
      file: string;
      bytes: Uint8Array;
      article: ImportedArticle;
      contentHash: string;
      wordCount: number;
      /**
       * The text as UTF-8, set on an article that came from a worker (see packText): storing
       * binds these bytes, so the text never becomes a string on the storing thread.
       */
      textBytes?: Uint8Array;
    }
  | { kind: 'outcome'; outcome: ImportOutcome };

/**
 * A parsed article as it leaves a worker: its text as UTF-8 bytes in a buffer of their own,
 * which moves to the storing thread without a copy. Sent as a string, every article's text
 * would be copied into that thread's heap and wait there for its slice, and the collector's
 * copying of those waiting texts was the largest cost the storing thread had beyond SQLite's.
 */
export function packText(parsed: ParsedFile): ParsedFile {
  if (parsed.kind !== 'article' || parsed.textBytes) return parsed;
  return {
    ...parsed,
    article: { ...parsed.article, text: '' },
    textBytes: new TextEncoder().encode(parsed.article.text),
  };
}

/**
 * The receiving side of packText: the article's text is decoded from its bytes on first
 * reading only (a revision's re-anchoring reads it; storing a new article never does).
 */
export function unpackText(parsed: ParsedFile): ParsedFile {
  if (parsed.kind !== 'article' || !parsed.textBytes) return parsed;
  const { textBytes } = parsed;
  let text: string | undefined;
  Object.defineProperty(parsed.article, 'text', {
    get: () => (text ??= new TextDecoder().decode(textBytes)),
    enumerable: true,
    configurable: true,
  });
  return parsed;
}

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
  const storage = storageFailure(error);
  if (storage) {
    return {
      path: label,
      status: 'failed',
      error: `${path.basename(label)} was not imported: ${storage.message}`,
      errorCode: storage.code,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    path: label,
    status: 'failed',
    error: `${path.basename(label)}: could not be imported (${detail}).`,
    errorCode: 'corrupt',
  };
}

function millions(count: number): string {
  return `${(count / 1_000_000).toFixed(1).replace(/\.0$/, '')} million`;
}

/** Refuses a text too long to store without holding up the notebook's thread. */
function checkLength(article: ImportedArticle, fileName: string, maxTextChars: number): void {
  if (article.text.length <= maxTextChars) return;
  throw new ImportError(
    'too-large',
    fileName,
    `its text is ${millions(article.text.length)} characters long; one article may hold at most ${millions(maxTextChars)}. Split it into smaller files.`,
  );
}

export async function parseBytes(
  bytes: Uint8Array,
  fileName: string,
  label: string,
  limits: ParseLimits,
): Promise<ParsedFile> {
  try {
    const article = await importFile({ bytes, fileName }, { maxBytes: limits.maxBytes });
    checkLength(article, fileName, limits.maxTextChars);
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

export async function parsePath(file: string, limits: ParseLimits): Promise<ParsedFile> {
  const { maxBytes } = limits;
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
  return parseBytes(bytes, path.basename(file), file, limits);
}

async function parsePaste(
  job: Extract<ParseJob, { kind: 'paste' }>,
  limits: ParseLimits,
): Promise<ParsedFile> {
  try {
    const article = await importPaste({
      ...(job.text !== undefined ? { text: job.text } : {}),
      ...(job.html !== undefined ? { html: job.html } : {}),
    });
    checkLength(article, job.label, limits.maxTextChars);
    return {
      kind: 'article',
      file: job.label,
      bytes: new TextEncoder().encode(job.html ?? job.text ?? ''),
      article,
      contentHash: contentHash(article.text),
      wordCount: countWords(article.text),
    };
  } catch (error) {
    return { kind: 'outcome', outcome: failedOutcome(job.label, error) };
  }
}

export function parseJob(job: ParseJob, limits: ParseLimits): Promise<ParsedFile> {
  switch (job.kind) {
    case 'path':
      return parsePath(job.file, limits);
    case 'bytes': {
      if (job.data instanceof Uint8Array) {
        return parseBytes(job.data, job.fileName, job.label, limits);
      }
      const decoded = Buffer.from(job.data, 'base64');
      const bytes = new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
      return parseBytes(bytes, job.fileName, job.label, limits);
    }
    case 'paste':
      return parsePaste(job, limits);
  }
}
