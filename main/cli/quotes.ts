// `dossier quotes FILE...`: the quote finder on text files, without a notebook. The API's
// finder works on articles in a notebook (listSuggestions), with offsets into their cleaned
// text; this command promises offsets into the file as written, so it runs the pure finder
// on each file's text itself. Nothing is opened, so there is no composition to go through.
import { UsageError, type Command, type Context, readTextFile } from './context';

async function quotes(context: Context, positionals: string[]): Promise<number> {
  if (positionals.length === 0) throw new UsageError('name at least one text file.');
  // Loaded here rather than at the top, so the other commands start without the finder.
  const { findQuotes } = await import('../quotes');
  const rows: unknown[] = [];
  let failed = 0;
  for (const file of positionals) {
    const text = await readTextFile(context, 'quotes', file);
    if (text === null) {
      failed += 1;
      continue;
    }
    for (const candidate of findQuotes(text).candidates) {
      const { start, end, exact, kind, speaker, speakerAsWritten, cue, confidence } = candidate;
      rows.push({ file, start, end, exact, kind, speaker, speakerAsWritten, cue, confidence });
      if (!context.values.json) {
        const who = speaker
          ? `${speaker}${cue ? ` (${cue})` : ''}`
          : kind === 'term'
            ? 'term'
            : 'unattributed';
        context.io.out(
          `${file}:${start}-${end}  ${kind.padEnd(8)} ${who}  ${confidence.toFixed(2)}\n    ${exact}\n`,
        );
      }
    }
  }
  if (context.values.json) context.io.out(`${JSON.stringify(rows, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

export const quotesCommand: Command = {
  usage: `  quotes FILE... [--json]
                         Run the quote finder on text files without touching the notebook.
                         --json prints [{file, start, end, exact, kind, speaker,
                         speakerAsWritten, cue, confidence}]; offsets index the file's text
                         as decoded (UTF-8, BOM removed).
`,
  run: quotes,
};
