#!/usr/bin/env node
// `npm run dist`: builds the app into out/, then packages it with electron-builder for this
// platform (Linux: AppImage and deb; macOS: dmg; Windows: NSIS installer) into dist/, using
// the "build" key of package.json.
//
// Packaging needs the Electron binary, and npmRebuild compiles better-sqlite3 for Electron's
// ABI, which needs Electron's headers. Where the optional electron package is missing, its
// download was blocked, so packaging would fail too: we say so in one paragraph instead of
// letting electron-builder try the network and die with a stack trace.
//
// electron-builder rebuilds better-sqlite3 inside node_modules, which would leave tests and
// the CLI (Node's ABI) unable to load it; the Node build is put back afterwards.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedElectron } from './electron-version.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const nativeModule = path.join(
  root,
  'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
);
const NETWORK_TROUBLE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|unable to (?:download|get local issuer)|status code 40[34]|self[- ]signed certificate/i;

function fail(paragraph) {
  console.error(`\n${paragraph.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const declaredVersion = manifest.build?.electronVersion ?? manifest.optionalDependencies?.electron;
const target = { linux: 'an AppImage and a .deb', darwin: 'a .dmg', win32: 'an NSIS installer' }[
  process.platform
];
if (!target) fail(`Dossier packages for Linux, macOS and Windows, not ${process.platform}.`);

const electron = installedElectron();
if (!electron?.binary) {
  fail(`Cannot package Dossier here: the Electron ${declaredVersion} binary is not installed.
    Electron is an optional dependency whose installer downloads the binary from outside the
    npm registry, and on this machine that download failed or was blocked; electron-builder
    would need the same download (plus Electron's headers, to compile better-sqlite3 for it).
    Nothing was written to dist/. On a machine that can reach Electron's download servers, run
    \`npm install\` (so node_modules/electron holds the binary) and then \`npm run dist\`; it
    builds ${target} for that machine's platform.`);
}

const built = spawnSync(process.execPath, [path.join(root, 'main/tools/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) fail('The build failed (see above), so nothing was packaged.');

const saved = mkdtempSync(path.join(os.tmpdir(), 'dossier-dist-'));
const savedModule = path.join(saved, 'better_sqlite3.node');
if (existsSync(nativeModule)) copyFileSync(nativeModule, savedModule);
let failure = null;
try {
  const { build } = await import('electron-builder');
  const artifacts = await build({
    projectDir: root,
    publish: 'never',
    // Reuse the binary npm already installed rather than downloading it again.
    config: { electronDist: path.join(root, 'node_modules/electron/dist') },
  });
  console.log(`\nPackaged ${target} into dist/:`);
  for (const artifact of artifacts) console.log(`  ${path.relative(root, artifact)}`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  failure = NETWORK_TROUBLE.test(message)
    ? `Packaging stopped because electron-builder could not download what it needs
      (${message.split('\n')[0]}). It fetches Electron's headers to compile better-sqlite3 for
      Electron, and tools such as AppImage or NSIS on first use, from servers outside the npm
      registry. Nothing usable was written to dist/. Run \`npm run dist\` again on a machine
      with access to GitHub and electronjs.org.`
    : `electron-builder failed: ${message.split('\n').slice(0, 6).join(' ')} (run with
      DEBUG=electron-builder for details).`;
} finally {
  if (existsSync(savedModule)) copyFileSync(savedModule, nativeModule);
  rmSync(saved, { recursive: true, force: true });
}
if (failure) fail(failure);
