// Which import worker script the hosts that run from the sources (the CLI, the web host, the
// benchmarks) should start. The desktop app always runs the worker electron-vite built
// beside it. From the sources there are two: the built one (out/main/import-worker.js), which
// starts in about a third of the time, and the TypeScript one through tsx. The built one is
// used only while it is newer than every source file it could have been built from, so an
// edit made after the last build is never run in its old form. It sits at the top of main/
// because it knows where the build puts its output (out/main) relative to the sources.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { projectRoot, runsFromBuild } from './project-root';

const BUILT = new URL('../out/main/import-worker.js', import.meta.url);
const SOURCE = new URL('./services/import-worker.mjs', import.meta.url);
/** Folders holding everything the worker imports (a superset, to be safe). */
const SOURCE_FOLDERS = [
  new URL('./services/', import.meta.url),
  new URL('./importers/', import.meta.url),
  new URL('./domain/', import.meta.url),
];

function newestSource(folders: readonly URL[]): number {
  let newest = 0;
  for (const folder of folders) {
    const path = fileURLToPath(folder);
    for (const name of readdirSync(path)) {
      if (/\.(?:ts|mjs)$/.test(name)) newest = Math.max(newest, statSync(path + name).mtimeMs);
    }
  }
  return newest;
}

/** The built script while it is newer than every source file in `folders`, else the source one. */
export function chooseWorkerScript(built: URL, source: URL, folders: readonly URL[]): URL {
  try {
    if (statSync(built).mtimeMs > newestSource(folders)) return built;
  } catch {
    // not built (or not readable): the sources it is
  }
  return source;
}

export function importWorkerScript(): URL {
  // Bundled into out/main (the built command line), the worker is the one built beside it.
  if (runsFromBuild(import.meta.url))
    return pathToFileURL(path.join(projectRoot(import.meta.url), 'out/main/import-worker.js'));
  return chooseWorkerScript(BUILT, SOURCE, SOURCE_FOLDERS);
}
