// Bringing articles into the notebook: runs the pure importers, detects duplicates by the
// hash of the cleaned text, and stores each article (original bytes + canonical text) in its
// own transaction, so a failing file never leaves a partial row and the batch carries on.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { NotebookDatabase } from '../../db/open';
import * as queries from '../../db/queries/articles';
import type { ImportOutcome } from '../ipc/contract';
import {
  ImportError,
  importFile,
  importPaste,
  DEFAULT_MAX_BYTES,
  type ImportedArticle,
} from '../importers';

export type { ImportOutcome };

export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex');
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

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

export function createImportService(db: NotebookDatabase, options: { maxBytes?: number } = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  function store(
    article: ImportedArticle,
    original: Uint8Array,
    source: { path: string | null; name: string | null },
    label: string,
  ): ImportOutcome {
    const hash = contentHash(article.text);
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
        original,
        text: article.text,
        contentHash: hash,
        wordCount: countWords(article.text),
      });
      return { path: label, status: 'imported', articleId, title: article.title };
    })();
  }

  function failed(label: string, error: unknown): ImportOutcome {
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

  async function importBytes(input: {
    bytes: Uint8Array;
    fileName: string;
    sourcePath?: string | null;
  }): Promise<ImportOutcome> {
    const label = input.sourcePath ?? input.fileName;
    try {
      const article = await importFile(
        { bytes: input.bytes, fileName: input.fileName },
        { maxBytes },
      );
      return store(
        article,
        input.bytes,
        { path: input.sourcePath ?? null, name: input.fileName },
        label,
      );
    } catch (error) {
      return failed(label, error);
    }
  }

  type Parsed =
    | { kind: 'article'; file: string; bytes: Uint8Array; article: ImportedArticle }
    | { kind: 'outcome'; outcome: ImportOutcome };

  /** Reads and parses one file; storing happens later, in a batch. */
  async function parsePath(file: string): Promise<Parsed> {
    const info = await stat(file).catch(() => null);
    if (!info)
      return {
        kind: 'outcome',
        outcome: {
          path: file,
          status: 'failed',
          error: `${file}: no such file or folder.`,
          errorCode: 'not-found',
        },
      };
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
    try {
      const bytes = new Uint8Array(await readFile(file));
      const article = await importFile({ bytes, fileName: path.basename(file) }, { maxBytes });
      return { kind: 'article', file, bytes, article };
    } catch (error) {
      return { kind: 'outcome', outcome: failed(file, error) };
    }
  }

  /**
   * Stores a batch of parsed articles in one transaction, each inside its own savepoint
   * (better-sqlite3 nests db.transaction that way): an article that fails to store rolls
   * back alone, and the batch pays for one commit instead of one per article.
   */
  function storeBatch(batch: Parsed[]): ImportOutcome[] {
    return db.transaction(() =>
      batch.map((parsed): ImportOutcome => {
        if (parsed.kind === 'outcome') return parsed.outcome;
        try {
          return store(
            parsed.article,
            parsed.bytes,
            { path: parsed.file, name: path.basename(parsed.file) },
            parsed.file,
          );
        } catch (error) {
          return failed(parsed.file, error);
        }
      }),
    )();
  }

  const BATCH_FILES = 200;
  const BATCH_BYTES = 64 * 1024 * 1024;
  const PARSE_CONCURRENCY = 16;

  return {
    importBytes,
    /** Imports files and folders (recursed), reporting each outcome as its batch is stored. */
    async importPaths(
      paths: string[],
      onOutcome?: (outcome: ImportOutcome, index: number, total: number) => void,
    ): Promise<ImportOutcome[]> {
      const files = await expandPaths(paths);
      const outcomes: ImportOutcome[] = [];
      let batch: Parsed[] = [];
      let batchBytes = 0;
      const flush = () => {
        for (const outcome of storeBatch(batch)) {
          outcomes.push(outcome);
          onOutcome?.(outcome, outcomes.length - 1, files.length);
        }
        batch = [];
        batchBytes = 0;
      };
      // Reading and parsing overlap a few files at a time (file reads wait on the disk);
      // storing stays in file order.
      for (let index = 0; index < files.length; index += PARSE_CONCURRENCY) {
        const group = await Promise.all(
          files.slice(index, index + PARSE_CONCURRENCY).map(parsePath),
        );
        for (const parsed of group) {
          batch.push(parsed);
          batchBytes += parsed.kind === 'article' ? parsed.bytes.length : 0;
          if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) flush();
        }
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
        const article = await importPaste(input);
        const original = new TextEncoder().encode(input.html ?? input.text ?? '');
        return store(article, original, { path: null, name: null }, label);
      } catch (error) {
        return failed(label, error);
      }
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
