// Parsing files for import on worker threads. Parsing and cleaning cost as much CPU as
// storing, and storing must stay on the thread that owns the database, so a large import
// reads and parses on other cores while this thread stores. Results come back in file order.
// A worker that fails (cannot start, crashes) costs nothing but speed: its files are parsed
// on this thread instead, so no file is ever lost or reported twice.
import { Worker } from 'node:worker_threads';
import type { ParsedFile } from './import-parse';

export interface ParseRequest {
  id: number;
  files: string[];
  maxBytes: number;
}

export interface ParseReply {
  id: number;
  results: ParsedFile[];
}

/** The little of a worker the pool uses, so tests can hand it fakes. */
export interface WorkerHandle {
  /** Requests may be posted before the worker has started; it takes them up in order. */
  post(request: ParseRequest): void;
  onReply(listener: (reply: ParseReply) => void): void;
  /** Called once if the worker fails to start, throws, or exits while it still owes replies. */
  onFailure(listener: (error: Error) => void): void;
  terminate(): void;
}

export type SpawnWorker = () => WorkerHandle;

export interface ParsePoolOptions {
  spawn: SpawnWorker;
  workers: number;
  /** The same parse, on this thread: for the first files, spare moments and failed workers. */
  parseHere: (file: string, maxBytes: number) => Promise<ParsedFile>;
  /** Files per message: large enough that messaging is cheap, small enough to keep order flowing. */
  chunkSize?: number;
  /**
   * Files this thread parses first, while the workers start (a few hundred milliseconds):
   * the workers begin after them, so nobody waits for anybody at the start.
   */
  headStartFiles?: number;
  /**
   * How far parsing may run ahead of the consumer. The consumer stores whole batches and
   * meanwhile handles no messages, so workers need more than a batch of files queued to stay
   * busy; the byte limit keeps a folder of large PDFs from piling up in memory.
   */
  aheadFiles?: number;
  aheadBytes?: number;
}

interface Chunk {
  files: string[];
  /** Whether a worker or this thread has taken it. */
  taken: boolean;
  settled: boolean;
  /** Bytes held by the chunk's parsed results, known once they arrive. */
  size: number;
  results: Promise<ParsedFile[]>;
  resolve: (results: ParsedFile[]) => void;
}

/** Runs a worker script (an ES module file URL) as a WorkerHandle. */
export function nodeWorkerSpawner(script: URL): SpawnWorker {
  return () => {
    const worker = new Worker(script);
    let failed = false;
    let owed = 0;
    const failureListeners: ((error: Error) => void)[] = [];
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const listener of failureListeners) listener(error);
    };
    worker.on('error', fail);
    worker.on('messageerror', fail);
    worker.on('exit', (code) => {
      if (owed > 0) fail(new Error(`the import worker stopped (exit code ${code}).`));
    });
    return {
      post(request) {
        owed += 1;
        worker.postMessage(request);
      },
      onReply(listener) {
        worker.on('message', (reply: ParseReply) => {
          owed -= 1;
          listener(reply);
        });
      },
      onFailure(listener) {
        failureListeners.push(listener);
      },
      terminate() {
        owed = 0;
        void worker.terminate();
      },
    };
  };
}

/**
 * Reads and parses `files` on worker threads; yields one ParsedFile per file, in order.
 * This thread parses the first files itself while the workers start, and parses a chunk
 * further on whenever it would otherwise wait for a worker.
 */
