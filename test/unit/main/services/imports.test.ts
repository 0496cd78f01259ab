// The import service end to end, with the real import worker: a folder large enough to be
// parsed on a worker thread imports exactly as it does on the database's thread (same
// outcomes, same stored articles), bad files fail alone, and nothing is stored half-way.
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../db/open';
import { getArticle, setArticleDeleted } from '../../../../db/queries/articles';
import {
  createImportService,
  type ImportOutcome,
  type ImportProgress,
} from '../../../../main/services/imports';
import { nodeWorkerSpawner } from '../../../../main/services/parse-pool';
import { seededRandom, syntheticArticle } from '../../../bench/synthetic';
import { tempDir } from '../../../helpers/temp';
import { fixturesDir } from '../importers/fixtures';

const WORKER = new URL('../../../../main/services/import-worker.mjs', import.meta.url);

/** The hostile fixtures, two copies of one article (a duplicate) and 80 fictional articles. */
function folderToImport(): string {
  const folder = tempDir();
  for (const name of readdirSync(path.join(fixturesDir, 'hostile'))) {
    copyFileSync(path.join(fixturesDir, 'hostile', name), path.join(folder, name));
  }
  const random = seededRandom(99);
  for (let index = 0; index < 80; index += 1) {
    const article = syntheticArticle(random, index, 150);
    writeFileSync(path.join(folder, article.fileName), article.text);
    if (index === 3) writeFileSync(path.join(folder, 'copy-of-3.txt'), article.text);
  }
  return folder;
}

function summary(outcomes: ImportOutcome[]) {
  return outcomes.map(({ path: file, status, errorCode, title }) => ({
    file: path.basename(file),
    status,
    errorCode,
    title,
  }));
}

function importInto(folder: string, withWorker: boolean) {
  const db = openDatabase(path.join(tempDir(), 'notebook.sqlite'));
  let posts = 0;
  const spawn = nodeWorkerSpawner(WORKER);
  const service = createImportService(
    db,
    withWorker
      ? {
          parseWorkers: 1,
          spawnParseWorker: (limits) => {
            const handle = spawn(limits);
            return {
              ...handle,
              post(request) {
                posts += request.jobs.length;
                handle.post(request);
              },
            };
          },
        }
      : {},
  );
  return { db, service, posted: () => posts };
}

describe('import service with the import worker', () => {
  it('imports a folder on a worker thread exactly as on this thread', async () => {
    const folder = folderToImport();
    const here = importInto(folder, false);
    const worker = importInto(folder, true);
    const progress: number[] = [];
    const hereOutcomes = await here.service.importPaths([folder]);
    const workerOutcomes = await worker.service.importPaths([folder], (_outcome, index) =>
      progress.push(index),
    );

    expect(worker.posted()).toBeGreaterThan(0); // the worker really parsed files
    expect(summary(workerOutcomes)).toEqual(summary(hereOutcomes));
    expect(progress).toEqual(workerOutcomes.map((_, index) => index));

    const statuses = workerOutcomes.map((outcome) => outcome.status);
    expect(statuses.filter((status) => status === 'duplicate')).toHaveLength(1);
    expect(statuses.filter((status) => status === 'failed')).toHaveLength(22);
    const imported = workerOutcomes.filter((outcome) => outcome.status === 'imported');
    // Every imported article is stored whole, and nothing else is stored.
    const count = (db: typeof here.db) =>
      (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    expect(count(worker.db)).toBe(imported.length);
    for (const outcome of imported) {
      const ours = getArticle(worker.db, outcome.articleId!);
      const theirs = hereOutcomes.find((item) => item.path === outcome.path);
      expect(ours).toBeDefined();
      expect(ours?.text).toBe(getArticle(here.db, theirs!.articleId!)?.text);
    }
    here.db.close();
    worker.db.close();
  }, 60_000);

  it('falls back to this thread when the worker script cannot start', async () => {
    const folder = folderToImport();
    const db = openDatabase(path.join(tempDir(), 'notebook.sqlite'));
    const service = createImportService(db, {
      parseWorker: new URL('./no-such-worker.mjs', WORKER),
      parseWorkers: 1,
    });
    const outcomes = await service.importPaths([folder]);
    expect(outcomes).toHaveLength(readdirSync(folder).length);
    expect(outcomes.filter((outcome) => outcome.status === 'imported').length).toBeGreaterThan(80);
    db.close();
  }, 60_000);

  it('reports a second copy as a duplicate and brings a deleted article back on re-import', async () => {
    const db = openDatabase(path.join(tempDir(), 'notebook.sqlite'));
    const service = createImportService(db);
    const bytes = new TextEncoder().encode(
      'Ferry timetable agreed\n\nThe harbour board of Corran agreed a winter timetable for the island ferry on Monday.\n',
    );
    const first = await service.importBytes({ bytes, fileName: 'ferry.txt' });
    expect(first).toMatchObject({ status: 'imported', title: 'Ferry timetable agreed' });
    const again = await service.importBytes({ bytes, fileName: 'ferry-copy.txt' });
    expect(again).toMatchObject({ status: 'duplicate', articleId: first.articleId });

    setArticleDeleted(db, first.articleId!, true);
    expect(getArticle(db, first.articleId!)).toBeUndefined();
    const restored = await service.importBytes({ bytes, fileName: 'ferry.txt' });
    expect(restored).toMatchObject({ status: 'imported', articleId: first.articleId });
    expect(getArticle(db, first.articleId!)?.title).toBe('Ferry timetable agreed');
    expect((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(1);
    db.close();
  });

  it('reports each import as it starts, goes and ends, and lists it only while it runs', async () => {
    const folder = tempDir();
    const random = seededRandom(5);
    for (let index = 0; index < 5; index += 1) {
      const article = syntheticArticle(random, index, 80);
      writeFileSync(path.join(folder, article.fileName), article.text);
    }
    const db = openDatabase(path.join(tempDir(), 'notebook.sqlite'));
    const reports: ImportProgress[] = [];
    let listedWhileRunning: ImportProgress[] = [];
    const service = createImportService(db, {
      onProgress: (progress) => {
        reports.push(progress);
        if (progress.state === 'running') listedWhileRunning = service.progress();
      },
    });
    const outcomes = await service.importPaths([folder]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(5).fill('imported'));
    expect(reports[0]).toMatchObject({ done: 0, total: 5, state: 'running' });
    expect(reports[0]!.current).toBe(outcomes[0]!.path);
    expect(reports.at(-1)).toEqual({
      id: reports[0]!.id,
      done: 5,
      total: 5,
      current: null,
      state: 'finished',
    });
    expect(listedWhileRunning).toEqual([expect.objectContaining({ id: reports[0]!.id })]);
    expect(service.progress()).toEqual([]);
    expect(service.cancel()).toBe(0);
    service.close();
    db.close();
  });
});
