// One benchmark import, in a process of its own: a folder imported through Dossier's import
// path (createNotebook → imports.importPaths, parsing on the worker pool), so the peak memory
// printed is that of the importing process alone (its worker threads included: they share the
// process's memory), not of the benchmark holding its baseline. With probeEveryMs, a cheap
// API call (the library's first page, through the dispatcher as every host calls it) is made
// on that schedule during the import, and each answer's delay is measured from the moment the
// call was due, so a storing slice that holds the thread shows as the wait it causes.
// Run by test/bench/library.ts; prints one JSON line (ImportRunResult) on stdout.
import { createNotebook } from '../../main/composition';
import { importWorkerScript } from '../../main/import-worker-script';

export interface ImportRunInput {
  folder: string;
  dbFile: string;
  /** The storing slice (the CLI's one-shot slice); omitted, the app's and web host's default. */
  storeSliceMs?: number;
  probeEveryMs?: number;
}

export interface ImportRunResult {
  elapsedMs: number;
  imported: number;
  /** The first few files not imported (none are expected). */
  notImported: string[];
  /** process.resourceUsage().maxRSS at the end, in MB: the process's peak, all threads. */
  peakRssMb: number;
  /** Delays of the probe's calls (ms), in the order made; empty without a probe. */
  probeMs: number[];
}

async function run(input: ImportRunInput): Promise<ImportRunResult> {
  const notebook = createNotebook({
    dbFile: input.dbFile,
    parseWorker: importWorkerScript(),
    imports: input.storeSliceMs === undefined ? {} : { storeSliceMs: input.storeSliceMs },
  });
  const probeMs: number[] = [];
  let probing = input.probeEveryMs !== undefined;
  let probeDone: Promise<void> = Promise.resolve();
  const start = performance.now();
  if (input.probeEveryMs !== undefined) {
    const every = input.probeEveryMs;
    probeDone = (async () => {
      for (let due = start + every; probing;) {
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (!probing) break;
        const result = await notebook.dispatch('listArticlePage', { limit: 50 });
        if (!result.ok) throw new Error(`probe failed: ${result.error.message}`);
        const answered = performance.now();
        probeMs.push(answered - due);
        // The next call is due a period after this answer, as a UI polling with setTimeout
        // makes it, so a late answer never sends a burst of calls to catch up.
        due = answered + every;
      }
    })();
  }
  const outcomes = await notebook.services.imports.importPaths([input.folder]);
  const elapsedMs = performance.now() - start;
  probing = false;
  await probeDone;
  notebook.close();
  const notImported = outcomes.filter((outcome) => outcome.status !== 'imported');
  return {
    elapsedMs,
    imported: outcomes.length - notImported.length,
    notImported: notImported
      .slice(0, 3)
      .map((outcome) => `${outcome.path}: ${outcome.status} ${outcome.error ?? ''}`),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    probeMs,
  };
}

const input = JSON.parse(process.env.BENCH_IMPORT_RUN ?? 'null') as ImportRunInput | null;
if (!input)
  throw new Error('import-run.ts is started by test/bench/library.ts (BENCH_IMPORT_RUN).');
process.stdout.write(`${JSON.stringify(await run(input))}\n`);
