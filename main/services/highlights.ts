// Highlights and quotations on an article: created from offsets into the canonical text and
// stored as selectors (exact/prefix/suffix + offsets) so they can be re-anchored later.
import type { NotebookDatabase } from '../../db/open';
import * as articleQueries from '../../db/queries/articles';
import * as queries from '../../db/queries/highlights';
import { setHighlightTags } from '../../db/queries/tags';
import { getSpeaker } from '../../db/queries/speakers';
import { getTag } from '../../db/queries/tags';
import type { Highlight, HighlightKind } from '../../db/model';
import { describeRange } from '../anchoring';
import { invalidInput, notFound } from '../ipc/errors';

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

export function createHighlightService(db: NotebookDatabase) {
  function require(id: number): Highlight {
    const highlight = queries.getHighlight(db, id);
    if (!highlight) throw notFound('Highlight', id);
    return highlight;
  }

  function checkReferences(speakerId: number | null | undefined, tagIds: number[] | undefined) {
    if (speakerId != null && !getSpeaker(db, speakerId)) throw notFound('Speaker', speakerId);
    for (const tagId of tagIds ?? []) if (!getTag(db, tagId)) throw notFound('Tag', tagId);
  }

  return {
    listForArticle(articleId: number): Highlight[] {
      if (!articleQueries.getArticle(db, articleId)) throw notFound('Article', articleId);
      return queries.listHighlightsForArticle(db, articleId);
    },
    get: require,
    create(input: NewHighlightInput): Highlight {
      return db.transaction(() => {
        const article = articleQueries.getArticle(db, input.articleId);
        if (!article) throw notFound('Article', input.articleId);
        if (input.end > article.text.length || input.start >= input.end) {
          throw invalidInput(
            `The range ${input.start}–${input.end} is outside "${article.title}" (${article.text.length} characters).`,
          );
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
        return require(id);
      })();
    },
    update(id: number, changes: HighlightChanges): Highlight {
      return db.transaction(() => {
        const current = require(id);
        checkReferences(changes.speakerId, changes.tagIds);
        queries.updateHighlight(db, id, {
          kind: changes.kind ?? current.kind,
          speakerId: changes.speakerId === undefined ? current.speakerId : changes.speakerId,
          note: changes.note ?? current.note,
        });
        if (changes.tagIds) setHighlightTags(db, id, changes.tagIds);
        return require(id);
      })();
    },
    remove(id: number): { id: number } {
      if (!queries.deleteHighlight(db, id)) throw notFound('Highlight', id);
      return { id };
    },
  };
}

export type HighlightService = ReturnType<typeof createHighlightService>;
