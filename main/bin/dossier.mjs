#!/usr/bin/env node
// The `dossier` command. It runs the command line electron-vite built into out/main/cli.js
// (by `npm install`'s prepare step and by every build), which starts in a fraction of the
// time the TypeScript sources take through tsx. In a development checkout where a source file
// is newer than that build, it runs the sources through tsx instead, so an edit is never run
// in its old form.
import { builtCommandLine } from './fresh-build.mjs';

const built = builtCommandLine(new URL('../../', import.meta.url));
let main;
if (built) {
  ({ main } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/index.ts'));
}
process.exitCode = await main(process.argv.slice(2));
