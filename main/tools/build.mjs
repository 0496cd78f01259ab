#!/usr/bin/env node
// Builds main, preload and renderer with electron-vite into out/. Where the optional
// electron package is absent, electron-vite cannot read its version, so we pass the major
// version package.json declares through ELECTRON_MAJOR_VER.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { declaredElectronMajor, installedElectron } from './electron-version.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = { ...process.env };
if (!installedElectron() && !env.ELECTRON_MAJOR_VER) {
  env.ELECTRON_MAJOR_VER = declaredElectronMajor(path.join(root, 'package.json'));
}
const cli = path.join(root, 'node_modules/electron-vite/bin/electron-vite.js');
const result = spawnSync(
  process.execPath,
  [cli, 'build', '--config', 'electron.config.ts', '--logLevel', 'warn'],
  {
    cwd: root,
    env,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
