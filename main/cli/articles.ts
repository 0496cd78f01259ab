// `dossier articles`: the library, in the order asked for.
import { ARTICLE_SORTS, isArticleSort } from '../domain/vocabulary';
import { UsageError, withNotebook, type Command, type Context } from './context';

async function articles(context: Context): Promise<number> {
  const sort = context.values.sort ?? 'imported';
  if (!isArticleSort(sort))
    throw new UsageError(`--sort must be one of ${ARTICLE_SORTS.join(', ')}.`);
  const summaries = await withNotebook(context, (call) => call('listArticles', { sort }));
  if (context.values.json) {
    const rows = summaries.map(
      ({ id, title, author, publisher, dateline, publishedAt, wordCount }) => ({
        id,
        title,
        author,
        publisher,
        dateline,
        publishedAt,
        wordCount,
      }),
    );
    context.io.out(`${JSON.stringify(rows, null, 2)}\n`);
  } else if (summaries.length === 0) {
    context.io.out('The notebook has no articles yet. Import some with "dossier import PATH".\n');
  } else {
    for (const article of summaries) {
      const meta = [article.publisher, article.publishedAt, `${article.wordCount} words`]
        .filter(Boolean)
        .join(' · ');
      context.io.out(`#${article.id}  ${article.title}\n     ${meta}\n`);
    }
  }
  return 0;
}

export const articlesCommand: Command = {
  usage: `  articles [--json] [--sort imported|published|title|publisher]
                         List the library.
`,
  readOnly: true,
  run: articles,
};
