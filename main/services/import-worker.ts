// The import worker thread: reads and parses the jobs it is sent (parse-pool.ts) and posts the
// parsed articles back. It never touches the database. It counts the jobs it begins in a
// shared buffer, so the pool can tell a slow file from a busy worker without any message.
import { parentPort, workerData } from 'node:worker_threads';
import { packText, parseJob, type ParsedFile } from './import-parse';
import type { ParseReply, ParseRequest } from './parse-pool';

const port = parentPort;
if (!port) throw new Error('import-worker runs only as a worker thread.');
/** [jobs begun, request id, position in that request]; see WorkerActivity. */
const activity: Int32Array =
  (workerData as { activity?: Int32Array } | null)?.activity ?? new Int32Array(3);

/** Bytes that fill a buffer of their own move without a copy; a slice of a shared one is copied. */
function transferables(results: readonly ParsedFile[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const result of results) {
    if (result.kind !== 'article') continue;
    for (const { buffer, byteOffset, byteLength } of [result.bytes, result.textBytes].filter(
      (view) => view !== undefined,
    )) {
      if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) {
        buffers.add(buffer);
      }
    }
  }
  return [...buffers];
}

/**
 * One request at a time, in the order sent: parsing awaits between files, and interleaved
 * requests would all finish late, while the importer needs the oldest one first.
 */
const queue: ParseRequest[] = [];
let running = false;

async function drain(): Promise<void> {
  running = true;
  for (let request = queue.shift(); request; request = queue.shift()) {
    const results: ParsedFile[] = [];
    for (const [index, job] of request.jobs.entries()) {
      Atomics.store(activity, 1, request.id);
      Atomics.store(activity, 2, index);
      Atomics.add(activity, 0, 1);
      results.push(packText(await parseJob(job, request.limits)));
    }
    const reply: ParseReply = { id: request.id, results };
    port!.postMessage(reply, transferables(results));
  }
  running = false;
}

port.on('message', (request: ParseRequest) => {
  queue.push(request);
  if (!running) void drain();
});
