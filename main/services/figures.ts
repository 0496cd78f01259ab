// The figures of the notebook's articles: the figures finder run on each article's text
// (with the notebook's speakers, so claims are credited by their canonical names, and the
// article's publication date, so "last year" resolves), and the conflicts among them.
// Results are cached per article text and speaker list, as the suggestions are.
import type { NotebookDatabase } from '../../db/open';
import * as articleQueries from '../../db/queries/articles';
import { listSpeakers } from '../../db/queries/speakers';
import type { ArticleFigure, FigureConflict } from '../domain/figures';
import { notFound } from '../domain/errors';
import type { Article } from '../domain/records';
import { findConflicts, findFigures, type Figure } from '../figures';
import { findQuotes } from '../quotes';

/** Enough for any notebook an analyst reads through; the newest articles first. */
const ARTICLE_LIMIT = 5000;

/** The sentence a figure sits in (within 240 characters either side), for showing it. */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 240);
  const before = text.slice(from, start);
  // A sentence ends at a stop followed by a capital, so "$43.8 billion" does not end one.
  const ends = [...before.matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})|\n/gu)];
  const last = ends.at(-1);
  let head: string;
  if (last) head = before.slice(last.index + last[0].length);
  else if (from === 0) head = before;
  else head = `…${before.slice(before.indexOf(' ') + 1)}`;
  const after = text.slice(end, end + 240);
  const stop = /[.!?](?=["”’]?(?:\s|$))|\n/u.exec(after);
  let tail: string;
  if (stop) tail = after.slice(0, stop.index + 1).replace(/\n$/u, '');
  else if (end + 240 >= text.length) tail = after;
  else tail = `${after.slice(0, after.lastIndexOf(' '))}…`;
  return `${head}${text.slice(start, end)}${tail}`.trim();
}

export function createFigureService(db: NotebookDatabase) {
  const cache = new Map<number, { fingerprint: string; figures: Figure[] }>();

  function figuresOf(
    article: Article,
    speakersKey: string,
    speakers: ReturnType<typeof listSpeakers>,
  ): Figure[] {
    const fingerprint = `${article.contentHash}|${article.publishedAt ?? ''}|${speakersKey}`;
    const cached = cache.get(article.id);
    if (cached && cached.fingerprint === fingerprint) return cached.figures;
    const quotes = findQuotes(article.text, {
      speakers: speakers.map((speaker) => ({
        name: speaker.name,
        aliases: speaker.aliases,
        role: speaker.role,
        country: speaker.country,
      })),
    }).candidates;
    const figures = findFigures(article.text, { published: article.publishedAt, quotes });
    cache.set(article.id, { fingerprint, figures });
    return figures;
  }

  function list(articleId?: number): ArticleFigure[] {
    const speakers = listSpeakers(db);
    const speakersKey = speakers
      .map((speaker) => `${speaker.id}:${speaker.name}:${speaker.aliases.join(',')}`)
      .join(';');
    const ids =
      articleId === undefined
        ? articleQueries
            .listArticles(db, { sort: 'published', limit: ARTICLE_LIMIT })
            .map((summary) => summary.id)
        : [articleId];
    const rows: ArticleFigure[] = [];
    for (const id of ids) {
      const article = articleQueries.getArticle(db, id);
      if (!article) throw notFound('Article', id);
      for (const figure of figuresOf(article, speakersKey, speakers)) {
        rows.push({
          articleId: article.id,
          articleTitle: article.title,
          publisher: article.publisher,
          publishedAt: article.publishedAt,
          start: figure.start,
          end: figure.end,
          exact: figure.exact,
          value: figure.value,
          unit: figure.unit,
          category: figure.category,
          bound: figure.bound,
          subject: figure.subject,
          measure: figure.measure,
          period: figure.period,
          claimedBy: figure.claimedBy,
          kind: figure.kind,
          context: sentenceAround(article.text, figure.start, figure.end),
        });
      }
    }
    return rows;
  }

  function conflicts(): FigureConflict[] {
    const rows = list();
    const precision = new Map<string, Figure>();
    for (const [id, entry] of cache) {
      for (const figure of entry.figures) precision.set(`${id}:${figure.start}`, figure);
    }
    const titles = new Map(rows.map((row) => [row.articleId, row.articleTitle]));
    return findConflicts(
      rows.map((row) => {
        const figure = precision.get(`${row.articleId}:${row.start}`)!;
        return { ...figure, articleId: row.articleId };
      }),
    ).map((group) => ({
      measure: group.measure,
      period: group.period,
      figures: group.figures.map((figure) => ({
        value: figure.value,
        unit: figure.unit,
        articleId: figure.articleId,
        articleTitle: titles.get(figure.articleId) ?? '',
        exact: figure.exact,
        claimedBy: figure.claimedBy,
        start: figure.start,
        end: figure.end,
      })),
    }));
  }

  return { list, conflicts };
}

export type FigureService = ReturnType<typeof createFigureService>;
