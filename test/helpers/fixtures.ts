// Playwright fixtures shared by every e2e spec: a fresh notebook folder per test and a `page`
// showing Dossier, either in Chromium against `dossier serve` (web project) or in the built
// Electron app (electron project, skipped with a reason where the binary is missing).
import { test as base, expect, _electron, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

interface Notebook {
  dataDir: string;
  dbFile: string;
}

function electronBinary(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' ? binary : null;
  } catch {
    return null;
  }
}

async function startServer(dbFile: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'main/bin/dossier.mjs'), 'serve', '--port', '0', '--db', dbFile, '--json'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`dossier serve did not start: ${stderr}`)),
      30_000,
    );
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dossier serve exited with ${code}: ${stderr}`));
    });
  });
  return { child, url };
}

export const test = base.extend<
  { notebook: Notebook; serverUrl: string; page: Page },
  { webBrowser: Browser | null }
>({
  // The built-in browser fixtures would launch Chromium even in the electron project, so the
  // web project gets its own worker-scoped browser, launched only there.
  webBrowser: [
    async ({ playwright, launchOptions }, use, workerInfo) => {
      if (workerInfo.project.name !== 'web') {
        await use(null);
        return;
      }
      const browser = await playwright.chromium.launch(launchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  notebook: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-'));
    await use({ dataDir, dbFile: path.join(dataDir, 'notebook.sqlite') });
    rmSync(dataDir, { recursive: true, force: true });
  },
  serverUrl: async ({ notebook }, use, testInfo) => {
    if (testInfo.project.name !== 'web') {
      await use('');
      return;
    }
    const { child, url } = await startServer(notebook.dbFile);
    await use(url);
    child.kill('SIGTERM');
  },
  page: async ({ webBrowser, viewport, notebook, serverUrl }, use, testInfo) => {
    if (webBrowser) {
      const context = await webBrowser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(serverUrl);
      await use(page);
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('screenshot', {
          body: await page.screenshot(),
          contentType: 'image/png',
        });
      }
      await context.close();
      return;
    }
    const binary = electronBinary();
    test.skip(
      !binary,
      'The Electron binary is not installed here (optional dependency); the web project covers these specs.',
    );
    const { ensureElectronBinding } = (await import('../../main/tools/electron-native.mjs')) as {
      ensureElectronBinding: (version: string) => Promise<string>;
    };
    const version = (createRequire(import.meta.url)('electron/package.json') as { version: string })
      .version;
    const app = await _electron.launch({
      executablePath: binary!,
      // Its own user-data folder: the single-instance lock is per folder, and tests must not
      // touch the analyst's real settings.
      args: [
        repoRoot,
        '--db',
        notebook.dbFile,
        `--user-data-dir=${path.join(notebook.dataDir, 'user-data')}`,
      ],
      env: { ...process.env, DOSSIER_NATIVE_BINDING: await ensureElectronBinding(version) },
    });
    const window = await app.firstWindow();
    await use(window);
    await app.close();
  },
});

export { expect };
