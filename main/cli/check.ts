// `dossier check`: SQLite integrity, foreign keys and the search index of a notebook, with
// --repair rebuilding the indexes. A damaged notebook is what this is for, and the
// composition root refuses to open one, so it opens the file for maintenance only.
import { existsSync } from 'node:fs';
import type { CheckFinding } from '../ipc/contract';
import { UsageError, type Command, type Context } from './context';

async function check(context: Context, positionals: string[]): Promise<number> {
  if (positionals.length > 0)
    throw new UsageError('takes no file; use --db FILE to pick the notebook.');
  const file = context.notebookPath;
  if (!existsSync(file)) throw new Error(`${file} does not exist.`);
  const { checkNotebookFile } = await import('../composition');
  const report = checkNotebookFile(file, context.values.repair === true);
  const { io } = context;
  if (context.values.json) {
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const lines = (findings: CheckFinding[]) =>
      findings.map((finding) => `  ${finding.check}: ${finding.message}\n`).join('');
    if (report.found.length === 0) {
      io.out(`${file}: no problems found (integrity, foreign keys, search index).\n`);
    } else {
      io.out(
        `${file}: ${report.found.length} problem${report.found.length === 1 ? '' : 's'} found:\n${lines(report.found)}`,
      );
      if (report.repairRequested) {
        io.out(`Repair:\n${report.actions.map((action) => `  ${action}\n`).join('')}`);
        io.out(
          report.remaining.length === 0
            ? 'Nothing is wrong any more.\n'
            : `Still wrong:\n${lines(report.remaining)}Restore a backup ("dossier restore FILE") to recover from these.\n`,
        );
      } else {
        io.out('Run "dossier check --repair" to rebuild the indexes, or restore a backup.\n');
      }
    }
  }
  return report.ok ? 0 : 1;
}

export const checkCommand: Command = {
  usage: `  check [--repair] [--json]
                         Check the notebook: SQLite integrity, foreign keys, the search index.
                         --repair rebuilds the indexes and says what it did. Exit code 1 while
                         problems remain.
`,
  run: check,
};
