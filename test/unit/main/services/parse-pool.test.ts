// The import parse pool with fake workers: file order is kept whoever parses what, a worker
// that cannot start leaves its files to this thread, a worker that crashes, runs out of memory
// or overruns the time limit costs only the file it was on, cancel stops the workers on that
// import, workers can be started ahead of an import, and they stop when idle or closed.
import { describe, expect, it } from 'vitest';
import type { ParseJob, ParseLimits, ParsedFile } from '../../../../main/services/import-parse';
import {
  createParsePool,
  type ParsePoolOptions,
  type ParseReply,
  type ParseRequest,
  type ParseRun,
  type WorkerHandle,
} from '../../../../main/services/parse-pool';

const LIMITS: ParseLimits = { maxBytes: 1000, maxTextChars: 1000 };

const labelOf = (job: ParseJob) => (job.kind === 'path' ? job.file : job.label);
const parsedBy =
  (who: string) =>
  (job: ParseJob): ParsedFile => ({
    kind: 'outcome',
    outcome: { path: labelOf(job), status: 'failed', error: who },
  });

interface FakeWorker extends WorkerHandle {
  name: string;
  requests: ParseRequest[];
  terminated: boolean;
  alive: boolean;
}

/**
 * A worker that takes its requests one at a time and each job after a short random delay.
 * A job for a file named in `hang` never finishes; one in `crash` makes it fail with `error`.
 */
