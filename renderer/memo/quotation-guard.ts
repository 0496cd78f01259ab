/**
 * Quotation guard plugin: refuses any transaction that would give a quotation words or a
 * source the memo never had, so what the memo quotes stays what the article says. The guard
 * remembers every form each quotation (by highlight id) has taken in this editor: the loaded
 * document's, and those a sanctioned change (a Check sources fix, a restored version) brought.
 * A quotation in a new document passes when it matches one of them in everything but the
 * analyst's note. That is what lets undo put back a deleted quotation, redo re-apply a fix, and
 * a cut quotation be pasted back: the earlier guard compared only with the document just
 * before, so a quotation once deleted could never return and Ctrl+Z was refused.
 *
 * It also keeps typing from replacing a selected quotation: a letter typed or text pasted over a
 * selection that holds a quotation goes after it instead (deleting a quotation takes Delete,
 * Backspace or Cut). Knows nothing of the API or of how a fix is chosen. Pure but for the
 * view props.
 */
import { Plugin, PluginKey, TextSelection, type Transaction } from 'prosemirror-state';
import type { Node as ProseMirrorNode, Slice } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { memoSchema, quotationAttrsOf } from './schema';

export const quotationGuardKey = new PluginKey<QuotationGuardState>('quotationGuard');

/** Each highlight id's known forms, as their fixed parts. */
export interface QuotationGuardState {
  readonly known: ReadonlyMap<number, ReadonlySet<string>>;
}

/** Marks a transaction whose new quotation forms come from the notebook, not the keyboard. */
export function sanctionQuotations(transaction: Transaction): Transaction {
  return transaction.setMeta(quotationGuardKey, 'sanctioned');
}

/** Everything about a quotation except the analyst's note, which the analyst may edit. */
function fixedPart(node: ProseMirrorNode): string {
  const { note: _note, ...fixed } = quotationAttrsOf(node);
  return JSON.stringify(fixed);
}

function isQuotation(node: ProseMirrorNode): boolean {
  return node.type === memoSchema.nodes['quotation'];
}

function learn(
  doc: ProseMirrorNode,
  known: ReadonlyMap<number, ReadonlySet<string>>,
): ReadonlyMap<number, ReadonlySet<string>> {
  let next: Map<number, Set<string>> | null = null;
  doc.forEach((node) => {
    if (!isQuotation(node)) return;
    const { highlightId } = quotationAttrsOf(node);
    const fixed = fixedPart(node);
    if (known.get(highlightId)?.has(fixed) || next?.get(highlightId)?.has(fixed)) return;
    next ??= new Map([...known].map(([id, forms]) => [id, new Set(forms)]));
    const forms = next.get(highlightId) ?? new Set<string>();
    forms.add(fixed);
    next.set(highlightId, forms);
  });
  return next ?? known;
}

/**
 * Whether every quotation of `after` is one the memo has held: unchanged from `before`, or
 * matching a known form. Nodes unchanged by a transaction are shared between the documents, so
 * only new node objects are compared, which keeps typing in a long memo cheap.
 */
export function quotationsIntact(
  before: ProseMirrorNode,
  after: ProseMirrorNode,
  known: ReadonlyMap<number, ReadonlySet<string>> = learn(before, new Map()),
): boolean {
  const previous = new Set<ProseMirrorNode>();
  before.forEach((node) => {
    if (isQuotation(node)) previous.add(node);
  });
  let intact = true;
  after.forEach((node) => {
    if (!intact || !isQuotation(node) || previous.has(node)) return;
    intact = known.get(quotationAttrsOf(node).highlightId)?.has(fixedPart(node)) ?? false;
  });
  return intact;
}

/** Whether the range holds (or is inside) a top-level quotation. */
function rangeHoldsQuotation(doc: ProseMirrorNode, from: number, to: number): boolean {
  let holds = false;
  doc.nodesBetween(from, to, (node) => {
    if (isQuotation(node)) holds = true;
    return false;
  });
  return holds;
}

/** The position after the top-level block that ends the range. */
function afterRange(doc: ProseMirrorNode, to: number): number {
  const $to = doc.resolve(to);
  return $to.depth === 0 ? to : $to.after(1);
}

function typeAfter(view: EditorView, to: number, text: string): boolean {
  const { state } = view;
  const $to = state.doc.resolve(to);
  const transaction = state.tr;
  if ($to.parent.isTextblock) {
    transaction.setSelection(TextSelection.create(state.doc, to)).insertText(text);
  } else {
    const at = afterRange(state.doc, to);
    transaction.insert(at, memoSchema.nodes['paragraph']!.create(null, memoSchema.text(text)));
    transaction.setSelection(TextSelection.create(transaction.doc, at + 1 + text.length));
  }
  view.dispatch(transaction.scrollIntoView());
  return true;
}

function pasteAfter(view: EditorView, slice: Slice): boolean {
  const { state } = view;
  const at = afterRange(state.doc, state.selection.to);
  const transaction = state.tr.replaceRange(at, at, slice);
  view.dispatch(transaction.scrollIntoView().setMeta('uiEvent', 'paste'));
  return true;
}

export function quotationGuard(): Plugin<QuotationGuardState> {
  return new Plugin<QuotationGuardState>({
    key: quotationGuardKey,
    state: {
      init: (_config, state) => ({ known: learn(state.doc, new Map()) }),
      apply(transaction, value) {
        if (!transaction.docChanged) return value;
        const known = learn(transaction.doc, value.known);
        return known === value.known ? value : { known };
      },
    },
    filterTransaction(transaction, state) {
      if (!transaction.docChanged || transaction.getMeta(quotationGuardKey) === 'sanctioned')
        return true;
      const known = quotationGuardKey.getState(state)?.known;
      return quotationsIntact(state.doc, transaction.doc, known);
    },
    props: {
      handleTextInput(view, from, to, text) {
        if (from === to || !rangeHoldsQuotation(view.state.doc, from, to)) return false;
        return typeAfter(view, to, text);
      },
      handlePaste(view, _event, slice) {
        const { from, to } = view.state.selection;
        if (from === to || !rangeHoldsQuotation(view.state.doc, from, to)) return false;
        return pasteAfter(view, slice);
      },
    },
  });
}
