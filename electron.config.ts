// electron-vite config: the main process (main/electron) and its import worker, the sandboxed
// preload (CommonJS, dependencies bundled in, as a sandbox can't require them) and the
// renderer (renderer/).
// The same renderer build is what the local web host serves.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: true,
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
