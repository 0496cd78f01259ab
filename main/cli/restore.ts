// `dossier restore FILE`: replaces the notebook with a backup, keeping the notebook as it
// was aside. A notebook too damaged to open is what a restore is for, so when the
// composition root refuses to open it the file is swapped while closed.
import type { Notebook } from '../composition';
import type { RestoreOutcome } from '../ipc/contract';
import { oneFile, withNotebook, type Command, type Context } from './context';

async function restore(context: Context, positionals: string[]): Promise<number> {
  const source = oneFile(positionals, 'backup file to restore');
  let outcome: RestoreOutcome;
  const { isDamagedNotebook, restoreNotebookFile } = await import('../composition');
  let notebook: Notebook | null = null;
  try {
    notebook = await context.openNotebook();
  } catch (error) {
    if (!isDamagedNotebook(error)) throw error;
  }
  try {
    outcome = notebook
      ? await notebook.services.maintenance.restore(source)
      : restoreNotebookFile(context.notebookPath, source);
  } finally {
    notebook?.close();
  }
  if (!notebook) {
    // Opening it now applies any migrations an older backup needs.
    await withNotebook(context, () => undefined);
  }
  if (context.values.json) context.io.out(`${JSON.stringify(outcome)}\n`);
  else
    context.io.out(
      `Restored ${context.notebookPath} from ${outcome.restoredFrom} (${outcome.articleCount} articles).\nThe notebook as it was is kept in ${outcome.keptAside}.\n`,
    );
  return 0;
}

export const restoreCommand: Command = {
  usage: `  restore FILE [--json]  Replace the notebook with the backup in FILE. Refuses a damaged backup,
                         one from a newer Dossier, or a file that is not a notebook; the notebook
                         as it was is kept as NOTEBOOK.replaced-<time>.
`,
  run: restore,
};
