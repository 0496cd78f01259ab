// Two processes writing one notebook: `dossier import` of thousands of files, and a loop of
// highlight create / update / delete, as the app does beside a CLI import. Every write must
// wait for the other writer rather than fail, and nothing either reported done may be lost.
import { describe, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createNotebook } from '../../../main/composition';
import { tempDir } from '../../helpers/temp';
import { runDossier, runScript } from '../../helpers/processes/spawn';

const FILES = 3000;

function writeArticles(folder: string, count: number): void {
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < count; index += 1) {
    writeFileSync(
      path.join(folder, `dispatch-${String(index).padStart(5, '0')}.txt`),
      `Harbour dispatch ${index}\n\nThe Saltmere harbour board met for the ${index}th time and ` +
        `agreed that ferry number ${index} would sail at dawn. Councillor Ivo Brask said the ` +
        `dues would not rise this season.\n`,
    );
  }
}

describe('two processes writing one notebook', () => {
  test('a highlight loop beside a large CLI import has no failed write and loses no row', async () => {
    const folder = tempDir();
    const dbFile = path.join(folder, 'notebook.sqlite');
    const seeded = createNotebook({ dbFile });
    const seed = await seeded.dispatch('importPaste', {
      text: 'Tide tables\n\nThe tide tables for Saltmere were printed on Monday.',
    });
    seeded.close();
    if (!seed.ok) throw new Error(seed.error.message);
    const articleId = (seed.value as { articleId: number }).articleId;
    writeArticles(path.join(folder, 'inbox'), FILES);

    const writer = runScript('annotation-writer.ts', [dbFile, '1000000', String(articleId)]);
    await writer.waitFor((line) => (line as { ready?: boolean }).ready === true);
    const importer = runDossier(['import', path.join(folder, 'inbox'), '--db', dbFile, '--json']);
    const imported = await importer.exited;
    writer.child.stdin.end();
    await writer.exited;

    expect(imported.code, importer.stderr()).toBe(0);
    const outcomes = importer.lines.filter((line) => typeof line === 'object') as Array<{
      status: string;
    }>;
    expect(outcomes.filter((outcome) => outcome.status === 'imported')).toHaveLength(FILES);

    const reports = writer.lines as Array<{
      op?: string;
      id?: number;
      note?: string;
      failed?: string;
      done?: boolean;
      failures?: number;
    }>;
    const failures = reports.filter((line) => line.failed);
    expect(failures, JSON.stringify(failures.slice(0, 3))).toEqual([]);
    expect(reports.at(-1)).toMatchObject({ done: true, failures: 0 });
    const writes = reports.filter((line) => line.op).length;
    // The loop must have overlapped the import for the test to mean anything.
    expect(writes).toBeGreaterThan(100);

    const expectedNotes = new Map<number, string>();
    for (const line of reports) {
      if (line.op === 'create') expectedNotes.set(line.id!, '');
      if (line.op === 'update') expectedNotes.set(line.id!, line.note!);
      if (line.op === 'delete') expectedNotes.delete(line.id!);
    }
    const after = createNotebook({ dbFile });
    const stored = new Map(
      (
        after.db
          .prepare('SELECT id, note FROM highlights WHERE article_id = ?')
          .all(articleId) as Array<{
          id: number;
          note: string;
        }>
      ).map((row) => [row.id, row.note]),
    );
    expect(stored).toEqual(expectedNotes);
    expect(after.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(FILES + 1);
    after.close();
    console.log(
      `concurrent writers: ${writes} highlight writes during a ${FILES}-file import, 0 failed`,
    );
  }, 120_000);
});
