// Highlights and quotations: created from offsets into an article's canonical text and stored
// as selectors (exact/prefix/suffix + offsets) so they survive text revisions. Every change is
// journalled with the highlight's state before and after, which is what undo and redo replay,
// so the history is persisted with the notebook. The journal is per article: undo and redo
// take the article they act on and never touch another's entries. A journal state is a
// highlight, a verdict on a suggestion, or a batch of either (accept all, a revert), so one
// Ctrl+Z takes back what one click did.
import type { NotebookDatabase } from '../../db/open';
import * as articleQueries from '../../db/queries/articles';
import * as history from '../../db/queries/history';
import * as queries from '../../db/queries/highlights';
import { getSpeaker } from '../../db/queries/speakers';
import * as verdicts from '../../db/queries/suggestions';
import { getTag, setHighlightTags } from '../../db/queries/tags';
import type { Article, Highlight, HighlightKind } from '../../db/model';
import { describeRange, reanchorAll } from '../anchoring';
import { invalidInput, notFound } from '../domain/errors';
import type {
  AnnotationChange,
  AnnotationHistoryEntry,
  AnnotationRevert,
  QuotationInContext,
  TextRevision,
} from '../domain/records';
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

/** A verdict on one of the quote finder's suggestions; null is "not decided". */
interface VerdictState {
  type: 'verdict';
  articleId: number;
  start: number;
  end: number;
  kind: string;
  exact: string;
  verdict: 'accepted' | 'rejected' | null;
}

type SingleState = HighlightState | VerdictState;
interface SingleChange {
  before: SingleState | null;
  after: SingleState | null;
}
/** Several changes made by one action; before and after hold the same number of items. */
interface BatchState {
  type: 'batch';
  items: (SingleState | null)[];
}
type JournalState = SingleState | BatchState;

const isVerdict = (state: JournalState | null): state is VerdictState =>
  state !== null && 'type' in state && state.type === 'verdict';
const isBatch = (state: JournalState | null): state is BatchState =>
  state !== null && 'type' in state && state.type === 'batch';

function changesOf(before: JournalState | null, after: JournalState | null): SingleChange[] {
  if (isBatch(before) || isBatch(after)) {
    const from = isBatch(before) ? before.items : [];
    const to = isBatch(after) ? after.items : [];
    return Array.from({ length: Math.max(from.length, to.length) }, (_, index) => ({
      before: from[index] ?? null,
      after: to[index] ?? null,
    }));
  }
  return [{ before: before as SingleState | null, after: after as SingleState | null }];
}

const KIND_WORDS: Record<HighlightKind, string> = {
  highlight: 'highlight',
  direct: 'quotation',
  indirect: 'reported speech',
  term: 'term',
  figure: 'figure',
};

