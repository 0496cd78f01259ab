// A notebook in a fresh temporary file holding fictional articles stored straight through the
// insert query, for service tests that are about what happens after an import, not the import.
import { createHash } from 'node:crypto';
import type { ArticleMetadata } from '../../db/model';
import { insertArticle } from '../../db/queries/articles';
import { createNotebook, type Notebook } from '../../main/composition';
import { tempDbFile } from './temp';

export interface TestArticle extends Partial<ArticleMetadata> {
  text: string;
}

/** Stores one article and returns its id; paragraphs in `text` are separated by a blank line. */
export function addArticle(book: Notebook, article: TestArticle): number {
  return insertArticle(book.db, {
    title: article.title ?? article.text.split('\n')[0]!.slice(0, 60),
    author: article.author ?? null,
    publisher: article.publisher ?? null,
    dateline: article.dateline ?? null,
    publishedAt: article.publishedAt ?? null,
    language: article.language ?? 'en',
    sourceUrl: article.sourceUrl ?? null,
    format: 'text',
    sourcePath: null,
    originalName: null,
    original: new TextEncoder().encode(article.text),
    text: article.text,
    contentHash: createHash('sha256').update(article.text).digest('hex'),
    wordCount: article.text.split(/\s+/).filter(Boolean).length,
  });
}

/** A notebook with these articles, in this order; `dbFile` reopens an earlier one. */
export function notebookWith(
  articles: TestArticle[] = [],
  dbFile = tempDbFile(),
): { book: Notebook; ids: number[]; dbFile: string } {
  const book = createNotebook({ dbFile });
  return { book, ids: articles.map((article) => addArticle(book, article)), dbFile };
}
