// Starts the import worker from the TypeScript sources (CLI, web host, benchmarks): the
// desktop app runs the built out/main/import-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
