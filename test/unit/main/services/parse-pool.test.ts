// The import parse pool with fake workers: file order is kept whoever parses what, a failing
// worker's files are parsed here exactly once, and workers are stopped when the import ends.
import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../../../main/services/import-parse';
import {
  parseInWorkers,
  type ParseReply,
  type ParseRequest,
  type WorkerHandle,
} from '../../../../main/services/parse-pool';

const parsedBy =
  (who: string) =>
  (file: string): ParsedFile => ({
    kind: 'outcome',
    outcome: { path: file, status: 'failed', error: who },
  });

interface FakeWorker extends WorkerHandle {
  requests: ParseRequest[];
  terminated: boolean;
}

/** A worker that answers each request after a random delay, or fails on its `failAt`-th. */
function fakeWorker(name: string, random: () => number, failAt = Infinity): FakeWorker {
  let reply: (reply: ParseReply) => void = () => undefined;
  let failure: (error: Error) => void = () => undefined;
  const worker: FakeWorker = {
    requests: [],
    terminated: false,
    post(request) {
      worker.requests.push(request);
      if (worker.requests.length === failAt) {
        setTimeout(() => failure(new Error('worker crashed')), 1);
        return;
      }
      if (worker.requests.length > failAt) return; // a dead worker never answers
      setTimeout(
        () => {
          if (!worker.terminated)
            reply({ id: request.id, results: request.files.map(parsedBy(name)) });
        },
        Math.floor(random() * 4),
      );
    },
    onReply(listener) {
      reply = listener;
    },
    onFailure(listener) {
      failure = listener;
    },
    terminate() {
      worker.terminated = true;
    },
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

const files = Array.from({ length: 403 }, (_, index) => `/notes/file-${index}.txt`);

async function collect(generator: AsyncGenerator<ParsedFile>): Promise<ParsedFile[]> {
  const out: ParsedFile[] = [];
  for await (const parsed of generator) out.push(parsed);
  return out;
}

const pathOf = (parsed: ParsedFile) => (parsed.kind === 'outcome' ? parsed.outcome.path : '');
const whoParsed = (parsed: ParsedFile): string =>
  (parsed.kind === 'outcome' ? parsed.outcome.error : undefined) ?? '';

describe('parseInWorkers', () => {
  it('yields every file once, in file order, from this thread and two workers', async () => {
    const random = seeded(7);
    const workers = [fakeWorker('a', random), fakeWorker('b', random)];
    let spawned = 0;
    const parsed = await collect(
      parseInWorkers(files, 1000, {
        spawn: () => workers[spawned++]!,
        workers: 2,
        parseHere: async (file) => parsedBy('here')(file),
        chunkSize: 4,
        headStartFiles: 20,
        aheadFiles: 64,
      }),
    );
    expect(parsed.map(pathOf)).toEqual(files);
    const counts: Record<string, number> = { here: 0, a: 0, b: 0 };
    for (const item of parsed) counts[whoParsed(item)] = (counts[whoParsed(item)] ?? 0) + 1;
    // This thread had a head start of 20 files; both workers did real work.
    expect(counts.here).toBeGreaterThanOrEqual(20);
    expect(counts.a).toBeGreaterThan(0);
    expect(counts.b).toBeGreaterThan(0);
    expect(workers.every((worker) => worker.terminated)).toBe(true);
  });

  it("parses a crashed worker's files here, each exactly once", async () => {
    const random = seeded(11);
    const crashing = fakeWorker('a', random, 3);
    const parsed = await collect(
      parseInWorkers(files, 1000, {
        spawn: () => crashing,
        workers: 1,
        parseHere: async (file) => parsedBy('here')(file),
        chunkSize: 5,
        headStartFiles: 10,
      }),
    );
    expect(parsed.map(pathOf)).toEqual(files);
    // It can have answered at most its first two requests (a reply that arrives after the
    // crash is dropped); everything else, including what it owed, was parsed here.
    const fromWorker = parsed.filter((item) => whoParsed(item) === 'a').length;
    expect(fromWorker).toBeLessThanOrEqual(10);
    expect(parsed.filter((item) => whoParsed(item) === 'here')).toHaveLength(
      files.length - fromWorker,
    );
    expect(crashing.terminated).toBe(true);
  });

  it('parses everything here when no worker can start', async () => {
    const parsed = await collect(
      parseInWorkers(files, 1000, {
        spawn: () => {
          throw new Error('no threads here');
        },
        workers: 2,
        parseHere: async (file) => parsedBy('here')(file),
      }),
    );
    expect(parsed.map(pathOf)).toEqual(files);
    expect(new Set(parsed.map(whoParsed))).toEqual(new Set(['here']));
  });

  it('stops its workers when the consumer stops early', async () => {
    const worker = fakeWorker('a', seeded(3));
    const generator = parseInWorkers(files, 1000, {
      spawn: () => worker,
      workers: 1,
      parseHere: async (file) => parsedBy('here')(file),
      chunkSize: 4,
      headStartFiles: 8,
    });
    for await (const parsed of generator) {
      if (pathOf(parsed) === files[50]) break;
    }
    expect(worker.terminated).toBe(true);
  });

  it('never lets parsing run more than the window ahead of the consumer', async () => {
    const worker = fakeWorker('a', seeded(5));
    const generator = parseInWorkers(files, 1000, {
      spawn: () => worker,
      workers: 1,
      parseHere: async (file) => parsedBy('here')(file),
      chunkSize: 4,
      headStartFiles: 0,
      aheadFiles: 40,
    });
    await generator.next(); // the consumer takes one file and then stops asking
    await new Promise((resolve) => setTimeout(resolve, 30));
    const requested = worker.requests.flatMap((request) => request.files).length;
    expect(requested).toBeGreaterThan(0);
    expect(requested).toBeLessThanOrEqual(40);
    await generator.return(undefined);
  });
});
