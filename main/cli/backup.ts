// `dossier backup FILE`: a copy of the notebook made with SQLite's online backup, safe while
// the app has it open. The API has no backup method (the app backs up on its own schedule),
// so this uses the maintenance service of the notebook the composition root opened.
import { oneFile, withNotebook, type Command, type Context } from './context';

function mebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

async function backup(context: Context, positionals: string[]): Promise<number> {
  const target = oneFile(positionals, 'file to write the backup to');
  const started = performance.now();
  const { file, size } = await withNotebook(context, (_call, notebook) =>
    notebook.services.maintenance.backup(target),
  );
  const milliseconds = Math.round(performance.now() - started);
  if (context.values.json)
    context.io.out(
      `${JSON.stringify({ notebook: context.notebookPath, file, size, milliseconds })}\n`,
    );
  else
    context.io.out(
      `Backed up ${context.notebookPath} to ${file} (${mebibytes(size)}, ${milliseconds} ms).\n`,
    );
  return 0;
}

export const backupCommand: Command = {
  usage: `  backup FILE [--json]   Copy the notebook to FILE (SQLite's online backup: safe while the app
                         is open and writing).
`,
  run: backup,
};
