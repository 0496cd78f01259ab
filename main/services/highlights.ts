// Highlights and quotations: created from offsets into an article's canonical text and stored
// as selectors (exact/prefix/suffix + offsets) so they survive text revisions. Every change is
// journalled with the highlight's state before and after, which is what undo and redo replay,
// so the history is persisted with the notebook.
import type { NotebookDatabase } from '../../db/open';
import * as articleQueries from '../../db/queries/articles';
import * as history from '../../db/queries/history';
import * as queries from '../../db/queries/highlights';
import { getSpeaker } from '../../db/queries/speakers';
import { getTag, setHighlightTags } from '../../db/queries/tags';
import type { Article, Highlight, HighlightKind } from '../../db/model';
import { describeRange, reanchorAll } from '../anchoring';
import { invalidInput, notFound } from '../domain/errors';
import type { AnnotationChange, QuotationInContext, TextRevision } from '../domain/records';
import { writeTransaction } from '../../db/transaction';

export interface NewHighlightInput {
  articleId: number;
  kind: HighlightKind;
  start: number;
  end: number;
  speakerId?: number | null | undefined;
  note?: string | undefined;
  tagIds?: number[] | undefined;
}

export interface HighlightChanges {
  kind?: HighlightKind | undefined;
  speakerId?: number | null | undefined;
  note?: string | undefined;
  tagIds?: number[] | undefined;
}

/** A highlight as journalled: enough to recreate it exactly, id and tags included. */
type HighlightState = queries.HighlightFields & { id: number; orphaned: boolean; tagIds: number[] };

function stateOf(highlight: Highlight): HighlightState {
  return {
    id: highlight.id,
    articleId: highlight.articleId,
    kind: highlight.kind,
    exact: highlight.exact,
    prefix: highlight.prefix,
    suffix: highlight.suffix,
    start: highlight.start,
    end: highlight.end,
    speakerId: highlight.speakerId,
    note: highlight.note,
    orphaned: highlight.orphaned,
    tagIds: highlight.tags.map((tag) => tag.id),
  };
}

