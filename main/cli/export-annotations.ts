// `dossier export-annotations --format w3c --out FILE`: every highlight of the notebook as a
// W3C Web Annotation collection (JSON-LD), for Hypothesis and other annotation tools. Also
// holds the file writing the other export commands share.
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ANNOTATION_FORMATS, type ExportedFile } from '../domain/interchange';
import { UsageError, withNotebook, type Command, type Context } from './context';

/** Writes an exported file beside its target and renames it in: no reader sees half a file. */
export async function writeExport(out: string, file: ExportedFile): Promise<number> {
  const bytes = Buffer.from(file.data, 'base64');
  const temporary = `${out}.${process.pid}.partial`;
  await writeFile(temporary, bytes);
  await rename(temporary, out);
  return bytes.length;
}

/** The --out file, resolved, or a usage error naming what it is for. */
export function outFile(context: Context, what: string): string {
  if (!context.values.out) throw new UsageError(`--out FILE says where to write ${what}.`);
  return path.resolve(context.values.out);
}

export function reportWritten(
  context: Context,
  out: string,
  bytes: number,
  extra: Record<string, unknown> = {},
): void {
  if (context.values.json) context.io.out(`${JSON.stringify({ out, bytes, ...extra })}\n`);
  else context.io.out(`Wrote ${out} (${(bytes / 1024).toFixed(1)} KiB).\n`);
}

async function exportAnnotations(context: Context): Promise<number> {
  const format = context.values.format ?? 'w3c';
  if (!(ANNOTATION_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be ${ANNOTATION_FORMATS.join(' or ')}, not "${format}".`);
  const out = outFile(context, 'the annotations');
  const file = await withNotebook(context, (call) => call('exportAnnotations', { format: 'w3c' }));
  const bytes = await writeExport(out, file);
  reportWritten(context, out, bytes, { format });
  return 0;
}

export const exportAnnotationsCommand: Command = {
  usage: `  export-annotations [--format w3c] --out FILE
                         Every highlight as W3C Web Annotation JSON-LD (quote and position
                         selectors, speaker, tags and note as bodies), for annotation tools.
`,
  readOnly: true,
  run: exportAnnotations,
};
