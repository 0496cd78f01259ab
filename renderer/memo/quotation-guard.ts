/**
 * Quotation guard plugin: refuses any transaction that would change the words or the source
 * of a quotation in a memo, so what the memo quotes stays what the article says. Quotations
 * may still be moved, copied within the memo, deleted, and have their analyst's note
 * changed; new ones come only from the notebook, when the main process compiles the memo.
 * Pure: no DOM.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { memoSchema, quotationAttrsOf } from './schema';

export const quotationGuardKey = new PluginKey('quotationGuard');

/** Everything about a quotation except the analyst's note, which the analyst may edit. */
function fixedPart(node: ProseMirrorNode): string {
  const { note: _note, ...fixed } = quotationAttrsOf(node);
  return JSON.stringify(fixed);
}

/**
 * Whether every quotation of `after` is one of `before` with its words and source intact.
 * Unchanged nodes are shared between the two documents, so only new node objects are
 * compared, which keeps typing in a long memo cheap.
 */
export function quotationsIntact(before: ProseMirrorNode, after: ProseMirrorNode): boolean {
  const quotation = memoSchema.nodes['quotation'];
  const previous = new Set<ProseMirrorNode>();
  const byHighlight = new Map<number, ProseMirrorNode>();
  before.forEach((node) => {
    if (node.type !== quotation) return;
    previous.add(node);
    byHighlight.set(quotationAttrsOf(node).highlightId, node);
  });
  let intact = true;
  after.forEach((node) => {
    if (!intact || node.type !== quotation || previous.has(node)) return;
    const original = byHighlight.get(quotationAttrsOf(node).highlightId);
    intact = original !== undefined && fixedPart(original) === fixedPart(node);
  });
  return intact;
}

export function quotationGuard(): Plugin {
  return new Plugin({
    key: quotationGuardKey,
    filterTransaction(transaction, state) {
      if (!transaction.docChanged) return true;
      return quotationsIntact(state.doc, transaction.doc);
    },
  });
}
