// `dossier article ID`: one article with its cleaned text.
import { parseId, withNotebook, type Command, type Context } from './context';

async function article(context: Context, positionals: string[]): Promise<number> {
  const id = parseId(positionals[0], 'the article ID');
  const found = await withNotebook(context, (call) => call('getArticle', { id }));
  if (context.values.json) {
    const { title, author, publisher, dateline, publishedAt, wordCount, text } = found;
    context.io.out(
      `${JSON.stringify({ id, title, author, publisher, dateline, publishedAt, wordCount, text }, null, 2)}\n`,
    );
  } else {
    const meta = [
      found.author && `By ${found.author}`,
      found.dateline,
      found.publisher,
      found.publishedAt,
    ]
      .filter(Boolean)
      .join(' · ');
    context.io.out(`${found.title}\n${meta ? `${meta}\n` : ''}\n${found.text}\n`);
  }
  return 0;
}

export const articleCommand: Command = {
  usage: `  article ID [--json]    Show one article with its cleaned text.
`,
  readOnly: true,
  run: article,
};
