// Builds a copy of better-sqlite3's native module for Electron's ABI into
// node_modules/.cache/electron-native/<electron version>/, leaving node_modules itself on the
// Node ABI that tests and the CLI use. The Electron main process loads that copy through
// better-sqlite3's nativeBinding option, so both runtimes can run side by side.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function electronBindingPath(electronVersion) {
  return path.join(
    root,
    'node_modules/.cache/electron-native',
    electronVersion,
    'better_sqlite3.node',
  );
}

export async function ensureElectronBinding(electronVersion) {
  const target = electronBindingPath(electronVersion);
  if (existsSync(target)) return target;
  const { rebuild } = await import('@electron/rebuild');
  const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-electron-native-'));
  try {
    writeFileSync(
      path.join(work, 'package.json'),
      JSON.stringify({
        name: 'native-build',
        version: '0.0.0',
        dependencies: { 'better-sqlite3': '*' },
      }),
    );
    const source = path.join(root, 'node_modules/better-sqlite3');
    const copy = path.join(work, 'node_modules/better-sqlite3');
    cpSync(source, copy, {
      recursive: true,
      filter: (file) => !file.includes(`${path.sep}build${path.sep}`),
    });
    await rebuild({
      buildPath: work,
      electronVersion,
      onlyModules: ['better-sqlite3'],
      force: true,
    });
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(copy, 'build/Release/better_sqlite3.node'), target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
