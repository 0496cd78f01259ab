// Decides whether the built command line (out/main/cli.js) may run: only while it is newer
// than every file it is built from (main/, db/ and package.json), so a development checkout
// whose sources changed after the last build falls back to the sources. Plain JavaScript
// because it runs before anything can compile TypeScript; it must stay cheap (a stat per file).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SOURCE_FOLDERS = ['main', 'db'];
const SOURCE_FILE = /\.(?:ts|mts|mjs|json)$/;

/** The newest modification time among the source files under `folder`, or 0. */
export function newestSource(folder) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (SOURCE_FILE.test(entry.name)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/** The built command line's URL while it is up to date with the sources under `root`, else null. */
export function builtCommandLine(root) {
  const rootPath = fileURLToPath(root);
  const built = path.join(rootPath, 'out/main/cli.js');
  let builtAt;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    return null;
  }
  let newest = statSync(path.join(rootPath, 'package.json')).mtimeMs;
  for (const folder of SOURCE_FOLDERS)
    newest = Math.max(newest, newestSource(path.join(rootPath, folder)));
  return builtAt > newest ? pathToFileURL(built) : null;
}
