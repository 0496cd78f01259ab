// `dossier search QUERY`: full-text search, best matches first, with the matched words in
// bold on a terminal.
import { SEARCH_SORTS, type SearchSort } from '../domain/search-query';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../domain/snippet-marks';
import { UsageError, parseId, withNotebook, type Command, type Context } from './context';

function isSearchSort(value: string): value is SearchSort {
  return (SEARCH_SORTS as readonly string[]).includes(value);
}

async function search(context: Context, positionals: string[]): Promise<number> {
  const query = positionals.join(' ');
  if (!query.trim()) throw new UsageError('say what to search for.');
  const limit = context.values.limit === undefined ? 20 : parseId(context.values.limit, '--limit');
  const sort = context.values.sort ?? 'relevance';
  if (!isSearchSort(sort))
    throw new UsageError(`--sort must be one of ${SEARCH_SORTS.join(', ')}.`);
  const hits = await withNotebook(context, (call) =>
    call('searchArticles', { query, limit: Math.min(limit, 100), sort }),
  );
  const plain = (snippet: string) =>
    snippet.split(SNIPPET_OPEN).join('').split(SNIPPET_CLOSE).join('');
  if (context.values.json) {
    const rows = hits.map((hit) => ({
      articleId: hit.articleId,
      title: hit.title,
      publisher: hit.publisher,
      publishedAt: hit.publishedAt,
      snippet: plain(hit.snippet),
      rank: hit.rank,
    }));
    context.io.out(`${JSON.stringify(rows, null, 2)}\n`);
  } else if (hits.length === 0) {
    context.io.out(`Nothing matches "${query}".\n`);
  } else {
    const emphasise = (snippet: string) =>
      context.io.isTerminal
        ? snippet.split(SNIPPET_OPEN).join('\u001b[1m').split(SNIPPET_CLOSE).join('\u001b[22m')
        : plain(snippet);
    for (const hit of hits)
      context.io.out(`#${hit.articleId}  ${hit.title}\n     ${emphasise(hit.snippet)}\n`);
  }
  return 0;
}

export const searchCommand: Command = {
  usage: `  search QUERY [--json] [--limit N] [--sort relevance|newest|oldest]
                         Full-text search over titles and text, best matches first: "a phrase",
                         OR (or |), NOT word (or -word), word* for any ending, (grouping), and
                         author: publisher: title: speaker: tag: after:YYYY-MM-DD before:…
`,
  readOnly: true,
  run: search,
};