export async function* parseInWorkers(
  files: readonly string[],
  maxBytes: number,
  options: ParsePoolOptions,
): AsyncGenerator<ParsedFile> {
  const chunkSize = options.chunkSize ?? 16;
  const aheadChunks = Math.max(2, Math.ceil((options.aheadFiles ?? 2048) / chunkSize));
  const aheadBytes = options.aheadBytes ?? 128 * 1024 * 1024;
  const chunks: Chunk[] = [];
  for (let start = 0; start < files.length; start += chunkSize) {
    let resolve: (results: ParsedFile[]) => void = () => undefined;
    const results = new Promise<ParsedFile[]>((done) => (resolve = done));
    chunks.push({
      files: files.slice(start, start + chunkSize),
      taken: false,
      settled: false,
      size: 0,
      results,
      resolve,
    });
  }
  const headStart = Math.min(
    Math.floor(chunks.length / 4),
    Math.ceil((options.headStartFiles ?? 1024) / chunkSize),
  );

  /** Chunks consumed so far; `next` is where the workers (and spare moments here) take from. */
  let consumed = 0;
  let next = headStart;
  let heldBytes = 0;

  const settle = (chunk: Chunk, results: ParsedFile[]) => {
    chunk.size = sizeOf(results);
    chunk.settled = true;
    heldBytes += chunk.size;
    chunk.resolve(results);
  };
  const parseChunkHere = async (chunk: Chunk) => {
    chunk.taken = true;
    const results: ParsedFile[] = [];
    for (const file of chunk.files) results.push(await options.parseHere(file, maxBytes));
    settle(chunk, results);
  };
  /** The next untaken chunk from `next` on, if the consumer is not too far behind. */
  const take = (): number | null => {
    while (next < chunks.length && chunks[next]!.taken) next += 1;
    if (next >= chunks.length || next >= consumed + aheadChunks || heldBytes >= aheadBytes) {
      return null;
    }
    chunks[next]!.taken = true;
    return next++;
  };

  interface Slot {
    handle: WorkerHandle | null;
    owes: Set<number>;
  }
  const slots: Slot[] = [];
  /**
   * Hands chunks to the workers. Together they hold at most five eighths of the window:
   * enough to keep them busy while the consumer stores a large batch, and the rest stays for
   * this thread to take up whenever it would otherwise wait.
   */
  const pump = () => {
    const live = slots.filter((slot) => slot.handle !== null);
    const share = Math.max(1, Math.ceil((aheadChunks * 5) / 8 / Math.max(1, live.length)));
    for (const slot of live) {
      while (slot.handle && slot.owes.size < share) {
        const id = take();
        if (id === null) return;
        slot.owes.add(id);
        slot.handle.post({ id, files: chunks[id]!.files, maxBytes });
      }
    }
  };

  for (let index = 0; index < options.workers; index += 1) {
    const slot: Slot = { handle: null, owes: new Set() };
    try {
      slot.handle = options.spawn();
    } catch {
      continue; // no worker: its share is parsed here
    }
    slot.handle.onReply((reply) => {
      const chunk = chunks[reply.id];
      if (!slot.owes.delete(reply.id) || !chunk) return;
      settle(chunk, reply.results);
      pump();
    });
    slot.handle.onFailure(() => {
      const owed = [...slot.owes];
      slot.owes.clear();
      slot.handle?.terminate();
      slot.handle = null;
      for (const id of owed) void parseChunkHere(chunks[id]!);
    });
    slots.push(slot);
  }

  try {
    pump();
    for (let index = 0; index < chunks.length; index += 1) {
      const chunk = chunks[index]!;
      if (!chunk.taken) {
        // The head start, or a chunk no worker could take (all failed): parse it here.
        await parseChunkHere(chunk);
        await deliverMessages();
      }
      // Rather than wait for a worker, parse a chunk further on: time this thread would
      // otherwise spend idle, and the workers' lead on the consumer grows.
      while (!chunk.settled) {
        const spare = take();
        if (spare === null) break;
        await parseChunkHere(chunks[spare]!);
        await deliverMessages();
      }
      const results = await chunk.results;
      consumed = index + 1;
      heldBytes -= chunk.size;
      pump();
      yield* results;
    }
  } finally {
    for (const slot of slots) slot.handle?.terminate();
  }
}

/**
 * Parsing here only awaits promises, which never lets the event loop deliver the workers'
 * replies; this does.
 */
function deliverMessages(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function sizeOf(results: readonly ParsedFile[]): number {
  let size = 0;
  for (const result of results) {
    if (result.kind === 'article') size += result.bytes.byteLength + result.article.text.length * 2;
  }
  return size;
}
