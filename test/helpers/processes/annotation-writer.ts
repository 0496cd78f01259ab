// A second process for the concurrency and kill tests: opens the notebook named in argv[2] and
// writes highlights in a loop (create, update the note, delete every third), printing one JSON
// line per write only after the write has returned, so a parent that kills this process knows
// which writes were reported done. Stops after argv[3] writes, or when stdin closes. It loads
// only the database and the highlight service (what the app's writes run through), so it
// starts quickly: the kill test starts it many times.
import { openDatabase } from '../../../db/open';
import { createHighlightService } from '../../../main/services/highlights';

const [dbFile, limitText = '1000000', articleText] = process.argv.slice(2);
const limit = Number(limitText);
const db = openDatabase(dbFile!);
const highlights = createHighlightService(db);
const articleId = Number(articleText);
let stopping = false;
process.stdin.on('end', () => (stopping = true));
process.stdin.resume();

type Outcome<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

function attempt<T>(write: () => T): Outcome<T> {
  try {
    return { ok: true, value: write() };
  } catch (error) {
    return {
      ok: false,
      error: { message: error instanceof Error ? error.message : String(error) },
    };
  }
}

function report(line: object): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function main(): Promise<void> {
  report({ ready: true });
  let failures = 0;
  for (let write = 0; write < limit && !stopping;) {
    const start = write % 40;
    const created = attempt(() =>
      highlights.create({ articleId, kind: 'highlight', start, end: start + 5 }),
    );
    write += 1;
    if (!created.ok) {
      failures += 1;
      report({ failed: 'create', error: created.error.message });
      continue;
    }
    const id = (created.value as { id: number }).id;
    report({ op: 'create', id });
    const note = `note ${write}`;
    const updated = attempt(() => highlights.update(id, { note }));
    write += 1;
    if (!updated.ok) {
      failures += 1;
      report({ failed: 'update', error: updated.error.message });
    } else report({ op: 'update', id, note });
    if (write % 3 === 0) {
      const removed = attempt(() => highlights.remove(id));
      write += 1;
      if (!removed.ok) {
        failures += 1;
        report({ failed: 'delete', error: removed.error.message });
      } else report({ op: 'delete', id });
    }
    // Let the event loop breathe, as an app answering a person would between edits.
    await new Promise((resolve) => setImmediate(resolve));
  }
  report({ done: true, failures });
  db.close();
  process.exit(0);
}

void main();
