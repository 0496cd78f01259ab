// The per-file limits of the import, with the real import worker: a file too slow to read and
// a file too large to read within the memory budget are refused with a message naming the
// file and the problem, the notebook is left as it was, and the worker started again in their
// place imports the other files. The thread that stores is never held for long meanwhile (the
// 100 ms bound on other calls is measured through the web host, web-host-import.test.ts; here
// the bound is loose, as these run beside many other test files on a shared machine).
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../db/open';
import { createImportService } from '../../../../main/services/imports';
import { tempDir } from '../../../helpers/temp';
import { largeText, nestedDivPage } from './import-fixtures';

const WORKER = new URL('../../../../main/services/import-worker.mjs', import.meta.url);

const FERRY =
  'Ferry timetable agreed\n\nThe harbour board of Corran agreed a winter timetable for the island ferry on Monday.\n';

function articleCount(db: ReturnType<typeof openDatabase>): number {
  return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}

/** The longest gap between timer ticks while `work` runs: how long this thread was held. */
async function longestStall<T>(work: Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  try {
    return { result: await work, stallMs };
  } finally {
    clearInterval(timer);
  }
}

describe('import limits with the import worker', () => {
  it('refuses a file whose reading takes longer than the time limit and imports the files after it', async () => {
    // A named pipe nobody writes to: reading it never finishes, as on a stalled network share,
    // and however fast the readers become this file stays slow.
    const folder = tempDir();
    const stalled = path.join(folder, 'a-stalled.txt');
    execFileSync('mkfifo', [stalled]);
    const ferry = path.join(folder, 'b-ferry.txt');
    writeFileSync(ferry, FERRY);
    const db = openDatabase(path.join(tempDir(), 'notebook.sqlite'));
    const service = createImportService(db, {
      parseWorker: WORKER,
      parseWorkers: 1,
      fileTimeLimitMs: 2000,
    });
    try {
      const started = performance.now();
      const { result: outcomes, stallMs } = await longestStall(
        service.importPaths([stalled, ferry]),
      );
      expect(performance.now() - started).toBeGreaterThanOrEqual(2000);
      expect(outcomes[0]).toMatchObject({
        status: 'failed',
        errorCode: 'too-slow',
        error: 'Cannot import "a-stalled.txt": it took longer than 2 s to read.',
      });
      expect(outcomes[1]).toMatchObject({ status: 'imported', title: 'Ferry timetable agreed' });
      expect(articleCount(db)).toBe(1);
      expect(stallMs).toBeLessThan(500);
    } finally {
      // The stopped worker is blocked in the read; let it reach its end so its thread exits.
      try {
        closeSync(openSync(stalled, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // nobody is reading it any more
      }
      service.close();
      db.close();
    }
  }, 60_000);

  it('reads a page of 100,000 nested divs on the worker without holding up this thread', async () => {
    const db = openDatabase(path.join(tempDir(), 'notebook.sqlite'));
    const service = createImportService(db, { parseWorker: WORKER, parseWorkers: 1 });
    const { result: outcome, stallMs } = await longestStall(
      service.importBytes({ bytes: Buffer.from(nestedDivPage()), fileName: 'harbour-notes.html' }),
    );
    expect(outcome).toMatchObject({ status: 'imported', title: 'Harbour notes of Velmora' });
    expect(stallMs).toBeLessThan(500);
    service.close();
    db.close();
  }, 60_000);

  it('refuses a file that needs more memory than the limit and leaves the notebook as it was', async () => {
    const db = openDatabase(path.join(tempDir(), 'notebook.sqlite'));
    const service = createImportService(db, {
      parseWorker: WORKER,
      parseWorkers: 1,
      fileMemoryLimitMb: 24,
    });
    const outcome = await service.importBytes({ bytes: largeText(), fileName: 'ledger.txt' });
    expect(outcome).toMatchObject({
      status: 'failed',
      errorCode: 'too-large',
      error: 'Cannot import "ledger.txt": it needs more than 24 MB of memory to read.',
    });
    expect(articleCount(db)).toBe(0);
    // The worker started again in its place reads the next file.
    const next = await service.importBytes({ bytes: Buffer.from(FERRY), fileName: 'ferry.txt' });
    expect(next).toMatchObject({ status: 'imported' });
    service.close();
    db.close();
  }, 60_000);

  it('refuses a 25 MiB text file as too long for one article without holding up this thread', async () => {
    const db = openDatabase(path.join(tempDir(), 'notebook.sqlite'));
    const service = createImportService(db, { parseWorker: WORKER, parseWorkers: 1 });
    const bytes = largeText();
    expect(bytes.length).toBe(25 * 1024 * 1024);
    const { result: outcome, stallMs } = await longestStall(
      service.importBytes({ bytes, fileName: 'ledger.txt' }),
    );
    expect(outcome).toMatchObject({ status: 'failed', errorCode: 'too-large' });
    expect(outcome.error).toMatch(
      /^Cannot import "ledger\.txt": its text is 2\d\.\d million characters long; one article may hold at most 2 million\./,
    );
    expect(articleCount(db)).toBe(0);
    expect(stallMs).toBeLessThan(500);
    service.close();
    db.close();
  }, 60_000);
});
