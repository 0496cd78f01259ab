// Bringing articles into the notebook: runs the pure importers, detects duplicates by the
// hash of the cleaned text, and stores each article (original bytes + canonical text) in its
// own transaction, so a failing file never leaves a partial row and the batch carries on.
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { NotebookDatabase } from '../../db/open';
import * as queries from '../../db/queries/articles';
import type { ImportOutcome } from '../domain/records';
import { importPaste, DEFAULT_MAX_BYTES, type ImportedArticle } from '../importers';
import {
  contentHash,
  countWords,
  failedOutcome,
  parseBytes,
  parsePath,
  type ParsedFile,
} from './import-parse';
import { nodeWorkerSpawner, parseInWorkers, type SpawnWorker } from './parse-pool';
import { writeTransaction } from '../../db/transaction';

export type { ImportOutcome };

export { contentHash, countWords };

const IGNORED_NAMES = /^(\.|~\$|Thumbs\.db$|desktop\.ini$)/i;

/** Every file under the given paths (folders recursed, hidden files skipped), in stable order. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  async function walk(folder: string): Promise<void> {
    const entries = (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => !IGNORED_NAMES.test(entry.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) files.push(full);
    }
  }
  for (const target of paths.map((item) => path.resolve(item))) {
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory()) await walk(target);
    else files.push(target); // a missing path is reported as failed, with its reason, later
  }
  return files;
}

export interface ImportServiceOptions {
  maxBytes?: number;
  /**
   * The import worker script (import-worker.mjs from the sources, the built import-worker.js
   * in the desktop app). Without it, or for small imports, files are parsed on this thread.
   */
  parseWorker?: URL | undefined;
  /** Starts a worker; tests pass fakes. Defaults to a worker_threads Worker on parseWorker. */
  spawnParseWorker?: SpawnWorker | undefined;
  /** How many workers; defaults to one per core beyond this one (at least one, at most four). */
  parseWorkers?: number | undefined;
}

/** Below this many files a worker's start-up costs more than it saves. */
const WORKER_MIN_FILES = 48;

/** Reads and parses files on this thread, one after another, yielding in order. */
async function* parseHere(files: readonly string[], maxBytes: number): AsyncGenerator<ParsedFile> {
  for (const file of files) yield await parsePath(file, maxBytes);
}

export function createImportService(db: NotebookDatabase, options: ImportServiceOptions = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const spawnWorker =
    options.spawnParseWorker ??
    (options.parseWorker ? nodeWorkerSpawner(options.parseWorker) : undefined);
  const workerCount = options.parseWorkers ?? Math.min(4, Math.max(1, availableParallelism() - 1));

  function parseFiles(files: readonly string[]): AsyncGenerator<ParsedFile> {
    if (!spawnWorker || workerCount < 1 || files.length < WORKER_MIN_FILES) {
      return parseHere(files, maxBytes);
    }
    return parseInWorkers(files, maxBytes, {
      spawn: spawnWorker,
      workers: workerCount,
      parseHere: parsePath,
    });
  }

  /**
   * Stores one parsed article. Its row is written by a single statement, and SQLite applies a
   * statement wholly or not at all (index and full-text entries included), so a failing
   * article never leaves a partial row, inside a batch or on its own.
   */
  function store(
    parsed: Extract<ParsedFile, { kind: 'article' }>,
    source: { path: string | null; name: string | null },
  ): ImportOutcome {
    const { article, bytes, contentHash: hash, wordCount, file: label } = parsed;
    const articleId = queries.insertArticleUnlessStored(db, {
      ...article,
      sourcePath: source.path,
      originalName: source.name,
      original: bytes,
      contentHash: hash,
      wordCount,
    });
    if (articleId !== null)
      return { path: label, status: 'imported', articleId, title: article.title };
    const existing = queries.findArticleByHash(db, hash);
    if (!existing) throw new Error('the article was neither stored nor found as a duplicate');
    if (existing.deleted) {
      // The analyst deleted this article and brings it back: restore it, annotations and all.
      queries.setArticleDeleted(db, existing.id, false);
      return { path: label, status: 'imported', articleId: existing.id, title: existing.title };
    }
    return { path: label, status: 'duplicate', articleId: existing.id, title: existing.title };
  }

  function storeParsed(
    parsed: ParsedFile,
    source: { path: string | null; name: string | null },
  ): ImportOutcome {
    if (parsed.kind === 'outcome') return parsed.outcome;
    const inBatch = db.inTransaction;
    try {
      return store(parsed, source);
    } catch (error) {
      // Some failures (a full disk, an I/O error) make SQLite roll back the whole batch: then
      // nothing of it is stored, and reporting its other files as imported would be false.
      if (inBatch && !db.inTransaction) throw error;
      return failedOutcome(parsed.file, error);
    }
  }

  /**
   * Stores a batch of parsed files in one transaction: each article's statement stands or
   * falls alone, and the batch pays for one commit instead of one per article.
   */
  function storeBatch(batch: ParsedFile[]): ImportOutcome[] {
    return writeTransaction(db, () =>
      batch.map((parsed) =>
        storeParsed(
          parsed,
          parsed.kind === 'article'
            ? { path: parsed.file, name: path.basename(parsed.file) }
            : { path: null, name: null },
        ),
      ),
    );
  }

  // One commit per thousand articles: batches of 200 measured 5–20% slower to store (more
  // commits, more full-text index segments to merge), and progress is still reported
  // several times a second.
  const BATCH_FILES = 1000;
  const BATCH_BYTES = 64 * 1024 * 1024;

  return {
    async importBytes(input: {
      bytes: Uint8Array;
      fileName: string;
      sourcePath?: string | null;
    }): Promise<ImportOutcome> {
      const label = input.sourcePath ?? input.fileName;
      const parsed = await parseBytes(input.bytes, input.fileName, label, maxBytes);
      return storeParsed(parsed, { path: input.sourcePath ?? null, name: input.fileName });
    },

    /**
     * Imports files and folders (recursed). Reading and parsing run ahead of storing (on
     * worker threads for large imports), storing keeps file order, and each outcome is
     * reported as its batch commits.
     */
    async importPaths(
      paths: string[],
      onOutcome?: (outcome: ImportOutcome, index: number, total: number) => void,
    ): Promise<ImportOutcome[]> {
      const files = await expandPaths(paths);
      const outcomes: ImportOutcome[] = [];
      let batch: ParsedFile[] = [];
      let batchBytes = 0;
      const flush = () => {
        for (const outcome of storeBatch(batch)) {
          outcomes.push(outcome);
          onOutcome?.(outcome, outcomes.length - 1, files.length);
        }
        batch = [];
        batchBytes = 0;
      };
      for await (const parsed of parseFiles(files)) {
        batch.push(parsed);
        batchBytes += parsed.kind === 'article' ? parsed.bytes.length : 0;
        if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) flush();
      }
      if (batch.length > 0) flush();
      return outcomes;
    },

    async importPaste(input: {
      text?: string | undefined;
      html?: string | undefined;
    }): Promise<ImportOutcome> {
      const label = 'Pasted text';
      try {
        const article: ImportedArticle = await importPaste(input);
        const bytes = new TextEncoder().encode(input.html ?? input.text ?? '');
        return storeParsed(
          {
            kind: 'article',
            file: label,
            bytes,
            article,
            contentHash: contentHash(article.text),
            wordCount: countWords(article.text),
          },
          { path: null, name: null },
        );
      } catch (error) {
        return failedOutcome(label, error);
      }
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
