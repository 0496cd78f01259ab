// Bringing articles into the notebook: hands every file, drop and paste to the parse pool (worker
// threads), detects duplicates by the hash of the cleaned text, and stores each article
// (original bytes + canonical text) by one statement, so a failing file never leaves a partial
// row and the import carries on. Storing runs on the thread that answers calls, so it commits
// in slices of a few tens of milliseconds and lets other calls in between. Each import is
// tracked (files done / total, current file) and can be cancelled: what was committed stays,
// the rest is reported as cancelled.
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { NotebookDatabase } from '../../db/open';
import * as queries from '../../db/queries/articles';
import type { ImportOutcome, ImportProgress } from '../domain/records';
import { DEFAULT_MAX_BYTES } from '../importers';
import {
  contentHash,
  countWords,
  DEFAULT_MAX_TEXT_CHARS,
  failedOutcome,
  jobLabel,
  type ParseJob,
  type ParsedFile,
} from './import-parse';
import { createParsePool, nodeWorkerSpawner, type SpawnWorker } from './parse-pool';
import type { RevisionMode, RevisionService } from './revisions';
import { writeTransaction } from '../../db/transaction';

export type { ImportOutcome, ImportProgress };

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
  /** The longest canonical text one article may hold (see DEFAULT_MAX_TEXT_CHARS). */
  maxTextChars?: number;
  /**
   * The import worker script (import-worker.mjs from the sources, the built import-worker.js
   * in the desktop app). Without it files are parsed on this thread, which only tests and
   * a worker that cannot start should ever need.
   */
  parseWorker?: URL | undefined;
  /** Starts a worker; tests pass fakes. Defaults to a worker_threads Worker on parseWorker. */
  spawnParseWorker?: SpawnWorker | undefined;
  /** How many workers; defaults to one per core beyond this one (at least one, at most four). */
  parseWorkers?: number | undefined;
  /** A file that takes longer than this to read is refused (default 30 s). */
  fileTimeLimitMs?: number | undefined;
  /** A file that needs more memory than this to read is refused (default 1024 MB). */
  fileMemoryLimitMb?: number | undefined;
  /**
   * How long one storing transaction may take, commit included (default 40 ms, so a host
   * answering calls answers within 100 ms meanwhile). The CLI, which answers nobody while it
   * imports, passes more: fewer commits leave the full-text index fewer segments to merge.
   */
  storeSliceMs?: number | undefined;
  /** Told how each import progresses: when it starts, about ten times a second, when it ends. */
  onProgress?: ((progress: ImportProgress) => void) | undefined;
  /**
   * Recognises a file that is a newer copy of a live article (see revisions.ts). Without it
   * every file with new text imports as a new article.
   */
  revisions?: Pick<RevisionService, 'consider'> | undefined;
}

export const DEFAULT_FILE_TIME_LIMIT_MS = 30_000;
export const DEFAULT_FILE_MEMORY_LIMIT_MB = 1024;

/**
 * Storing holds the thread that answers calls, and the write lock another process may be
 * waiting for: a slice stores for about this long (or BATCH_FILES articles), commits, and lets
 * the event loop run before the next.
 */
export const STORE_SLICE_MS = 40;
const BATCH_FILES = 1000;
const PROGRESS_INTERVAL_MS = 100;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

interface Source {
  path: string | null;
  name: string | null;
}

function sourceOf(job: ParseJob): Source {
  switch (job.kind) {
    case 'path':
      return { path: job.file, name: path.basename(job.file) };
    case 'bytes':
      return { path: job.label === job.fileName ? null : job.label, name: job.fileName };
    case 'paste':
      return { path: null, name: null };
  }
}

function cancelledOutcome(job: ParseJob): ImportOutcome {
  const label = jobLabel(job);
  return {
    path: label,
    status: 'cancelled',
    error: `${job.kind === 'paste' ? label : path.basename(label)}: not imported, the import was cancelled.`,
    errorCode: 'cancelled',
  };
}

interface TrackedImport {
  progress: { -readonly [Key in keyof ImportProgress]: ImportProgress[Key] };
  cancelled: boolean;
  cancel(): void;
}

