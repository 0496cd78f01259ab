// Reading the library: list and open articles. Importing lives in imports.ts.
import type { NotebookDatabase } from '../../db/open';
import * as queries from '../../db/queries/articles';
import type { Article, ArticleSummary } from '../../db/model';
import { notFound } from '../ipc/errors';

export function createArticleService(db: NotebookDatabase) {
  return {
    list: (options: { sort?: queries.ArticleSort | undefined } = {}): ArticleSummary[] =>
      queries.listArticles(db, { sort: options.sort ?? 'imported' }),
    get(id: number): Article {
      const article = queries.getArticle(db, id);
      if (!article) throw notFound('Article', id);
      return article;
    },
    count: (): number => queries.countArticles(db),
  };
}

export type ArticleService = ReturnType<typeof createArticleService>;
