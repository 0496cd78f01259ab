// Storing in slices when parsing is the slower side: the import waits for a slice's worth of
// parsed articles before it stores, rather than committing each handful as it arrives, and a
// lone file is stored at once.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../db/open';
import { parseJob } from '../../../../main/services/import-parse';
import { createImportService } from '../../../../main/services/imports';
import type { ParseReply, ParseRequest, SpawnWorker } from '../../../../main/services/parse-pool';
import { seededRandom, syntheticArticle } from '../../../bench/synthetic';
import { tempDir } from '../../../helpers/temp';

/** A worker that parses here, each request a few milliseconds after it was posted. */
const slowWorker: SpawnWorker = () => {
  let reply: (reply: ParseReply) => void = () => undefined;
  const activity = { begun: 0, request: 0, index: 0 };
  let chain = Promise.resolve();
  return {
    post(request: ParseRequest) {
      chain = chain.then(async () => {
        await new Promise((resolve) => setTimeout(resolve, 4));
        activity.begun += request.jobs.length;
        const results = await Promise.all(request.jobs.map((job) => parseJob(job, request.limits)));
        reply({ id: request.id, results });
      });
    },
    onReply: (listener) => (reply = listener),
    onFailure: () => undefined,
    activity: () => activity,
    keepAlive: () => undefined,
    terminate: () => undefined,
  };
};

function folderOf(count: number): string {
  const folder = tempDir();
  const random = seededRandom(41);
  for (let index = 0; index < count; index += 1) {
    const article = syntheticArticle(random, index, 60);
    writeFileSync(path.join(folder, article.fileName), article.text);
  }
  return folder;
}

/** How many slices stored the outcomes: a slice reports its outcomes in one synchronous run. */
function sliceCounter() {
  let inSlice = false;
  let slices = 0;
  return {
    onOutcome: () => {
      if (inSlice) return;
      inSlice = true;
      slices += 1;
      queueMicrotask(() => (inSlice = false));
    },
    slices: () => slices,
  };
}

describe('import slices', () => {
  it('waits for a slice of parsed articles instead of storing each chunk as it comes', async () => {
    const db = openDatabase(path.join(tempDir(), 'notebook.sqlite'));
    const service = createImportService(db, {
      spawnParseWorker: slowWorker,
      parseWorkers: 1,
      storeSliceMs: 2000,
    });
    const counter = sliceCounter();
    const outcomes = await service.importPaths([folderOf(160)], counter.onOutcome);
    expect(outcomes.filter((outcome) => outcome.status === 'imported')).toHaveLength(160);
    // 160 files come in 10 chunks of 16; stored as they came, that would be about 10 slices.
    expect(counter.slices()).toBeLessThanOrEqual(3);
    service.close();
    db.close();
  });

  it('stores within a slice time when parsing is slower still, so progress keeps coming', async () => {
    const db = openDatabase(path.join(tempDir(), 'notebook.sqlite'));
    const service = createImportService(db, {
      spawnParseWorker: slowWorker,
      parseWorkers: 1,
      storeSliceMs: 1,
    });
    const counter = sliceCounter();
    const outcomes = await service.importPaths([folderOf(64)], counter.onOutcome);
    expect(outcomes.filter((outcome) => outcome.status === 'imported')).toHaveLength(64);
    expect(counter.slices()).toBeGreaterThanOrEqual(4);
    service.close();
    db.close();
  });
});