/** A passage as a label shows it: its first words, in quotation marks. */
export function excerpt(text: string, limit = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > limit ? `${flat.slice(0, limit - 1).trimEnd()}…` : flat}”`;
}

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

/**
 * The state a highlight returns to when one past change is reverted: a creation is removed, a
 * deletion restored, and an edit puts back only the fields it altered onto the current state.
 */
export function revertedState(
  current: HighlightState | null,
  before: HighlightState | null,
  after: HighlightState | null,
): HighlightState | null {
  if (before === null) return null;
  if (after === null || current === null) return current ?? before;
  const reverted: HighlightState = { ...current };
  const fields = ['kind', 'speakerId', 'note', 'orphaned'] as const;
  for (const field of fields)
    if (before[field] !== after[field]) Object.assign(reverted, { [field]: before[field] });
  const anchor = ['exact', 'prefix', 'suffix', 'start', 'end'] as const;
  if (anchor.some((field) => before[field] !== after[field]))
    for (const field of anchor) Object.assign(reverted, { [field]: before[field] });
  const added = after.tagIds.filter((id) => !before.tagIds.includes(id));
  const dropped = before.tagIds.filter((id) => !after.tagIds.includes(id));
  reverted.tagIds = [
    ...current.tagIds.filter((id) => !added.includes(id)),
    ...dropped.filter((id) => !current.tagIds.includes(id)),
  ];
  return reverted;
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

  const speakerName = (id: number | null) =>
    id === null ? null : (getSpeaker(db, id)?.name ?? null);
  const tagName = (id: number) => getTag(db, id)?.name ?? `#${id}`;

  /** Says what an edit changed, in the words the status bar and the History panel show. */
  function describeEdit(before: HighlightState, after: HighlightState): string {
    const parts: string[] = [];
    const added = after.tagIds.filter((id) => !before.tagIds.includes(id));
    const dropped = before.tagIds.filter((id) => !after.tagIds.includes(id));
    if (added.length > 0) parts.push(`tag ${added.map((id) => `‘${tagName(id)}’`).join(', ')}`);
    if (dropped.length > 0)
      parts.push(`untag ${dropped.map((id) => `‘${tagName(id)}’`).join(', ')}`);
    if (before.speakerId !== after.speakerId) {
      const name = speakerName(after.speakerId);
      parts.push(name ? `speaker ‘${name}’` : 'no speaker');
    }
    if (before.kind !== after.kind) parts.push(`kind ${KIND_WORDS[after.kind]}`);
    if (before.note !== after.note) parts.push(after.note ? 'note' : 'note removed');
    const what = `${KIND_WORDS[after.kind]} ${excerpt(after.exact)}`;
    return parts.length > 0 ? `${parts.join(', ')} on ${what}` : `Edit ${what}`;
  }

  // While a batch runs, its changes are gathered here and journalled as one entry at the end.
  let gathering: SingleChange[] | null = null;

  function journal(
    articleId: number,
    label: string,
    before: SingleState | null,
    after: SingleState | null,
  ): void {
    if (gathering) gathering.push({ before, after });
    else history.appendEntry<JournalState>(db, articleId, label, before, after);
  }

  /** Runs `run` in one transaction and journals every change it makes as one undo step. */
  function batch<Result>(articleId: number, label: string, run: () => Result): Result {
    return writeTransaction(db, () => {
      if (gathering) return run();
      const changes: SingleChange[] = [];
      gathering = changes;
      let result: Result;
      try {
        result = run();
      } finally {
        gathering = null;
      }
      if (changes.length === 1)
        history.appendEntry<JournalState>(
          db,
          articleId,
          label,
          changes[0]!.before,
          changes[0]!.after,
        );
      else if (changes.length > 1)
        history.appendEntry<JournalState>(
          db,
          articleId,
          label,
          { type: 'batch', items: changes.map((change) => change.before) },
          { type: 'batch', items: changes.map((change) => change.after) },
        );
      return result;
    });
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

  function applyVerdict(target: VerdictState): void {
    if (target.verdict === null) verdicts.clearVerdict(db, target.articleId, target);
    else verdicts.recordVerdict(db, target.articleId, target, target.verdict);
  }

  /** Puts each change's highlight or verdict into its target state; returns the highlights touched. */
  function applyChanges(
    changes: SingleChange[],
    target: (change: SingleChange) => SingleState | null,
  ): number[] {
    const touched: number[] = [];
    for (const change of changes) {
      const state = target(change);
      const either = change.before ?? change.after;
      if (isVerdict(either)) applyVerdict(isVerdict(state) ? state : { ...either, verdict: null });
      else if (either) {
        applyState(either.id, state as HighlightState | null);
        touched.push(either.id);
      }
    }
    return touched;
  }

  function changeOf(label: string, articleId: number, touched: number[]): AnnotationChange {
    const removed: number[] = [];
    const upserted: Highlight[] = [];
    for (const id of new Set(touched)) {
      const highlight = queries.getHighlight(db, id);
      if (highlight) upserted.push(highlight);
      else removed.push(id);
    }
    return { label, removed, upserted, ...counts(articleId) };
  }

  function replay(articleId: number, direction: 'undo' | 'redo'): AnnotationChange | null {
    return writeTransaction(db, (): AnnotationChange | null => {
      requireArticle(articleId);
      const entry =
        direction === 'undo'
          ? history.nextToUndo<JournalState>(db, articleId)
          : history.nextToRedo<JournalState>(db, articleId);
      if (!entry) return null;
      const changes = changesOf(entry.before, entry.after);
      // Undo walks a batch backwards, so a later change is taken back before an earlier one.
      const touched =
        direction === 'undo'
          ? applyChanges([...changes].reverse(), (change) => change.before)
          : applyChanges(changes, (change) => change.after);
      history.markUndone(db, entry.id, direction === 'undo');
      return changeOf(entry.label, articleId, touched);
    });
  }

  /**
   * Takes back one change from the History panel, whatever came after it: only what that change
   * altered is put back (a later edit to another field stays), and the revert is itself a new
   * change in its article's journal, so Ctrl+Z there undoes the revert.
   */
  function revert(entryId: number): AnnotationRevert {
    return writeTransaction(db, (): AnnotationRevert => {
      const entry = history.getEntry<JournalState>(db, entryId);
      if (!entry) throw notFound('Change', entryId);
      requireArticle(entry.articleId);
      if (entry.undone)
        throw invalidInput(
          `“${entry.label}” is already undone; redo it in its article to bring it back.`,
        );
      const label = `Revert: ${entry.label}`;
      const touched: number[] = [];
      batch(entry.articleId, label, () => {
        for (const change of changesOf(entry.before, entry.after).reverse()) {
          const either = (change.before ?? change.after)!;
          if (isVerdict(either)) {
            const current = verdicts
              .listVerdicts(db, either.articleId)
              .find(
                (verdict) =>
                  `${verdict.start}:${verdict.end}:${verdict.kind}` ===
                  `${either.start}:${either.end}:${either.kind}`,
              );
            const now: VerdictState = { ...either, verdict: current?.verdict ?? null };
            const wanted: VerdictState = {
              ...either,
              verdict: isVerdict(change.before) ? change.before.verdict : null,
            };
            applyVerdict(wanted);
            journal(entry.articleId, label, now, wanted);
            continue;
          }
          const existing = queries.getHighlight(db, either.id);
          const now = existing ? stateOf(existing) : null;
          const wanted = revertedState(
            now,
            change.before as HighlightState | null,
            change.after as HighlightState | null,
          );
          applyState(either.id, wanted);
          const after = queries.getHighlight(db, either.id);
          journal(entry.articleId, label, now, after ? stateOf(after) : null);
          touched.push(either.id);
        }
      });
      return { ...changeOf(label, entry.articleId, touched), articleId: entry.articleId };
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
        journal(
          input.articleId,
          `Add ${KIND_WORDS[created.kind]} ${excerpt(created.exact)}`,
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
        journal(
          current.articleId,
          describeEdit(stateOf(current), stateOf(updated)),
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
        journal(
          current.articleId,
          `Delete ${KIND_WORDS[current.kind]} ${excerpt(current.exact)}`,
          stateOf(current),
          null,
        );
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
        journal(
          current.articleId,
          `Re-place ${KIND_WORDS[current.kind]} ${excerpt(updated.exact)}`,
          stateOf(current),
          stateOf(updated),
        );
        return updated;
      });
    },
    /** Runs several changes as one undo step of this article, under one label. */
    batch,
    /** Records a verdict on a suggestion (with the passage it names), journalled for undo. */
    recordVerdict(
      articleId: number,
      key: { start: number; end: number; kind: string; exact: string },
      verdict: 'accepted' | 'rejected',
      label = `${verdict === 'rejected' ? 'Reject' : 'Accept'} suggestion ${excerpt(key.exact)}`,
    ): void {
      writeTransaction(db, () => {
        const previous =
          verdicts
            .listVerdicts(db, articleId)
            .find(
              (item) => item.start === key.start && item.end === key.end && item.kind === key.kind,
            )?.verdict ?? null;
        const state = {
          type: 'verdict' as const,
          articleId,
          start: key.start,
          end: key.end,
          kind: key.kind,
          exact: key.exact,
        };
        verdicts.recordVerdict(db, articleId, key, verdict);
        journal(articleId, label, { ...state, verdict: previous }, { ...state, verdict });
      });
    },
    /** The notebook's recent annotation changes, newest first, each naming its article. */
    recentChanges(limit = 100): AnnotationHistoryEntry[] {
      return history.listRecentEntries(db, limit);
    },
    revert,
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