function fakeWorker(
  name: string,
  random: () => number,
  behaviour: { hang?: string[]; crash?: string[]; error?: Error & { code?: string } } = {},
): FakeWorker {
  let reply: (reply: ParseReply) => void = () => undefined;
  let failure: (error: Error & { code?: string }) => void = () => undefined;
  const activity = { begun: 0, request: 0, index: 0 };
  const queue: ParseRequest[] = [];
  let running = false;
  const wait = () => new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 3)));
  async function drain() {
    running = true;
    for (let request = queue.shift(); request; request = queue.shift()) {
      const results: ParsedFile[] = [];
      for (const [index, job] of request.jobs.entries()) {
        Object.assign(activity, { begun: activity.begun + 1, request: request.id, index });
        await wait();
        if (worker.terminated) return;
        if (behaviour.hang?.includes(labelOf(job))) return;
        if (behaviour.crash?.includes(labelOf(job))) {
          failure(behaviour.error ?? new Error('worker crashed'));
          return;
        }
        results.push(parsedBy(name)(job));
      }
      reply({ id: request.id, results });
    }
    running = false;
  }
  const worker: FakeWorker = {
    name,
    requests: [],
    terminated: false,
    alive: false,
    post(request) {
      worker.requests.push(request);
      queue.push(request);
      if (!running) void drain();
    },
    onReply(listener) {
      reply = listener;
    },
    onFailure(listener) {
      failure = listener;
    },
    activity: () => ({ ...activity }),
    keepAlive(alive) {
      worker.alive = alive;
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

/** A worker whose script cannot load: it fails before beginning any job. */
function brokenWorker(): FakeWorker {
  const worker = fakeWorker('broken', () => 0);
  let failure: (error: Error) => void = () => undefined;
  worker.onFailure = (listener) => (failure = listener);
  worker.post = (request) => {
    worker.requests.push(request);
    setTimeout(() => failure(new Error('Cannot find module')), 1);
  };
  return worker;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const files: ParseJob[] = Array.from({ length: 203 }, (_, index) => ({
  kind: 'path',
  file: `/notes/file-${index}.txt`,
}));
const labels = files.map(labelOf);

async function collect(run: ParseRun): Promise<ParsedFile[]> {
  const out: ParsedFile[] = [];
  for (let parsed = await run.next(); parsed; parsed = await run.next()) {
    out.push(parsed, ...run.takeReady(7));
  }
  return out;
}

const pathOf = (parsed: ParsedFile) => (parsed.kind === 'outcome' ? parsed.outcome.path : '');
const whoParsed = (parsed: ParsedFile): string =>
  (parsed.kind === 'outcome' ? parsed.outcome.error : undefined) ?? '';

function pool(spawned: FakeWorker[], make: () => FakeWorker, options: Partial<ParsePoolOptions>) {
  return createParsePool({
    spawn: () => {
      const worker = make();
      spawned.push(worker);
      return worker;
    },
    workers: 1,
    fileTimeLimitMs: 10_000,
    fileMemoryLimitMb: 256,
    parseHere: async (job) => parsedBy('here')(job),
    chunkSize: 4,
    ...options,
  });
}

describe('createParsePool', () => {
  it('yields every file once, in file order, from two workers and none from this thread', async () => {
    const random = seeded(7);
    const spawned: FakeWorker[] = [];
    const names = ['a', 'b'];
    const parsing = pool(spawned, () => fakeWorker(names[spawned.length]!, random), {
      workers: 2,
      aheadFiles: 64,
    });
    const parsed = await collect(parsing.start(files, LIMITS));
    expect(parsed.map(pathOf)).toEqual(labels);
    const counts: Record<string, number> = {};
    for (const item of parsed) counts[whoParsed(item)] = (counts[whoParsed(item)] ?? 0) + 1;
    expect(counts.here).toBeUndefined();
    expect(counts.a).toBeGreaterThan(0);
    expect(counts.b).toBeGreaterThan(0);
    parsing.close();
    expect(spawned.every((worker) => worker.terminated)).toBe(true);
  });

  it('parses everything here when no worker can start', async () => {
    const spawned: FakeWorker[] = [];
    const parsing = pool(spawned, brokenWorker, { workers: 2 });
    const parsed = await collect(parsing.start(files, LIMITS));
    expect(parsed.map(pathOf)).toEqual(labels);
    expect(new Set(parsed.map(whoParsed))).toEqual(new Set(['here']));
    // One failed start is enough: the pool does not keep trying for every chunk.
    expect(spawned.length).toBeLessThanOrEqual(2);
    parsing.close();
  });

  it('refuses the file a crashed worker was on and gives the rest to a new worker, each once', async () => {
    const spawned: FakeWorker[] = [];
    const random = seeded(11);
    const parsing = pool(
      spawned,
      () => fakeWorker(`w${spawned.length}`, random, { crash: ['/notes/file-9.txt'] }),
      {},
    );
    const parsed = await collect(parsing.start(files, LIMITS));
    expect(parsed.map(pathOf)).toEqual(labels);
    expect(parsed[9]).toMatchObject({
      kind: 'outcome',
      outcome: {
        status: 'failed',
        errorCode: 'corrupt',
        error: 'Cannot import "file-9.txt": its reader stopped unexpectedly (worker crashed).',
      },
    });
    expect(parsed.filter((item) => whoParsed(item) === 'here')).toHaveLength(0);
    expect(spawned.length).toBe(2);
    parsing.close();
  });

  it('refuses the file a worker ran out of memory on, naming the limit', async () => {
    const spawned: FakeWorker[] = [];
    const error = Object.assign(new Error('out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    const parsing = pool(
      spawned,
      () => fakeWorker('a', seeded(2), { crash: ['/notes/file-0.txt'], error }),
      { fileMemoryLimitMb: 300 },
    );
    const parsed = await collect(parsing.start(files.slice(0, 6), LIMITS));
    expect(parsed.map(pathOf)).toEqual(labels.slice(0, 6));
    expect(parsed[0]).toMatchObject({
      outcome: {
        errorCode: 'too-large',
        error: 'Cannot import "file-0.txt": it needs more than 300 MB of memory to read.',
      },
    });
    expect(parsed.slice(1).map(whoParsed)).toEqual(['a', 'a', 'a', 'a', 'a']);
    parsing.close();
  });

  it('stops a worker that overruns the time limit on one file and refuses only that file', async () => {
    const spawned: FakeWorker[] = [];
    const parsing = pool(
      spawned,
      () => fakeWorker('a', seeded(4), { hang: ['/notes/file-5.txt'] }),
      { fileTimeLimitMs: 200 },
    );
    const started = Date.now();
    const parsed = await collect(parsing.start(files.slice(0, 12), LIMITS));
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(parsed.map(pathOf)).toEqual(labels.slice(0, 12));
    expect(parsed[5]).toMatchObject({
      outcome: {
        errorCode: 'too-slow',
        error: 'Cannot import "file-5.txt": it took longer than 0.2 s to read.',
      },
    });
    expect(spawned[0]!.terminated).toBe(true);
    expect(parsed.filter((item) => whoParsed(item) === 'a')).toHaveLength(11);
    parsing.close();
  });

  it('stops the worker on a cancelled import at once, and the next import gets a fresh one', async () => {
    const spawned: FakeWorker[] = [];
    const parsing = pool(
      spawned,
      () => fakeWorker('a', seeded(8), { hang: ['/notes/file-5.txt'] }),
      {
        fileTimeLimitMs: 60_000,
      },
    );
    const run = parsing.start(files.slice(0, 8), LIMITS);
    expect(await run.next()).toMatchObject({ outcome: { path: labels[0] } });
    run.cancel();
    expect(await run.next()).toBeNull();
    expect(spawned[0]!.terminated).toBe(true);
    const again = await collect(parsing.start(files.slice(10, 12), LIMITS));
    expect(again.map(pathOf)).toEqual(labels.slice(10, 12));
    expect(spawned).toHaveLength(2);
    parsing.close();
  });

  it('lets idle workers go (and the process exit) and stops them after the idle time', async () => {
    const spawned: FakeWorker[] = [];
    const parsing = pool(spawned, () => fakeWorker('a', seeded(9)), { idleMs: 30 });
    await collect(parsing.start(files.slice(0, 3), LIMITS));
    expect(spawned[0]!.alive).toBe(false);
    expect(spawned[0]!.terminated).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(spawned[0]!.terminated).toBe(true);
    parsing.close();
  });

  it('starts its workers when warmed, before any import, and the import uses them', async () => {
    const spawned: FakeWorker[] = [];
    const parsing = pool(spawned, () => fakeWorker(`w${spawned.length}`, seeded(3)), {
      workers: 2,
      idleMs: 30,
    });
    parsing.warm();
    expect(spawned.map((worker) => worker.name)).toEqual(['w0', 'w1']);
    // Warm but idle, they keep nothing alive and stop after the idle time like any other.
    expect(spawned.every((worker) => !worker.alive && !worker.terminated)).toBe(true);
    const parsed = await collect(parsing.start(files.slice(0, 12), LIMITS));
    expect(parsed.map(pathOf)).toEqual(labels.slice(0, 12));
    expect(spawned).toHaveLength(2);
    expect(new Set(parsed.map(whoParsed))).toEqual(new Set(['w0', 'w1']));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(spawned.every((worker) => worker.terminated)).toBe(true);
    parsing.close();
  });

  it('never lets parsing run more than the window ahead of the consumer', async () => {
    const spawned: FakeWorker[] = [];
    const parsing = pool(spawned, () => fakeWorker('a', seeded(5)), { aheadFiles: 40 });
    const run = parsing.start(files, LIMITS);
    await run.next(); // the consumer takes one file and then stops asking
    await new Promise((resolve) => setTimeout(resolve, 50));
    const requested = spawned[0]!.requests.flatMap((request) => request.jobs).length;
    expect(requested).toBeGreaterThan(0);
    expect(requested).toBeLessThanOrEqual(40);
    parsing.close();
  });
});
