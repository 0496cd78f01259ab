// The import parse pool: every file, drop and paste is read and parsed on worker threads, so
// the thread that answers calls (the web host's, the Electron main process's) only stores.
// Workers start on first use, stay while there is work and stop when idle. Each file gets a
// time and a memory budget: a worker that exceeds either is stopped, that one file is refused
// with a message naming it and the problem, and a fresh worker takes up the other files.
// Results come back to each import in its file order, whoever parsed what. Only where no
// worker can start at all are files parsed on this thread: that costs speed, never a file.
// Knows nothing of the database; parsing itself is import-parse.ts.
import { Worker } from 'node:worker_threads';
import {
  jobLabel,
  parseJob,
  unpackText,
  type ParseJob,
  type ParseLimits,
  type ParsedFile,
} from './import-parse';
import path from 'node:path';

export interface ParseRequest {
  id: number;
  jobs: ParseJob[];
  limits: ParseLimits;
}

export interface ParseReply {
  id: number;
  results: ParsedFile[];
}

/** What the worker tells the pool without a message: how far it has got. */
export interface WorkerActivity {
  /** Jobs begun since the worker started; 0 means it has not begun any (still starting). */
  begun: number;
  /** The request it is on, and the position within it of the job it is on. */
  request: number;
  index: number;
}

/** The little of a worker the pool uses, so tests can hand it fakes. */
export interface WorkerHandle {
  /** Requests may be posted before the worker has started; it takes them up in order. */
  post(request: ParseRequest): void;
  onReply(listener: (reply: ParseReply) => void): void;
  /** Called once if the worker fails to start, throws, runs out of memory or exits early. */
  onFailure(listener: (error: Error & { code?: string }) => void): void;
  activity(): WorkerActivity;
  /** Whether the worker keeps the process alive: yes while it owes work, no while idle. */
  keepAlive(alive: boolean): void;
  terminate(): void;
}

export type SpawnWorker = (options: { memoryMb: number }) => WorkerHandle;

/** Runs a worker script (an ES module file URL) as a WorkerHandle. */
export function nodeWorkerSpawner(script: URL): SpawnWorker {
  return ({ memoryMb }) => {
    const shared = new Int32Array(new SharedArrayBuffer(12));
    const worker = new Worker(script, {
      workerData: { activity: shared },
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    });
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
        worker.postMessage(request, transferables(request.jobs));
      },
      onReply(listener) {
        worker.on('message', (reply: ParseReply) => {
          owed -= 1;
          reply.results.forEach(unpackText);
          listener(reply);
        });
      },
      onFailure(listener) {
        failureListeners.push(listener);
      },
      activity: () => ({
        begun: Atomics.load(shared, 0),
        request: Atomics.load(shared, 1),
        index: Atomics.load(shared, 2),
      }),
      keepAlive(alive) {
        if (alive) worker.ref();
        else worker.unref();
      },
      terminate() {
        owed = 0;
        failed = true;
        void worker.terminate();
      },
    };
  };
}

/** The buffers of jobs whose bytes may move to the worker: whole buffers only, never a slice. */
function transferables(jobs: readonly ParseJob[]): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const job of jobs) {
    if (job.kind !== 'bytes' || !job.transfer || !(job.data instanceof Uint8Array)) continue;
    const { buffer, byteOffset, byteLength } = job.data;
    if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) {
      buffers.push(buffer);
    }
  }
  return buffers;
}

/** Moved bytes cannot be sent again, so a job that moves them goes only to an idle worker. */
function movesBytes(chunk: { jobs: readonly ParseJob[] }): boolean {
  return transferables(chunk.jobs).length > 0;
}

export interface ParsePoolOptions {
  /** Starts a worker; without one (or when it cannot start) files are parsed on this thread. */
  spawn?: SpawnWorker | undefined;
  /** At most this many workers at once. */
  workers: number;
  /** A file whose parse runs longer than this is refused. */
  fileTimeLimitMs: number;
  /** A worker whose heap would grow past this (MB) is stopped and its current file refused. */
  fileMemoryLimitMb: number;
  /** Files per message for files on disk: large enough that messaging is cheap. */
  chunkSize?: number;
  /**
   * How far parsing may run ahead of the storing: enough files queued to keep the workers
   * busy while a batch is stored, and a byte limit so large PDFs do not pile up in memory.
   */
  aheadFiles?: number;
  aheadBytes?: number;
  /** Workers with nothing to do stop after this long; the next import starts them again. */
  idleMs?: number;
  /** Where no worker can start: the same parse, here. */
  parseHere?: (job: ParseJob, limits: ParseLimits) => Promise<ParsedFile>;
}

