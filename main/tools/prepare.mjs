#!/usr/bin/env node
// npm's prepare step (run by `npm install` and `npm ci` in the project folder): builds the app,
// so the `dossier` command runs built JavaScript right after installing (main/bin/dossier.mjs).
// Where the build tools were left out (`npm install --omit=dev`) it says so and lets the
// install finish: the command line then runs from the sources.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
if (!existsSync(path.join(root, 'node_modules/electron-vite'))) {
  console.log(
    'dossier: electron-vite is not installed, so the build was skipped; the dossier command will run from the sources.',
  );
  process.exit(0);
}
const result = spawnSync(process.execPath, [path.join(root, 'main/tools/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
