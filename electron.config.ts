// electron-vite config: the main process (main/electron) and its import worker, the sandboxed
// preload (CommonJS, dependencies bundled in, as a sandbox can't require them) and the
// renderer (renderer/).
// The same renderer build is what the local web host serves.
import { posix, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import {
  COMPACT_LEXICON_FILE,
  encodeCompactLexicon,
  readCompromiseLexicon,
} from './main/quotes/compact-lexicon';

const root = import.meta.dirname;

/**
 * Writes the installed compromise's lexicon, compactly, beside the chunk that holds
 * main/quotes/lexicon.ts, which reads it from there instead of loading compromise (a fifth of
 * a second). Generated on every build, so it always matches what is installed.
 */
function compactLexicon(): Plugin {
  const source = resolve(root, 'main/quotes/lexicon.ts');
  return {
    name: 'dossier-compact-lexicon',
    generateBundle(_options, bundle) {
      const holder = Object.values(bundle).find(
        (output) =>
          output.type === 'chunk' && output.moduleIds.some((id) => resolve(id) === source),
      );
      if (holder === undefined) return this.error('no chunk holds main/quotes/lexicon.ts');
      this.emitFile({
        type: 'asset',
        // Bundle file names are always written with forward slashes.
        fileName: posix.join(posix.dirname(holder.fileName), COMPACT_LEXICON_FILE),
        source: encodeCompactLexicon(readCompromiseLexicon()),
      });
    },
  };
}

export default defineConfig({
  main: {
    plugins: [compactLexicon()],
    build: {
      outDir: resolve(root, 'out/main'),
      // zod is bundled in: loaded from node_modules it is some two hundred module files, a
      // tenth of a second of every start of the command line and the web host.
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        input: {
          index: resolve(root, 'main/electron/index.ts'),
          // Parses files for large imports on a worker thread (main/services/parse-pool.ts).
          'import-worker': resolve(root, 'main/services/import-worker.ts'),
          // The `dossier` command line, run by main/bin/dossier.mjs without tsx.
          cli: resolve(root, 'main/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve(root, 'main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
