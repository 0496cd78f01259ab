// `dossier figures FILE...`: the figures finder on text files, without a notebook, with
// offsets into each file as written (as `dossier quotes` gives them); and `dossier figures
// --conflicts`, the notebook's figures of one measure and period that disagree, through the
// API. Files have no publication date, so "last year" resolves against the dateline or the
// years the text reports on.
import { UsageError, withNotebook, type Command, type Context, readTextFile } from './context';

function formatValue(value: number, unit: string): string {
  const number = value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return unit === 'percent' ? `${number}%` : `${number} ${unit}`;
}

async function conflicts(context: Context): Promise<number> {
  return withNotebook(context, async (call) => {
    const groups = await call('listFigureConflicts', {});
    if (context.values.json) {
      const rows = groups.map((group) => ({
        measure: group.measure,
        period: group.period,
        figures: group.figures.map(({ value, unit, articleId, exact, claimedBy }) => ({
          value,
          unit,
          articleId,
          exact,
          claimedBy,
        })),
      }));
      context.io.out(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    if (groups.length === 0) context.io.out('No figures in dispute.\n');
    for (const group of groups) {
      context.io.out(`${group.measure}, ${group.period}:\n`);
      for (const figure of group.figures) {
        context.io.out(
          `  ${formatValue(figure.value, figure.unit).padEnd(22)} ${figure.claimedBy ?? '(the article)'}  #${figure.articleId} ${figure.articleTitle}\n      ${figure.exact}\n`,
        );
      }
    }
    return 0;
  });
}

async function figures(context: Context, positionals: string[]): Promise<number> {
  if (context.values.conflicts) {
    if (positionals.length > 0)
      throw new UsageError('--conflicts reads the notebook; name no files with it.');
    return conflicts(context);
  }
  if (positionals.length === 0)
    throw new UsageError('name at least one text file, or give --conflicts.');
  // Loaded here rather than at the top, so the other commands start without the finders.
  const { findFigures } = await import('../figures');
  const rows: unknown[] = [];
  let failed = 0;
  for (const file of positionals) {
    const text = await readTextFile(context, 'figures', file);
    if (text === null) {
      failed += 1;
      continue;
    }
    for (const figure of findFigures(text)) {
      const { start, end, exact, value, unit, period, subject, claimedBy, kind } = figure;
      rows.push({ file, start, end, exact, value, unit, period, subject, claimedBy, kind });
      if (!context.values.json) {
        context.io.out(
          `${file}:${start}-${end}  ${kind.padEnd(8)} ${formatValue(value, unit)}  ${subject ?? '—'}, ${period ?? 'no period'}  ${claimedBy ?? '(the article)'}\n    ${exact}\n`,
        );
      }
    }
  }
  if (context.values.json) context.io.out(`${JSON.stringify(rows, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

export const figuresCommand: Command = {
  usage: `  figures FILE... [--json]
                         Find the numeric claims in text files without touching the notebook.
                         --json prints [{file, start, end, exact, value, unit, period, subject,
                         claimedBy, kind}]; offsets index the file's text as decoded.
  figures --conflicts [--json]
                         The notebook's figures for one measure and period that disagree
                         beyond rounding: [{measure, period, figures: [{value, unit,
                         articleId, exact, claimedBy}]}].
`,
  readOnly: true,
  run: figures,
};
