// `dossier info`: which notebook is open and what it holds.
import { withNotebook, type Command, type Context } from './context';

async function info(context: Context): Promise<number> {
  const notebookInfo = await withNotebook(context, (call) => call('getNotebookInfo', undefined));
  if (context.values.json) context.io.out(`${JSON.stringify(notebookInfo)}\n`);
  else
    context.io.out(
      `Notebook: ${notebookInfo.file}\nArticles: ${notebookInfo.articleCount}\nSchema:   ${notebookInfo.schemaVersion}\nDossier:  ${notebookInfo.version}\n`,
    );
  return 0;
}

export const infoCommand: Command = {
  usage: `  info [--json]          Show which notebook is open and what it holds.
`,
  readOnly: true,
  run: info,
};
