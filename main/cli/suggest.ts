// `dossier suggest`: the quote finder's pending suggestions for articles in the notebook,
// and with --accept, storing them as quotations with their speakers.
import type { Suggestion } from '../ipc/contract';
import { UsageError, parseId, withNotebook, type Command, type Context } from './context';

async function suggest(context: Context): Promise<number> {
  const minConfidence =
    context.values['min-confidence'] === undefined ? 0 : Number(context.values['min-confidence']);
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
    throw new UsageError('--min-confidence must be a number from 0 to 1.');
  }
  const requested = (context.values.article ?? []).map((value) => parseId(value, '--article'));
  return withNotebook(context, async (call) => {
    const ids =
      requested.length > 0
        ? requested
        : (await call('listArticles', { sort: 'imported' })).map((article) => article.id);
    const rows: (Suggestion & { accepted?: boolean; highlightId?: number })[] = [];
    for (const articleId of ids) {
      const suggestions = await call('listSuggestions', { articleId, minConfidence });
      for (const suggestion of suggestions) {
        if (context.values.accept) {
          const highlight = await call('acceptSuggestion', {
            articleId,
            start: suggestion.start,
            end: suggestion.end,
            kind: suggestion.kind,
          });
          rows.push({ ...suggestion, accepted: true, highlightId: highlight.id });
        } else {
          rows.push(suggestion);
        }
      }
    }
    if (context.values.json) context.io.out(`${JSON.stringify(rows, null, 2)}\n`);
    else {
      for (const row of rows) {
        context.io.out(
          `#${row.articleId} ${row.start}-${row.end} ${row.kind.padEnd(8)} ${row.speaker ?? '—'} ${row.confidence.toFixed(2)}${row.accepted ? ' accepted' : ''}\n    ${row.exact}\n`,
        );
      }
      context.io.out(
        `${rows.length} suggestion${rows.length === 1 ? '' : 's'}${context.values.accept ? ' accepted' : ' pending'}.\n`,
      );
    }
    return 0;
  });
}

export const suggestCommand: Command = {
  usage: `  suggest [--article ID]... [--min-confidence X] [--accept] [--json]
                         The finder's pending suggestions for articles in the notebook;
                         --accept stores them as quotations with their speakers.
`,
  run: suggest,
};