/** The sentence(s) around a passage, within its paragraph, for lists across articles. */
export function contextAround(text: string, start: number, end: number, limit = 400): string {
  const paragraphBreak = text.lastIndexOf('\n\n', Math.max(0, start - 1));
  const paragraphStart = paragraphBreak < 0 ? 0 : paragraphBreak + 2;
  const nextBreak = text.indexOf('\n\n', end);
  const paragraphEnd = nextBreak < 0 ? text.length : nextBreak;
  let from = paragraphStart;
  for (const match of text.slice(paragraphStart, start).matchAll(/[.!?][”"’»)]?\s+/g)) {
    from = paragraphStart + match.index + match[0].length;
  }
  let to = paragraphEnd;
  const closesSentence = /[.!?]$/.test(text.slice(start, end))
    ? /^[”"’»)]?(?=\s|$)/.exec(text.slice(end, paragraphEnd))
    : null;
  if (closesSentence) to = end + closesSentence[0].length;
  else {
    const terminator = /[.!?][”"’»)]?(?=\s|$)/.exec(text.slice(end, paragraphEnd));
    if (terminator) to = end + terminator.index + terminator[0].length;
  }
  const context = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return context.length > limit ? `${context.slice(0, limit - 1)}…` : context;
}

export function createHighlightService(db: NotebookDatabase) {
  function require(id: number): Highlight {
    const highlight = queries.getHighlight(db, id);
    if (!highlight) throw notFound('Highlight', id);
    return highlight;
  }

  function requireArticle(id: number): Article {
    const article = articleQueries.getArticle(db, id);
    if (!article) throw notFound('Article', id);
    return article;
  }

  function checkReferences(speakerId: number | null | undefined, tagIds: number[] | undefined) {
    if (speakerId != null && !getSpeaker(db, speakerId)) throw notFound('Speaker', speakerId);
    for (const tagId of tagIds ?? []) if (!getTag(db, tagId)) throw notFound('Tag', tagId);
  }

  function counts(articleId: number) {
    const { undo, redo } = history.historyCounts(db, articleId);
    return { canUndo: undo > 0, canRedo: redo > 0 };
  }

  /** Puts a highlight into the given state (or removes it for null), tolerating references gone since. */
  function applyState(id: number, target: HighlightState | null): void {
    const existing = queries.getHighlight(db, id);
    if (target === null) {
      if (existing) queries.deleteHighlight(db, id);
      return;
    }
    const speakerId =
      target.speakerId !== null && getSpeaker(db, target.speakerId) ? target.speakerId : null;
    const tagIds = target.tagIds.filter((tagId) => getTag(db, tagId));
    if (existing) {
      queries.updateHighlight(db, id, { kind: target.kind, speakerId, note: target.note });
      queries.updateHighlightAnchor(db, id, target);
    } else {
      queries.insertHighlight(db, { ...target, speakerId }, id);
    }
    setHighlightTags(db, id, tagIds);
  }

  function replay(articleId: number, direction: 'undo' | 'redo'): AnnotationChange | null {
    return writeTransaction(db, (): AnnotationChange | null => {
      requireArticle(articleId);
      const entry =
        direction === 'undo'
          ? history.nextToUndo<HighlightState>(db, articleId)
          : history.nextToRedo<HighlightState>(db, articleId);
      if (!entry) return null;
      const target = direction === 'undo' ? entry.before : entry.after;
      const id = (entry.before ?? entry.after)!.id;
      applyState(id, target);
      history.markUndone(db, entry.id, direction === 'undo');
      const highlight = queries.getHighlight(db, id);
      return {
        label: entry.label,
        removed: highlight ? [] : [id],
        upserted: highlight ? [highlight] : [],
        ...counts(articleId),
      };
    });
  }

  return {
    listForArticle(articleId: number): Highlight[] {
      requireArticle(articleId);
      return queries.listHighlightsForArticle(db, articleId);
    },
    get: require,
    create(input: NewHighlightInput): Highlight {
      return writeTransaction(db, () => {
        const article = requireArticle(input.articleId);
        if (input.end > article.text.length || input.start >= input.end) {
          throw invalidInput(
            `The range ${input.start}–${input.end} is outside "${article.title}" (${article.text.length} characters).`,
          );
        }
        if (article.text.slice(input.start, input.end).trim().length === 0) {
          throw invalidInput('A highlight must contain some text, not only spaces.');
        }
        checkReferences(input.speakerId, input.tagIds);
        const selector = describeRange(article.text, input.start, input.end);
        const id = queries.insertHighlight(db, {
          articleId: input.articleId,
          kind: input.kind,
          ...selector,
          speakerId: input.speakerId ?? null,
          note: input.note ?? '',
        });
        setHighlightTags(db, id, input.tagIds ?? []);
        const created = require(id);
        history.appendEntry(
          db,
          input.articleId,
          input.kind === 'highlight' ? 'Add highlight' : 'Add quotation',
          null,
          stateOf(created),
        );
        return created;
      });
    },
    update(id: number, changes: HighlightChanges): Highlight {
      return writeTransaction(db, () => {
        const current = require(id);
        checkReferences(changes.speakerId, changes.tagIds);
        queries.updateHighlight(db, id, {
          kind: changes.kind ?? current.kind,
          speakerId: changes.speakerId === undefined ? current.speakerId : changes.speakerId,
          note: changes.note ?? current.note,
        });
        if (changes.tagIds) setHighlightTags(db, id, changes.tagIds);
        const updated = require(id);
        history.appendEntry(
          db,
          current.articleId,
          'Edit annotation',
          stateOf(current),
          stateOf(updated),
        );
        return updated;
      });
    },
    remove(id: number): { id: number } {
      return writeTransaction(db, () => {
        const current = require(id);
        queries.deleteHighlight(db, id);
        history.appendEntry(db, current.articleId, 'Delete annotation', stateOf(current), null);
        return { id };
      });
    },
    /** Moves an orphaned (or misplaced) highlight onto a new range of the current text. */
    replace(id: number, start: number, end: number): Highlight {
      return writeTransaction(db, () => {
        const current = require(id);
        const article = requireArticle(current.articleId);
        if (end > article.text.length || start >= end)
          throw invalidInput(`The range ${start}–${end} is outside "${article.title}".`);
        queries.updateHighlightAnchor(db, id, {
          ...describeRange(article.text, start, end),
          orphaned: false,
        });
        const updated = require(id);
        history.appendEntry(
          db,
          current.articleId,
          'Re-place annotation',
          stateOf(current),
          stateOf(updated),
        );
        return updated;
      });
    },
    undo: (articleId: number) => replay(articleId, 'undo'),
    redo: (articleId: number) => replay(articleId, 'redo'),
    historyState: (articleId: number) => counts(articleId),
    /**
     * Replaces an article's canonical text and re-anchors every highlight on it: by position,
     * exact match, then fuzzy match. Highlights that cannot be placed are kept as orphans.
     */
    reviseText(
      articleId: number,
      text: string,
      hashOf: (text: string) => string,
      wordsOf: (text: string) => number,
    ): TextRevision {
      return writeTransaction(db, (): TextRevision => {
        const article = requireArticle(articleId);
        const highlights = queries.listHighlightsForArticle(db, articleId);
        const results = reanchorAll(article.text, text, highlights);
        const existing = articleQueries.findArticleByHash(db, hashOf(text));
        if (existing && existing.id !== articleId) {
          throw invalidInput(
            `That text is identical to another article in the notebook (#${existing.id} “${existing.title}”).`,
          );
        }
        articleQueries.updateArticleText(db, articleId, text, hashOf(text), wordsOf(text));
        let fuzzy = 0;
        highlights.forEach((highlight, index) => {
          const { result, selector } = results[index]!;
          const orphaned = result.status === 'orphaned';
          if (result.status === 'fuzzy') fuzzy += 1;
          queries.updateHighlightAnchor(db, highlight.id, { ...selector, orphaned });
        });
        const after = queries.listHighlightsForArticle(db, articleId);
        return {
          article: requireArticle(articleId),
          placed: after.filter((highlight) => !highlight.orphaned).length,
          fuzzy,
          orphaned: after.filter((highlight) => highlight.orphaned),
        };
      });
    },
    /** Quotations across the notebook by speaker, tag or kind, each with its context sentence. */
    queryAcrossArticles(filter: queries.HighlightFilter): QuotationInContext[] {
      const rows = queries.queryHighlights(db, filter);
      const texts = new Map<number, Article>();
      return rows.map((highlight) => {
        let article = texts.get(highlight.articleId);
        if (!article) {
          article = requireArticle(highlight.articleId);
          texts.set(article.id, article);
        }
        return {
          ...highlight,
          articleTitle: article.title,
          articlePublisher: article.publisher,
          articlePublishedAt: article.publishedAt,
          context: highlight.orphaned
            ? highlight.exact
            : contextAround(article.text, highlight.start, highlight.end),
        };
      });
    },
  };
}

export type HighlightService = ReturnType<typeof createHighlightService>;
