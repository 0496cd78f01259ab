// Kill -9 at random points: a `dossier import` and a highlight-writing process on one notebook,
// both SIGKILLed at random moments, round after round. After every round the notebook must
// open (its health check passes), SQLite's integrity check and FTS5's must pass, no article
// may be partial, and every write a process reported done before it died must be there.
import { describe, expect, test } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createNotebook } from '../../../main/composition';
import { tempDir } from '../../helpers/temp';
import { runDossier, runScript, type Running } from '../../helpers/processes/spawn';

const KILLS_WANTED = 20;
const MAX_ROUNDS = 16;
const FILES_PER_ROUND = 1000;

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function writeArticles(folder: string, round: number, count: number): void {
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < count; index += 1) {
    writeFileSync(
      path.join(folder, `notice-${round}-${index}.txt`),
      `Parish notice ${round}.${index}\n\nThe Tollbridge parish council of round ${round} met ` +
        `${index} times this year; the clerk, Wenna Hale, read minute ${index} aloud.\n`,
    );
  }
}

/** SIGKILL unless it already ended; true if it was really killed mid-run. */
async function kill(running: Running): Promise<boolean> {
  if (running.child.exitCode !== null) return false;
  running.child.kill('SIGKILL');
  const { signal } = await running.exited;
  return signal === 'SIGKILL';
}

describe('processes killed mid-write', () => {
  test(`${KILLS_WANTED} SIGKILLs of an import and an annotation writer lose nothing reported done`, async () => {
    const folder = tempDir();
    const dbFile = path.join(folder, 'notebook.sqlite');
    const seeded = createNotebook({ dbFile });
    const seed = await seeded.dispatch('importPaste', {
      text: 'Bridge tolls\n\nThe tolls on the Tollbridge rose by a penny in spring.',
    });
    seeded.close();
    if (!seed.ok) throw new Error(seed.error.message);
    const articleId = (seed.value as { articleId: number }).articleId;

    const next = random(20261201);
    const notes = new Map<number, string>();
    const importedIds = new Set<number>([articleId]);
    let kills = 0;
    let killedMidImport = 0;
    const timings: number[] = [];
    let rounds = 0;
    while (kills < KILLS_WANTED && rounds < MAX_ROUNDS) {
      rounds += 1;
      const started = Date.now();
      const inbox = path.join(folder, `inbox-${rounds}`);
      writeArticles(inbox, rounds, FILES_PER_ROUND);
      const writer = runScript('annotation-writer.ts', [dbFile, '1000000', String(articleId)]);
      const importer = runDossier(['import', inbox, '--db', dbFile, '--json']);
      // Each is killed at a random moment: the writer soon after it is ready, the import
      // anywhere from its start-up to the end of its storing (it is left alone if it ends).
      await writer.waitFor((line) => (line as { ready?: boolean }).ready === true);
      // Odd rounds: any moment of the import's life; even rounds: while it stores, just after
      // its first outcome is out.
      const importerKill =
        rounds % 2 === 1
          ? new Promise<boolean>((resolve) =>
              setTimeout(() => resolve(kill(importer)), 200 + next() * 2000),
            )
          : importer
              .waitFor((line) => typeof line === 'object')
              .then(() => new Promise((resolve) => setTimeout(resolve, next() * 150)))
              .then(() => kill(importer));
      await new Promise((resolve) => setTimeout(resolve, 50 + next() * 400));
      if (await kill(writer)) kills += 1;
      if (await importerKill) {
        kills += 1;
        const stored = importer.lines.filter((line) => typeof line === 'object').length;
        if (stored > 0 && stored < FILES_PER_ROUND) killedMidImport += 1;
      }

      const writes = (writer.lines as Array<{ op?: string; id?: number; note?: string }>).filter(
        (line) => line.op,
      );
      for (const line of writes) {
        if (line.op === 'create') notes.set(line.id!, '');
        if (line.op === 'update') notes.set(line.id!, line.note!);
        if (line.op === 'delete') notes.delete(line.id!);
      }
      // The highlight the writer was working on when killed may have had one more write land
      // unreported (its update or delete); every other one is exactly as reported.
      const inFlight = writes.at(-1)?.id;
      for (const line of importer.lines as Array<{ status?: string; articleId?: number }>) {
        if (line.status === 'imported') importedIds.add(line.articleId!);
      }

      rmSync(inbox, { recursive: true, force: true });
      timings.push(Date.now() - started);
      const where = `after round ${rounds} (${kills} kills)`;
      const notebook = createNotebook({ dbFile });
      try {
        expect(notebook.db.pragma('integrity_check', { simple: true }), where).toBe('ok');
        expect(() =>
          notebook.db.exec(
            "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)",
          ),
        ).not.toThrow();
        const partial = notebook.db
          .prepare(
            "SELECT count(*) FROM articles WHERE text = '' OR word_count = 0 OR length(original) = 0",
          )
          .pluck()
          .get();
        expect(partial, where).toBe(0);
        const stored = new Map(
          (
            notebook.db
              .prepare('SELECT id, note FROM highlights WHERE article_id = ?')
              .all(articleId) as Array<{ id: number; note: string }>
          ).map((row) => [row.id, row.note]),
        );
        // A write may have landed without being reported (killed between commit and print),
        // so every reported write must be there; unreported ones may be too.
        for (const [id, note] of notes) {
          if (id === inFlight) {
            if (stored.has(id)) notes.set(id, stored.get(id)!);
            else notes.delete(id);
            continue;
          }
          expect(stored.has(id), `${where}: highlight ${id} was reported created`).toBe(true);
          if (note) expect(stored.get(id), `${where}: highlight ${id}'s note`).toBe(note);
        }
        const ids = new Set(
          notebook.db.prepare('SELECT id FROM articles').pluck().all() as number[],
        );
        for (const id of importedIds) {
          expect(ids.has(id), `${where}: article ${id} was reported imported`).toBe(true);
        }
        // Pick up unreported survivors, so a later round's check stays exact for them.
        for (const [id, note] of stored) if (!notes.has(id)) notes.set(id, note);
      } finally {
        notebook.close();
      }
    }
    console.log(
      `kill test: ${kills} SIGKILLs (${killedMidImport} imports killed between their first and last stored file) over ${rounds} rounds (${timings.join(', ')} ms), notebook whole after each`,
    );
    expect(kills).toBeGreaterThanOrEqual(KILLS_WANTED);
  }, 120_000);
});
