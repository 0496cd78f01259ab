// `dossier import-project FILE.qdpx`: reads a REFI-QDA project (from NVivo, ATLAS.ti, MAXQDA,
// QualCoder or Dossier): each source is matched to the article with the same text or added as
// a new article, and each coded selection becomes a highlight (speakers, kinds and tags from
// its codes, its notes as the note). The file is sent through the API, as the app sends it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { oneFile, withNotebook, type Command, type Context } from './context';

async function importProject(context: Context, positionals: string[]): Promise<number> {
  const file = path.resolve(oneFile(positionals, '.qdpx project to import'));
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new Error(
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const report = await withNotebook(context, (call) =>
    call('importProject', { name: file, data: bytes.toString('base64') }),
  );
  const { io } = context;
  if (context.values.json) io.out(`${JSON.stringify(report)}\n`);
  else {
    io.out(
      `Imported ${report.imported} of ${report.total} coded passages from ${file}` +
        (report.alreadyPresent ? `; ${report.alreadyPresent} were already in the notebook` : '') +
        '.\n',
    );
    if (report.newArticles.length)
      io.out(
        `New articles: ${report.newArticles.map((article) => `“${article.title}”`).join(', ')}.\n`,
      );
    if (report.createdSpeakers.length)
      io.out(`New speakers: ${report.createdSpeakers.join(', ')}.\n`);
    if (report.createdTags.length) io.out(`New tags: ${report.createdTags.join(', ')}.\n`);
    for (const orphan of report.orphaned)
      io.out(`Not placed: passage ${orphan.index} of “${orphan.source}”: ${orphan.reason}.\n`);
  }
  return report.orphaned.length > 0 ? 1 : 0;
}

export const importProjectCommand: Command = {
  usage: `  import-project FILE.qdpx [--json]
                         Read a REFI-QDA project: its sources as articles (matched by text, else
                         added), its coded selections as highlights with speakers and tags.
`,
  run: importProject,
};
