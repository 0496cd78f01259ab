// Where the running code sits in the project: the same module runs from its TypeScript source
// (main/…, through tsx or vitest) and from the bundle electron-vite writes into out/main (a
// file there or in out/main/chunks), so a path written relative to the source file is wrong
// in the bundle. Both find the project folder the same way: the nearest folder above the module
// that holds package.json.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder holding the module at `moduleUrl` (the folder with package.json). */
export function projectRoot(
  moduleUrl: string,
  exists: (file: string) => boolean = existsSync,
): string {
  const start = path.dirname(fileURLToPath(moduleUrl));
  for (let folder = start; ;) {
    if (exists(path.join(folder, 'package.json'))) return folder;
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`No package.json above ${start}.`);
    folder = parent;
  }
}

/** True for code electron-vite built (a .js file), false for the TypeScript sources. */
export function runsFromBuild(moduleUrl: string): boolean {
  return !/\.m?ts$/.test(new URL(moduleUrl).pathname);
}
