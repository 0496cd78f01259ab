#!/usr/bin/env node
// `npm start`: build, then run the desktop app in Electron. Where the Electron binary is not
// installed, say so plainly and serve the same notebook in the browser instead.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedElectron } from './electron-version.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const passThrough = process.argv.slice(2);

const built = spawnSync(process.execPath, [path.join(root, 'main/tools/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

const electron = installedElectron();
if (electron?.binary) {
  const { ensureElectronBinding } = await import('./electron-native.mjs');
  console.log(`Preparing better-sqlite3 for Electron ${electron.version} (first start only)…`);
  const binding = await ensureElectronBinding(electron.version);
  const child = spawn(electron.binary, [root, ...passThrough], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DOSSIER_NATIVE_BINDING: binding },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      '',
      'The Electron binary is not installed, so the desktop window cannot open here.',
      'Electron is an optional dependency: its installer downloads the binary from outside the',
      'npm registry, and that download failed or was blocked. To get the desktop app, run',
      '`npm install electron` on a machine that can reach the Electron download servers.',
      'Meanwhile, Dossier serves the same notebook to your browser:',
      '',
    ].join('\n'),
  );
  const child = spawn(
    process.execPath,
    [path.join(root, 'main/bin/dossier.mjs'), 'serve', ...passThrough],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}
