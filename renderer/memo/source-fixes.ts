/**
 * Check sources' fixes as ProseMirror commands, so each is one undoable step: update a
 * citation to where its passage is now, re-link a quotation to another highlight with the
 * same words, replace the quoted words with the source's current text, or remove the
 * quotation (or, for an "also reported by" source, just that source). `fixesFor` says which
 * fixes fit a flagged quotation and which one "Fix all" takes. The fixed quotations are
 * sanctioned to the quotation guard (their new words and sources come from the notebook) and
 * lose their flags.
 *
 * Knows the source check's shapes (main/domain) but not the API that makes the check.
 */
import type { Command, Transaction } from 'prosemirror-state';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type {
  MemoCitation,
  SourceCheck,
  SourcePassage,
  SourceProblem,
} from '../../main/domain/memo';
import { sanctionQuotations } from './quotation-guard';
import { memoSchema, quotationAttrsOf, type QuotationAttrs } from './schema';
import { sourceFlagsKey, type SourceFlagsAction } from './source-flags';

export type SourceFixKind = 'update-citation' | 'relink' | 'replace-text' | 'remove';

export interface SourceFix {
  readonly kind: SourceFixKind;
  /** The quotation's shown highlight: which quotation nodes the fix applies to. */
  readonly quotation: number;
  /** The citation fixed: the shown one (equal to `quotation`) or an "also reported by" one. */
  readonly citation: number;
  /** Where the citation goes; absent for a removal. */
  readonly to?: SourcePassage | undefined;
  /** The memo's words before, shown beside the source's for a text replacement. */
  readonly from: string;
  /** What the fix does, as a button or a line of the Fix all list says it. */
  readonly label: string;
}

/** The fixes a flagged quotation is offered, and the one Fix all applies for each problem. */
export interface OfferedFixes {
  readonly all: readonly SourceFix[];
  readonly preferred: readonly SourceFix[];
}

function fixesForProblem(check: SourceCheck, problem: SourceProblem): SourceFix[] {
  const base = { quotation: check.highlightId, citation: problem.highlightId, from: check.exact };
  const where = (passage: SourcePassage) =>
    `${passage.publisher ?? passage.title}, paragraph ${passage.paragraph}`;
  const fixes: SourceFix[] = [];
  if (problem.code === 'citation-moved' && problem.current)
    fixes.push({
      ...base,
      kind: 'update-citation',
      to: problem.current,
      label: `Update to paragraph ${problem.current.paragraph}`,
    });
  if ((problem.code === 'quote-differs' || problem.code === 'text-changed') && problem.current)
    fixes.push({
      ...base,
      kind: 'replace-text',
      to: problem.current,
      label: 'Use the source’s current text…',
    });
  if (problem.relinkTo)
    fixes.push({
      ...base,
      kind: 'relink',
      to: problem.relinkTo,
      label: `Re-link to the same words in ${where(problem.relinkTo)}`,
    });
  fixes.push({
    ...base,
    kind: 'remove',
    label: problem.shown ? 'Remove the quotation' : 'Remove this “also reported by” source',
  });
  return fixes;
}

export function fixesFor(check: SourceCheck): OfferedFixes {
  const perProblem = check.problems.map((problem) => fixesForProblem(check, problem));
  const all = perProblem.flat();
  const preferred = perProblem.map((fixes) => fixes[0]!);
  // Removing the quotation makes every other fix of it moot.
  const removal = preferred.find((fix) => fix.kind === 'remove' && fix.citation === fix.quotation);
  return { all, preferred: removal ? [removal] : preferred };
}

function movedCitation(citation: MemoCitation, to: SourcePassage, words: boolean): MemoCitation {
  return {
    ...citation,
    highlightId: to.highlightId,
    articleId: to.articleId,
    title: to.title,
    author: to.author,
    publisher: to.publisher,
    publishedAt: to.publishedAt,
    paragraph: to.paragraph,
    start: to.start,
    end: to.end,
    exact: words ? to.exact : citation.exact,
  };
}

function fixedAttrs(attrs: QuotationAttrs, fix: SourceFix): QuotationAttrs | null {
  if (fix.citation !== fix.quotation) {
    const alsoReportedBy =
      fix.kind === 'remove' || !fix.to
        ? attrs.alsoReportedBy.filter((citation) => citation.highlightId !== fix.citation)
        : attrs.alsoReportedBy.map((citation) =>
            citation.highlightId === fix.citation
              ? movedCitation(citation, fix.to!, fix.kind === 'replace-text')
              : citation,
          );
    return { ...attrs, alsoReportedBy };
  }
  if (fix.kind === 'remove' || !fix.to) return null;
  const to = fix.to;
  return {
    ...attrs,
    highlightId: to.highlightId,
    articleId: to.articleId,
    articleTitle: to.title,
    articleAuthor: to.author,
    articlePublisher: to.publisher,
    articlePublishedAt: to.publishedAt,
    paragraph: to.paragraph,
    start: to.start,
    end: to.end,
    exact: fix.kind === 'replace-text' ? to.exact : attrs.exact,
  };
}

function applyFix(transaction: Transaction, fix: SourceFix): void {
  const targets: { pos: number; node: ProseMirrorNode }[] = [];
  transaction.doc.forEach((node, pos) => {
    if (
      node.type === memoSchema.nodes['quotation'] &&
      quotationAttrsOf(node).highlightId === fix.quotation
    )
      targets.push({ pos, node });
  });
  // From the end, so removing one quotation does not move the others still to fix.
  for (const { pos, node } of targets.reverse()) {
    const attrs = fixedAttrs(quotationAttrsOf(node), fix);
    if (attrs === null) transaction.delete(pos, pos + node.nodeSize);
    else transaction.setNodeMarkup(pos, undefined, { ...attrs });
  }
}

/** Applies the fixes in one transaction (one undo step) and clears the fixed quotations' flags. */
export function applySourceFixes(fixes: readonly SourceFix[]): Command {
  return (state, dispatch) => {
    if (fixes.length === 0) return false;
    if (dispatch) {
      const transaction = state.tr;
      for (const fix of fixes) applyFix(transaction, fix);
      if (transaction.doc.childCount === 0)
        transaction.insert(0, memoSchema.nodes['paragraph']!.create());
      const flags = sourceFlagsKey.getState(state)?.flags;
      if (flags) {
        const fixed = new Set(fixes.map((fix) => fix.quotation));
        const remaining = [...flags]
          .filter(([highlightId]) => !fixed.has(highlightId))
          .map(([highlightId, message]) => ({ highlightId, message }));
        transaction.setMeta(sourceFlagsKey, {
          type: 'set',
          flags: remaining,
        } satisfies SourceFlagsAction);
      }
      dispatch(sanctionQuotations(transaction).scrollIntoView());
    }
    return true;
  };
}