/** One import's stream of results, in the order of its jobs. */
export interface ParseRun {
  /** The next result, waiting for it if need be; null once all are delivered or on cancel. */
  next(): Promise<ParsedFile | null>;
  /** The results that are ready now, in order, without waiting. */
  takeReady(max: number): ParsedFile[];
  /** Stops parsing this run's files at once (a worker on one of them is stopped). */
  cancel(): void;
}

export interface ParsePool {
  start(jobs: readonly ParseJob[], limits: ParseLimits): ParseRun;
  /**
   * Starts the workers before there is work for them (while an import lists its folders, say),
   * so their start-up overlaps that; idle, they stop as ever.
   */
  warm(): void;
  /** Stops every worker; runs still under way are cancelled. */
  close(): void;
}

interface RunState {
  chunks: Chunk[];
  limits: ParseLimits;
  cancelled: boolean;
  /** Chunks handed to the queue so far, and bytes parsed but not yet taken by the consumer. */
  queued: number;
  heldBytes: number;
  cursor: number;
  offset: number;
  wake: (() => void) | null;
}

interface Chunk {
  run: RunState;
  jobs: ParseJob[];
  results: (ParsedFile | undefined)[];
  left: number;
  size: number;
}

interface Assignment {
  chunk: Chunk;
  /** Positions in chunk.jobs this request carries (a requeued chunk carries only the rest). */
  indices: number[];
}

interface Slot {
  handle: WorkerHandle;
  owes: Map<number, Assignment>;
  /** The activity count last seen, and when it last changed (or work was first posted). */
  begunSeen: number;
  since: number;
  replied: boolean;
}

const MEMORY_ERROR = 'ERR_WORKER_OUT_OF_MEMORY';

interface Problem {
  code: string;
  message: string;
}

