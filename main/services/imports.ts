// Bringing articles into the notebook: runs the pure importers, detects duplicates by the
// hash of the cleaned text, and stores each article (original bytes + canonical text) in its
// own transaction, so a failing file never leaves a partial row and the batch carries on.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { NotebookDatabase } from '../../db/open';
import * as queries from '../../db/queries/articles';
import type { ImportOutcome } from '../ipc/contract';
import { importPaste, DEFAULT_MAX_BYTES, type ImportedArticle } from '../importers';
import {
  contentHash,
  countWords,
  failedOutcome,
  parseBytes,
  parsePath,
  type ParsedFile,
} from './import-parse';

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
}

/** Files read and parsed ahead of storing: reads wait on the disk, so a few overlap. */
const READ_AHEAD = 16;

export function createImportService(db: NotebookDatabase, options: ImportServiceOptions = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  /** Stores one parsed article in its own transaction (a savepoint inside a batch). */
  function store(
    parsed: Extract<ParsedFile, { kind: 'article' }>,
    source: { path: string | null; name: string | null },
  ): ImportOutcome {
    const { article, bytes, contentHash: hash, wordCount, file: label } = parsed;
    return db.transaction((): ImportOutcome => {
      const existing = queries.findArticleByHash(db, hash);
      if (existing && !existing.deleted) {
        return { path: label, status: 'duplicate', articleId: existing.id, title: existing.title };
      }
      if (existing?.deleted) {
        // The analyst deleted this article and brings it back: restore it, annotations and all.
        queries.setArticleDeleted(db, existing.id, false);
        return { path: label, status: 'imported', articleId: existing.id, title: existing.title };
      }
      const articleId = queries.insertArticle(db, {
        title: article.title,
        author: article.author,
        publisher: article.publisher,
        dateline: article.dateline,
        publishedAt: article.publishedAt,
        language: article.language,
        sourceUrl: article.sourceUrl,
        format: article.format,
        sourcePath: source.path,
        originalName: source.name,
        original: bytes,
        text: article.text,
        contentHash: hash,
        wordCount,
      });
      return { path: label, status: 'imported', articleId, title: article.title };
    })();
  }

  function storeParsed(
    parsed: ParsedFile,
    source: { path: string | null; name: string | null },
  ): ImportOutcome {
    if (parsed.kind === 'outcome') return parsed.outcome;
    try {
      return store(parsed, source);
    } catch (error) {
      return failedOutcome(parsed.file, error);
    }
  }

  /**
   * Stores a batch of parsed files in one transaction, each inside its own savepoint
   * (better-sqlite3 nests db.transaction that way): an article that fails to store rolls
   * back alone, and the batch pays for one commit instead of one per article.
   */
  function storeBatch(batch: ParsedFile[]): ImportOutcome[] {
    return db.transaction(() =>
      batch.map((parsed) =>
        storeParsed(
          parsed,
          parsed.kind === 'article'
            ? { path: parsed.file, name: path.basename(parsed.file) }
            : { path: null, name: null },
        ),
      ),
    )();
  }

  const BATCH_FILES = 200;
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
     * Imports files and folders (recursed). Reading and parsing run a few files ahead of
     * storing, storing keeps file order, and each outcome is reported as its batch commits.
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
      const inFlight: Promise<ParsedFile>[] = [];
      let nextFile = 0;
      const fill = () => {
        while (nextFile < files.length && inFlight.length < READ_AHEAD)
          inFlight.push(parsePath(files[nextFile++]!, maxBytes));
      };
      fill();
      while (inFlight.length > 0) {
        const parsed = await inFlight.shift()!;
        fill();
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
