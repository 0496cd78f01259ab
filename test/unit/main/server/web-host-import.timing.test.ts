// The web host stays responsive while it imports: the files are parsed on the import worker
// and stored in short slices, so another API call answers within 100 ms throughout. Runs a
// real notebook (createNotebook in a temp folder) behind startWebHost and measures every call.
// On a machine shared with other work one call can be late for reasons of its own (the
// scheduler), so a timing test gets two more tries; a host that blocks fails all three.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createNotebook, type Notebook } from '../../../../main/composition';
import { startWebHost, type WebHost } from '../../../../main/server';
import { tempDbFile, tempDir } from '../../../helpers/temp';
import { largeText, nestedDivPage } from '../services/import-fixtures';

let host: WebHost | null = null;
let notebook: Notebook | null = null;
afterEach(async () => {
  await host?.close();
  notebook?.close();
  host = null;
  notebook = null;
});

async function start(imports: NonNullable<Parameters<typeof createNotebook>[0]['imports']> = {}) {
  const rendererDir = tempDir();
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  notebook = createNotebook({ dbFile: tempDbFile(), imports });
  host = await startWebHost({ dispatch: notebook.dispatch, rendererDir, port: 0 });
  // The first calls compile their statements: do that before anything is measured.
  for (const method of ['listArticles', 'getNotebookInfo', 'getImportProgress']) {
    await call(host, method, 'null');
  }
  return host;
}

