// `dossier import PATH...`: files and folders into the notebook. The API's importFiles takes
// file contents, as a browser sends them; the command line has paths (folders recursed) and
// shows progress per file, so it uses the import service of the notebook the composition
// root opened rather than reading every file into a call.
import type { ImportOutcome } from '../ipc/contract';
import { UsageError, withNotebook, type Command, type Context } from './context';

function progressBar(done: number, total: number, label: string): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const name = label.length > 40 ? `…${label.slice(-39)}` : label;
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}\u001b[K`;
}

async function importPaths(context: Context, positionals: string[]): Promise<number> {
  if (positionals.length === 0) throw new UsageError('name at least one file or folder to import.');
  const { io, values } = context;
  const outcomes = await withNotebook(context, (_call, notebook) =>
    notebook.services.imports.importPaths(
      positionals,
      (outcome, index, total) => {
        if (values.json) io.out(`${JSON.stringify(outcome)}\n`);
        else if (io.isTerminal) io.err(progressBar(index + 1, total, outcome.path));
        if (!values.json && outcome.status === 'failed') {
          if (io.isTerminal) io.err('\n');
          io.err(`failed: ${outcome.error}\n`);
        }
      },
      // Nothing is held for a later answer: a command line run ends with its import.
      { revisions: values.update ? 'apply' : 'report' },
    ),
  );
  const count = (status: ImportOutcome['status']) =>
    outcomes.filter((outcome) => outcome.status === status).length;
  if (!values.json) {
    if (io.isTerminal) io.err('\n');
    for (const outcome of outcomes) {
      if (outcome.status === 'imported')
        io.out(`imported  #${outcome.articleId}  ${outcome.title}\n`);
      if (outcome.status === 'duplicate')
        io.out(`duplicate #${outcome.articleId}  ${outcome.title} (${outcome.path})\n`);
      if (outcome.status === 'revision')
        io.out(`revision  #${outcome.articleId}  ${outcome.title} (${outcome.path})\n`);
      if (outcome.status === 'updated') {
        const orphaned = outcome.applied?.orphaned ?? [];
        const placed = outcome.applied?.placed ?? 0;
        io.out(
          `updated   #${outcome.articleId}  ${outcome.title}: ${placed} ${placed === 1 ? 'highlight' : 'highlights'} re-anchored` +
            (orphaned.length > 0 ? `, ${orphaned.length} could not be placed:` : '') +
            '\n',
        );
        for (const orphan of orphaned) io.out(`            not placed: “${orphan.exact}”\n`);
      }
    }
    const updated = count('updated') > 0 ? `, ${count('updated')} updated` : '';
    io.out(
      `${count('imported')} imported${updated}, ${count('duplicate')} duplicates, ${count('failed')} failed.\n`,
    );
    const revisions = count('revision');
    if (revisions > 0) {
      io.out(
        `${revisions} ${revisions === 1 ? 'revision' : 'revisions'} found; run with --update to apply.\n`,
      );
    }
  }
  return count('failed') > 0 ? 1 : 0;
}

export const importCommand: Command = {
  usage: `  import PATH... [--update] [--json]
                         Import files and folders (recursed): text, Markdown, HTML, PDF, DOCX.
                         A newer copy of an article (same source path or URL, or title and
                         publisher, different text) is reported and not imported; --update
                         makes it the article's text (the old one kept, highlights re-anchored).
                         --json prints one object per input: {path, status, articleId?, title?, error?}.
`,
  run: importPaths,
};