export function createImportService(db: NotebookDatabase, options: ImportServiceOptions = {}) {
  const storeSliceMs = options.storeSliceMs ?? STORE_SLICE_MS;
  const limits = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxTextChars: options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS,
  };
  const spawnWorker =
    options.spawnParseWorker ??
    (options.parseWorker ? nodeWorkerSpawner(options.parseWorker) : undefined);
  const pool = createParsePool({
    spawn: spawnWorker,
    workers: options.parseWorkers ?? Math.min(4, Math.max(1, availableParallelism() - 1)),
    fileTimeLimitMs: options.fileTimeLimitMs ?? DEFAULT_FILE_TIME_LIMIT_MS,
    fileMemoryLimitMb: options.fileMemoryLimitMb ?? DEFAULT_FILE_MEMORY_LIMIT_MB,
  });
  const running = new Map<number, TrackedImport>();
  let importSerial = 0;

  /**
   * Stores one parsed article. Its row is written by a single statement, and SQLite applies a
   * statement wholly or not at all (index and full-text entries included), so a failing
   * article never leaves a partial row, inside a batch or on its own.
   */
  function store(
    parsed: Extract<ParsedFile, { kind: 'article' }>,
    source: Source,
    revisionMode: RevisionMode,
  ): ImportOutcome {
    const { article, bytes, contentHash: hash, wordCount, file: label } = parsed;
    const revision = options.revisions?.consider(
      { ...parsed, label, sourcePath: source.path, originalName: source.name },
      revisionMode,
    );
    if (revision) return revision;
    // Field by field, not by spread: a spread would read the text, which a worker's result
    // holds as UTF-8 bytes that SQLite takes as they are (import-parse.ts, packText).
    const articleId = queries.insertArticleUnlessStored(db, {
      title: article.title,
      author: article.author,
      publisher: article.publisher,
      dateline: article.dateline,
      publishedAt: article.publishedAt,
      language: article.language,
      sourceUrl: article.sourceUrl,
      format: article.format,
      metadataSources: article.metadataSources,
      text: parsed.textBytes ?? article.text,
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
    source: Source,
    revisionMode: RevisionMode,
  ): ImportOutcome {
    if (parsed.kind === 'outcome') return parsed.outcome;
    const inBatch = db.inTransaction;
    try {
      return store(parsed, source, revisionMode);
    } catch (error) {
      // Some failures (a full disk, an I/O error) make SQLite roll back the whole batch: then
      // nothing of it is stored, and reporting its other files as imported would be false.
      if (inBatch && !db.inTransaction) throw error;
      return failedOutcome(parsed.file, error);
    }
  }

  /**
   * The share of a slice's time spent in its statements; the rest is the commit, where the
   * full-text index writes out what the statements queued (about as long again for many small
   * articles). The next slice's statements get that share of STORE_SLICE_MS.
   */
  let statementShare = 0.5;
  /** What one article's statement took, lately: how many articles fill a slice. */
  let articleMs = 1;
  const sliceFiles = () =>
    Math.max(1, Math.min(BATCH_FILES, Math.floor((storeSliceMs * statementShare) / articleMs)));

  /**
   * Stores the parsed files at the head of `ready` in one transaction of about STORE_SLICE_MS,
   * commit included: each article's statement stands or falls alone, and the slice pays for
   * one commit instead of one per article.
   */
  function storeSlice(
    ready: { parsed: ParsedFile; source: Source }[],
    revisionMode: RevisionMode,
  ): ImportOutcome[] {
    const started = performance.now();
    const budget = Math.max(5, storeSliceMs * statementShare);
    let statementsMs = 0;
    const outcomes = writeTransaction(db, () => {
      const stored: ImportOutcome[] = [];
      while (
        ready.length > 0 &&
        stored.length < BATCH_FILES &&
        (stored.length === 0 || performance.now() - started < budget)
      ) {
        const { parsed, source } = ready.shift()!;
        stored.push(storeParsed(parsed, source, revisionMode));
      }
      statementsMs = performance.now() - started;
      return stored;
    });
    const totalMs = performance.now() - started;
    if (outcomes.length > 0) articleMs = (articleMs + statementsMs / outcomes.length) / 2;
    if (totalMs > 1) {
      statementShare = Math.min(1, Math.max(0.1, (statementShare + statementsMs / totalMs) / 2));
    }
    return outcomes;
  }

  /**
   * Parses `jobs` on the pool and stores them in order, reporting each outcome as its slice
   * commits. Cancelled, it stops after the slice under way: every job not stored by then is
   * reported as cancelled.
   */
  async function runImport(
    jobs: readonly ParseJob[],
    onOutcome?: (outcome: ImportOutcome, index: number, total: number) => void,
    revisionMode: RevisionMode = 'offer',
  ): Promise<ImportOutcome[]> {
    const id = ++importSerial;
    const parsing = pool.start(jobs, limits);
    const tracked: TrackedImport = {
      progress: {
        id,
        done: 0,
        total: jobs.length,
        current: jobs[0] ? jobLabel(jobs[0]) : null,
        state: 'running',
      },
      cancelled: false,
      cancel() {
        tracked.cancelled = true;
        parsing.cancel();
      },
    };
    running.set(id, tracked);
    let reportedAt = 0;
    const report = (force: boolean) => {
      const now = performance.now();
      if (!force && now - reportedAt < PROGRESS_INTERVAL_MS) return;
      reportedAt = now;
      options.onProgress?.({ ...tracked.progress });
    };
    report(true);

    const outcomes: ImportOutcome[] = [];
    const ready: { parsed: ParsedFile; source: Source }[] = [];
    const take = (parsed: ParsedFile) =>
      ready.push({ parsed, source: sourceOf(jobs[outcomes.length + ready.length]!) });
    try {
      while (outcomes.length < jobs.length && !tracked.cancelled) {
        if (ready.length === 0) {
          const parsed = await parsing.next();
          if (!parsed || tracked.cancelled) break;
          take(parsed);
        }
        for (const parsed of parsing.takeReady(BATCH_FILES - ready.length)) take(parsed);
        // Storing outruns parsing wherever the parse is the slower side (one worker on two
        // cores); a slice of the few files ready then is a commit, and a full-text segment to
        // merge later, for a handful of articles, and those commits took the core the worker
        // needed. So wait, without holding the thread or any transaction, until a slice's
        // worth is parsed or a slice's time has passed.
        const gatherUntil = performance.now() + storeSliceMs;
        while (
          ready.length < sliceFiles() &&
          outcomes.length + ready.length < jobs.length &&
          performance.now() < gatherUntil &&
          !tracked.cancelled
        ) {
          const parsed = await parsing.next();
          if (!parsed) break;
          take(parsed);
          for (const more of parsing.takeReady(BATCH_FILES - ready.length)) take(more);
        }
        if (tracked.cancelled) break;
        for (const outcome of storeSlice(ready, revisionMode)) {
          outcomes.push(outcome);
          onOutcome?.(outcome, outcomes.length - 1, jobs.length);
        }
        tracked.progress.done = outcomes.length;
        const next = jobs[outcomes.length];
        tracked.progress.current = next ? jobLabel(next) : null;
        report(false);
        await yieldToEventLoop();
      }
    } finally {
      if (outcomes.length < jobs.length) parsing.cancel();
      running.delete(id);
    }
    for (const job of jobs.slice(outcomes.length)) {
      const outcome = cancelledOutcome(job);
      outcomes.push(outcome);
      onOutcome?.(outcome, outcomes.length - 1, jobs.length);
    }
    tracked.progress.state = tracked.cancelled ? 'cancelled' : 'finished';
    tracked.progress.current = null;
    report(true);
    return outcomes;
  }

  return {
    /** One file's bytes, as the UI hands them over (parsed on a worker like every file). */
    async importBytes(input: {
      bytes: Uint8Array;
      fileName: string;
      sourcePath?: string | null;
    }): Promise<ImportOutcome> {
      const [outcome] = await runImport([
        {
          kind: 'bytes',
          data: input.bytes,
          fileName: input.fileName,
          label: input.sourcePath ?? input.fileName,
        },
      ]);
      return outcome!;
    },

    /** Files the UI sends (picker, drop), as bytes or base64 (decoded on the worker): one import. */
    importFiles(
      files: readonly { name: string; data: string | Uint8Array }[],
    ): Promise<ImportOutcome[]> {
      return runImport(
        files.map((file) => ({
          kind: 'bytes',
          data: file.data,
          fileName: file.name,
          label: file.name,
          // A call's arguments are its own: its bytes move to the worker without a copy.
          transfer: true,
        })),
      );
    },

    /**
     * Imports files and folders (recursed). Reading and parsing run ahead of storing on the
     * worker threads, storing keeps file order, and each outcome is reported as its slice
     * commits.
     */
    async importPaths(
      paths: string[],
      onOutcome?: (outcome: ImportOutcome, index: number, total: number) => void,
      importOptions: { revisions?: RevisionMode } = {},
    ): Promise<ImportOutcome[]> {
      pool.warm();
      const files = await expandPaths(paths);
      return runImport(
        files.map((file) => ({ kind: 'path', file })),
        onOutcome,
        importOptions.revisions,
      );
    },

    async importPaste(input: {
      text?: string | undefined;
      html?: string | undefined;
    }): Promise<ImportOutcome> {
      // A paste has no source to match on, and its callers show only imported or duplicate.
      const [outcome] = await runImport(
        [{ kind: 'paste', ...input, label: 'Pasted text' }],
        undefined,
        'off',
      );
      return outcome!;
    },

    /** The imports under way, oldest first. */
    progress(): ImportProgress[] {
      return [...running.values()].map((tracked) => ({ ...tracked.progress }));
    },

    /** Cancels one import (by id) or every import under way; returns how many it cancelled. */
    cancel(id?: number): number {
      let cancelled = 0;
      for (const tracked of running.values()) {
        if ((id === undefined || tracked.progress.id === id) && !tracked.cancelled) {
          tracked.cancel();
          cancelled += 1;
        }
      }
      return cancelled;
    },

    /** Stops the parse workers; imports under way end as cancelled. */
    close(): void {
      for (const tracked of running.values()) tracked.cancel();
      pool.close();
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