export function createParsePool(options: ParsePoolOptions): ParsePool {
  const chunkSize = options.chunkSize ?? 16;
  const aheadFiles = options.aheadFiles ?? 2048;
  const aheadBytes = options.aheadBytes ?? 128 * 1024 * 1024;
  const idleMs = options.idleMs ?? 20_000;
  const parseHere = options.parseHere ?? parseJob;
  /** Requests per worker in flight: enough that it never waits for the next one. */
  const perWorker = Math.max(
    2,
    Math.ceil(aheadFiles / chunkSize / 2 / Math.max(1, options.workers)),
  );
  const runs = new Set<RunState>();
  const queue: Chunk[] = [];
  const slots = new Set<Slot>();
  let requestSerial = 0;
  /** Set when a worker cannot start: until then, files are parsed here. */
  let brokenUntil = 0;
  let watchdog: ReturnType<typeof setInterval> | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  const pendingIndices = (chunk: Chunk) =>
    chunk.jobs.map((_, index) => index).filter((index) => chunk.results[index] === undefined);

  function settleJob(chunk: Chunk, index: number, result: ParsedFile): void {
    if (chunk.results[index] !== undefined) return;
    chunk.results[index] = result;
    chunk.left -= 1;
    if (result.kind === 'article') {
      // Measured without reading the text, which a worker's result holds as bytes until used.
      const text = result.textBytes?.byteLength ?? result.article.text.length * 2;
      const size = result.bytes.byteLength + text;
      chunk.size += size;
      chunk.run.heldBytes += size;
    }
    if (chunk.left === 0) chunk.run.wake?.();
  }

  /** Moves a run's next chunks onto the queue, as far as its window allows. */
  function feed(run: RunState): void {
    const aheadChunks = Math.max(2, Math.ceil(aheadFiles / chunkSize));
    while (
      !run.cancelled &&
      run.queued < run.chunks.length &&
      run.queued < run.cursor + aheadChunks &&
      run.heldBytes < aheadBytes
    ) {
      queue.push(run.chunks[run.queued]!);
      run.queued += 1;
    }
  }

  function refusal(job: ParseJob, problem: Problem): ParsedFile {
    const label = jobLabel(job);
    const fileName = job.kind === 'paste' ? label : path.basename(label);
    return {
      kind: 'outcome',
      outcome: {
        path: label,
        status: 'failed',
        error: `Cannot import "${fileName}": ${problem.message}`,
        errorCode: problem.code,
      },
    };
  }

  function spawnSlot(): Slot | null {
    if (!options.spawn || Date.now() < brokenUntil || closed) return null;
    let handle: WorkerHandle;
    try {
      handle = options.spawn({ memoryMb: options.fileMemoryLimitMb });
    } catch {
      brokenUntil = Date.now() + 60_000;
      return null;
    }
    const slot: Slot = { handle, owes: new Map(), begunSeen: 0, since: Date.now(), replied: false };
    handle.onReply((reply) => {
      const assignment = slot.owes.get(reply.id);
      if (!assignment || !slots.has(slot)) return;
      slot.owes.delete(reply.id);
      slot.replied = true;
      slot.since = Date.now();
      assignment.indices.forEach((index, position) => {
        const result = reply.results[position];
        if (result) settleJob(assignment.chunk, index, result);
      });
      pump();
    });
    handle.onFailure((error) => {
      if (!slots.has(slot)) return;
      const started = slot.replied || handle.activity().begun > 0;
      if (!started) {
        // The worker could not start (even out of memory before its first file, the limit
        // being too low for the reader's own code): parse here for a while rather than fail
        // every file or start worker after worker.
        brokenUntil = Date.now() + 60_000;
        retire(slot, null);
      } else {
        retire(
          slot,
          error.code === MEMORY_ERROR
            ? {
                code: 'too-large',
                message: `it needs more than ${options.fileMemoryLimitMb} MB of memory to read.`,
              }
            : { code: 'corrupt', message: `its reader stopped unexpectedly (${error.message}).` },
        );
      }
      pump();
    });
    slots.add(slot);
    return slot;
  }

  /**
   * Stops a worker. With a problem, the job it was on is refused with it; every other job it
   * owed goes back to the front of the queue for another worker.
   */
  function retire(slot: Slot, problem: Problem | null): void {
    const activity = slot.handle.activity();
    slots.delete(slot);
    slot.handle.terminate();
    const current = slot.owes.get(activity.request);
    const owed = [...slot.owes.values()];
    slot.owes.clear();
    const index = current?.indices[activity.index];
    if (problem && current && index !== undefined) {
      settleJob(current.chunk, index, refusal(current.chunk.jobs[index]!, problem));
    }
    const back = owed.map((assignment) => assignment.chunk).filter((chunk) => chunk.left > 0);
    queue.unshift(...back.filter((chunk) => !chunk.run.cancelled));
  }

  async function parseChunkHere(chunk: Chunk): Promise<void> {
    for (const index of pendingIndices(chunk)) {
      if (chunk.run.cancelled || closed) return;
      settleJob(chunk, index, await parseHere(chunk.jobs[index]!, chunk.run.limits));
      // Let replies, other calls and a cancel in between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  function busy(): boolean {
    return queue.length > 0 || [...slots].some((slot) => slot.owes.size > 0);
  }

  function checkTimes(): void {
    const now = Date.now();
    for (const slot of [...slots]) {
      if (slot.owes.size === 0) continue;
      const begun = slot.handle.activity().begun;
      if (begun !== slot.begunSeen) {
        slot.begunSeen = begun;
        slot.since = now;
      } else if (now - slot.since > options.fileTimeLimitMs) {
        const seconds = Math.round(options.fileTimeLimitMs / 100) / 10;
        retire(slot, { code: 'too-slow', message: `it took longer than ${seconds} s to read.` });
      }
    }
    pump();
  }

  /** Hands queued chunks to workers (starting them as needed), or parses them here. */
  function pump(): void {
    if (closed) return;
    while (queue.length > 0) {
      const chunk = queue[0]!;
      if (chunk.run.cancelled || chunk.left === 0) {
        queue.shift();
        continue;
      }
      const live = [...slots].sort((a, b) => a.owes.size - b.owes.size);
      let slot: Slot | null = live[0] && live[0].owes.size === 0 ? live[0] : null;
      if (!slot && slots.size < options.workers) slot = spawnSlot();
      if (!slot && live[0] && live[0].owes.size < perWorker && !movesBytes(chunk)) slot = live[0];
      if (!slot) {
        if (slots.size === 0) {
          // No worker can start: parse here, one chunk at a time.
          queue.shift();
          void parseChunkHere(chunk).then(pump);
        }
        break;
      }
      queue.shift();
      const indices = pendingIndices(chunk);
      const id = ++requestSerial;
      if (slot.owes.size === 0) {
        slot.since = Date.now();
        slot.begunSeen = slot.handle.activity().begun;
      }
      slot.owes.set(id, { chunk, indices });
      slot.handle.keepAlive(true);
      slot.handle.post({
        id,
        jobs: indices.map((index) => chunk.jobs[index]!),
        limits: chunk.run.limits,
      });
    }
    for (const slot of slots) if (slot.owes.size === 0) slot.handle.keepAlive(false);
    schedule();
  }

  function schedule(): void {
    if (busy()) {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      if (!watchdog) {
        watchdog = setInterval(
          checkTimes,
          Math.min(500, Math.max(50, options.fileTimeLimitMs / 4)),
        );
      }
      return;
    }
    if (watchdog) clearInterval(watchdog);
    watchdog = null;
    if (!idleTimer && slots.size > 0) {
      idleTimer = setTimeout(() => {
        idleTimer = null;
        if (busy()) return;
        for (const slot of [...slots]) retire(slot, null);
      }, idleMs);
      idleTimer.unref();
    }
  }

  function cancelRun(run: RunState): void {
    if (run.cancelled) return;
    run.cancelled = true;
    for (let index = queue.length - 1; index >= 0; index -= 1) {
      if (queue[index]!.run === run) queue.splice(index, 1);
    }
    for (const slot of [...slots]) {
      if ([...slot.owes.values()].some((assignment) => assignment.chunk.run === run)) {
        retire(slot, null);
      }
    }
    runs.delete(run);
    run.wake?.();
    pump();
  }

  return {
    start(jobs, limits) {
      const run: RunState = {
        chunks: [],
        limits,
        cancelled: closed,
        queued: 0,
        heldBytes: 0,
        cursor: 0,
        offset: 0,
        wake: null,
      };
      // Files on disk go in chunks; bytes and pastes alone, as each may be large.
      for (let start = 0; start < jobs.length;) {
        const size = jobs[start]!.kind === 'path' ? chunkSize : 1;
        const slice = [];
        while (slice.length < size && start < jobs.length) {
          if (slice.length > 0 && jobs[start]!.kind !== 'path') break;
          slice.push(jobs[start]!);
          start += 1;
          if (slice[0]!.kind !== 'path') break;
        }
        run.chunks.push({ run, jobs: slice, results: [], left: slice.length, size: 0 });
      }
      runs.add(run);
      feed(run);
      pump();

      const consumeChunk = () => {
        const chunk = run.chunks[run.cursor]!;
        run.heldBytes -= chunk.size;
        chunk.results = [];
        run.cursor += 1;
        run.offset = 0;
        feed(run);
        pump();
      };
      const takeReady = (max: number): ParsedFile[] => {
        const taken: ParsedFile[] = [];
        while (!run.cancelled && taken.length < max && run.cursor < run.chunks.length) {
          const chunk = run.chunks[run.cursor]!;
          if (chunk.left > 0) break;
          taken.push(chunk.results[run.offset]!);
          run.offset += 1;
          if (run.offset >= chunk.jobs.length) consumeChunk();
        }
        if (run.cursor >= run.chunks.length) runs.delete(run);
        return taken;
      };
      return {
        async next() {
          for (;;) {
            if (run.cancelled || run.cursor >= run.chunks.length) return null;
            const [ready] = takeReady(1);
            if (ready) return ready;
            await new Promise<void>((resolve) => (run.wake = resolve));
            run.wake = null;
          }
        },
        takeReady,
        cancel: () => cancelRun(run),
      };
    },
    warm() {
      while (!closed && slots.size < options.workers && spawnSlot());
      for (const slot of slots) if (slot.owes.size === 0) slot.handle.keepAlive(false);
      schedule();
    },
    close() {
      for (const run of [...runs]) cancelRun(run);
      closed = true;
      for (const slot of [...slots]) retire(slot, null);
      queue.length = 0;
      if (watchdog) clearInterval(watchdog);
      if (idleTimer) clearTimeout(idleTimer);
      watchdog = null;
      idleTimer = null;
    },
  };
}