async function call(
  web: WebHost,
  method: string,
  body: string | Uint8Array,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${web.port}/api/${method}`, {
    method: 'POST',
    headers: { ...headers, 'x-dossier-token': web.token },
    body,
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

function importBody(name: string, bytes: Uint8Array): string {
  return JSON.stringify({ files: [{ name, data: Buffer.from(bytes).toString('base64') }] });
}

/**
 * A script for another process that sends one file as the renderer does to the web host, its
 * bytes as they are: another process, as the browser is, so that sending 25 MiB is not counted
 * against the host. It waits for a line on stdin before it sends, and prints the answer.
 */
const UPLOADER = `
const [port, token, name, file] = process.argv.slice(1);
const http = require('node:http');
const fs = require('node:fs');
process.stdout.write('ready\\n');
process.stdin.once('data', () => {
  const request = http.request({
    host: '127.0.0.1', port: Number(port), method: 'POST', path: '/api/importFiles',
    headers: {
      'content-type': 'application/octet-stream', 'x-dossier-token': token,
      'x-dossier-file-name': encodeURIComponent(name), 'content-length': fs.statSync(file).size,
    },
  }, (response) => {
    let body = '';
    response.on('data', (chunk) => (body += chunk));
    response.on('end', () => { process.stdout.write(body); process.exit(0); });
  });
  fs.createReadStream(file).pipe(request);
});
`;

/** Starts the uploader for `bytes`; `send()` starts the upload and resolves to the outcomes. */
async function uploader(web: WebHost, name: string, bytes: Uint8Array) {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  const child = spawn(process.execPath, ['-e', UPLOADER, String(web.port), web.token, name, file]);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  while (!output.startsWith('ready\n')) await new Promise((resolve) => setTimeout(resolve, 10));
  return {
    async send(): Promise<unknown> {
      child.stdin.write('go\n');
      await exited;
      const result = JSON.parse(output.slice('ready\n'.length)) as { ok: boolean; value: unknown };
      if (!result.ok) throw new Error(`importFiles failed: ${output}`);
      return result.value;
    },
  };
}

/**
 * Calls listArticles and getNotebookInfo one after another until `work` settles, timing each;
 * returns the work's result, the slowest call and how many calls were made.
 */
async function whileImporting<T>(web: WebHost, work: Promise<T>) {
  let settled = false;
  const result = work.finally(() => (settled = true));
  const times: number[] = [];
  while (!settled) {
    for (const method of ['listArticles', 'getNotebookInfo', 'getImportProgress']) {
      const started = performance.now();
      await call(web, method, 'null');
      times.push(performance.now() - started);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { result: await result, slowestMs: Math.max(...times), calls: times.length };
}

const TIMING = { timeout: 60_000, retry: 2 };

describe('web host while an import runs', () => {
  test(
    'answers every other call within 100 ms while a page of 100,000 nested divs is read',
    TIMING,
    async () => {
      const web = await start();
      const body = importBody('harbour-notes.html', new TextEncoder().encode(nestedDivPage()));
      const started = performance.now();
      const { result, slowestMs, calls } = await whileImporting(
        web,
        call(web, 'importFiles', body),
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `slow page: read in ${seconds} s, ${calls} calls meanwhile, slowest ${slowestMs.toFixed(1)} ms`,
      );
      expect(result).toEqual([
        expect.objectContaining({ status: 'imported', title: 'Harbour notes of Velmora' }),
      ]);
      expect(calls).toBeGreaterThanOrEqual(3);
      expect(slowestMs).toBeLessThan(100);
    },
  );

  test(
    'answers every other call within 100 ms while a 25 MiB text file is read and refused',
    TIMING,
    async () => {
      const web = await start();
      const upload = await uploader(web, 'ledger.txt', largeText());
      const { result, slowestMs, calls } = await whileImporting(web, upload.send());
      console.log(`25 MiB text: ${calls} calls meanwhile, slowest ${slowestMs.toFixed(1)} ms`);
      expect(result).toEqual([
        expect.objectContaining({ status: 'failed', errorCode: 'too-large' }),
      ]);
      expect(slowestMs).toBeLessThan(100);
    },
  );

  test(
    'answers every other call within 100 ms while storing an article near the length limit',
    TIMING,
    async () => {
      const web = await start();
      const upload = await uploader(web, 'long-ledger.txt', largeText(1_900_000));
      const { result, slowestMs, calls } = await whileImporting(web, upload.send());
      console.log(`1.9 MB text: ${calls} calls meanwhile, slowest ${slowestMs.toFixed(1)} ms`);
      expect(result).toEqual([expect.objectContaining({ status: 'imported' })]);
      expect(slowestMs).toBeLessThan(100);
    },
  );

  test(
    'cancels an import under way: the call ends at once, what was stored stays, the rest is reported as not imported',
    { timeout: 120_000 },
    async () => {
      const web = await start();
      const pages = Array.from({ length: 20 }, (_, index) => ({
        name: `harbour-notes-${index + 1}.html`,
        data: Buffer.from(nestedDivPage(100_000, index + 1)).toString('base64'),
      }));
      const importing = call(web, 'importFiles', JSON.stringify({ files: pages })) as Promise<
        { status: string; path: string }[]
      >;
      let progress: { done: number; total: number; current: string; state: string }[] = [];
      while (!progress[0] || progress[0].done < 1) {
        progress = (await call(web, 'getImportProgress', 'null')) as typeof progress;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(progress[0]).toMatchObject({ total: 20, state: 'running' });
      expect(progress[0]!.current).toMatch(/^harbour-notes-\d+\.html$/);
      const cancelledAt = performance.now();
      expect(await call(web, 'cancelImport', '{}')).toEqual({ cancelled: 1 });
      const outcomes = await importing;
      expect(performance.now() - cancelledAt).toBeLessThan(1000);
      const imported = outcomes.filter((outcome) => outcome.status === 'imported');
      const cancelled = outcomes.filter((outcome) => outcome.status === 'cancelled');
      expect(imported.length).toBeGreaterThanOrEqual(1);
      expect(cancelled.length).toBeGreaterThanOrEqual(1);
      expect(imported.length + cancelled.length).toBe(20);
      // In file order: what was stored first, then what the cancel left out.
      expect(outcomes.map((outcome) => outcome.path)).toEqual(pages.map((page) => page.name));
      expect(
        outcomes.slice(imported.length).every((outcome) => outcome.status === 'cancelled'),
      ).toBe(true);
      expect(await call(web, 'getImportProgress', 'null')).toEqual([]);
      expect(await call(web, 'getNotebookInfo', 'null')).toMatchObject({
        articleCount: imported.length,
      });
    },
  );
});
