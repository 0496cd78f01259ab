// `dossier export-project --format qdpx --out FILE`: the notebook as a REFI-QDA project, which
// NVivo, ATLAS.ti, MAXQDA and QualCoder open (articles, tags and speakers as codes, highlights
// as coded selections with their notes).
import { PROJECT_FORMATS } from '../domain/interchange';
import { UsageError, withNotebook, type Command, type Context } from './context';
import { outFile, reportWritten, writeExport } from './export-annotations';

async function exportProject(context: Context): Promise<number> {
  const format = context.values.format ?? 'qdpx';
  if (!(PROJECT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be ${PROJECT_FORMATS.join(' or ')}, not "${format}".`);
  const out = outFile(context, 'the project');
  const file = await withNotebook(context, (call) => call('exportProject', { format: 'qdpx' }));
  const bytes = await writeExport(out, file);
  reportWritten(context, out, bytes, { format });
  return 0;
}

export const exportProjectCommand: Command = {
  usage: `  export-project [--format qdpx] --out FILE
                         The notebook as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA
                         and QualCoder.
`,
  readOnly: true,
  run: exportProject,
};
