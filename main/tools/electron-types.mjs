#!/usr/bin/env node
// Makes Electron's type declarations available to the type checker even where the optional
// electron package failed to install (its binary download is blocked on some machines). It
// fetches the same electron version's npm tarball from the registry (no binary in it) and
// unpacks electron.d.ts under node_modules/.cache; tsconfig's paths fall back to it.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const installed = path.join(root, 'node_modules/electron/electron.d.ts');
const cacheDir = path.join(root, 'node_modules/.cache/electron-types');
const cached = path.join(cacheDir, 'package/electron.d.ts');

if (existsSync(installed) || existsSync(cached)) process.exit(0);

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const version = manifest.optionalDependencies?.electron;
if (!version) {
  console.error('package.json declares no optional electron dependency.');
  process.exit(1);
}
mkdirSync(cacheDir, { recursive: true });
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['pack', `electron@${version}`, '--pack-destination', cacheDir, '--silent'], {
    cwd: cacheDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(cacheDir).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  execFileSync('tar', ['-xzf', tarball, 'package/electron.d.ts', 'package/package.json'], {
    cwd: cacheDir,
  });
} catch (error) {
  console.error(
    `Could not fetch Electron ${version}'s type declarations from the npm registry: ${error.message}\n` +
      'Type-checking main/electron and main/preload needs them. Install electron, or retry with registry access.',
  );
  process.exit(1);
}
