// `dossier import-annotations FILE`: reads a W3C Web Annotation file (Dossier's own export, or
// another tool's) and places each annotation on the article it targets, by its selectors. The
// file is read here and sent through the API as text, as the app sends a chosen file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { oneFile, withNotebook, type Command, type Context } from './context';

async function importAnnotations(context: Context, positionals: string[]): Promise<number> {
  const file = path.resolve(oneFile(positionals, 'annotations file to import'));
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const report = await withNotebook(context, (call) =>
    call('importAnnotations', { name: file, text }),
  );
  const { io } = context;
  if (context.values.json) {
    io.out(`${JSON.stringify(report)}\n`);
  } else {
    io.out(
      `Imported ${report.imported} of ${report.total} annotations from ${file}` +
        (report.fuzzy ? ` (${report.fuzzy} placed approximately)` : '') +
        (report.alreadyPresent ? `; ${report.alreadyPresent} were already in the notebook` : '') +
        '.\n',
    );
    if (report.createdSpeakers.length)
      io.out(`New speakers: ${report.createdSpeakers.join(', ')}.\n`);
    if (report.createdTags.length) io.out(`New tags: ${report.createdTags.join(', ')}.\n`);
    for (const orphan of report.orphaned)
      io.out(
        `Orphan: annotation ${orphan.index} “${orphan.exact}” (${orphan.source}): ${orphan.reason}.\n`,
      );
  }
  return report.orphaned.length > 0 ? 1 : 0;
}

export const importAnnotationsCommand: Command = {
  usage: `  import-annotations FILE [--json]
                         Place a W3C Web Annotation file's annotations on the articles they
                         target (by URL or text hash), by their selectors; creates speakers and
                         tags as needed; lists those it cannot place as orphans (exit code 1).
`,
  run: importAnnotations,
};
