// `tsx test/helpers/generate-notebook-run.ts FILE COUNT [WORDS]`: generates a notebook
// (generate-notebook.ts) and prints one JSON line: the file, the count, and the titles of the
// first and last generated articles. For callers whose loader cannot load better-sqlite3
// itself (Playwright's transform of a spec), which run this as a child process.
import { generateNotebook } from './generate-notebook';

const [file, count, words] = process.argv.slice(2);
if (!file || !count) {
  process.stderr.write('usage: generate-notebook-run.ts FILE COUNT [WORDS]\n');
  process.exit(2);
}
const started = performance.now();
const generated = generateNotebook(file, {
  count: Number(count),
  ...(words ? { words: Number(words) } : {}),
});
process.stdout.write(
  `${JSON.stringify({
    dbFile: generated.dbFile,
    count: generated.ids.length,
    firstTitle: generated.titles[0],
    lastTitle: generated.titles.at(-1),
    milliseconds: Math.round(performance.now() - started),
  })}\n`,
);
