/**
 * Commands on quotations in the memo editor, in the `(state, dispatch?) => boolean` form so
 * menus can ask whether they apply: change a quotation's analyst's note, move a quotation
 * up or down past its neighbouring block (the keyboard's way to do what dragging does), and
 * insert a quotation from the notebook. Pure: no DOM.
 */
import { NodeSelection, type Command, type EditorState } from 'prosemirror-state';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { memoSchema, type QuotationAttrs } from './schema';
import { ADD_QUOTATIONS } from './quotation-guard';

function quotationAt(doc: ProseMirrorNode, pos: number): ProseMirrorNode | null {
  const node = doc.nodeAt(pos);
  return node && node.type === memoSchema.nodes['quotation'] ? node : null;
}

/** The position of the top-level quotation the selection is on, if any. */
export function selectedQuotation(state: EditorState): number | null {
  const { selection } = state;
  return selection instanceof NodeSelection && quotationAt(state.doc, selection.from)
    ? selection.from
    : null;
}

export function setQuotationNote(pos: number, note: string): Command {
  return (state, dispatch) => {
    const node = quotationAt(state.doc, pos);
    if (!node) return false;
    if (dispatch) dispatch(state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, note }));
    return true;
  };
}

/** Swaps the top-level quotation at `pos` with the block before (up) or after (down) it. */
export function moveQuotation(pos: number, direction: 'up' | 'down'): Command {
  return (state, dispatch) => {
    const node = quotationAt(state.doc, pos);
    const $pos = state.doc.resolve(pos);
    if (!node || $pos.depth !== 0) return false;
    const index = $pos.index(0);
    const neighbourIndex = direction === 'up' ? index - 1 : index + 1;
    if (neighbourIndex < 0 || neighbourIndex >= state.doc.childCount) return false;
    if (dispatch) {
      const neighbour = state.doc.child(neighbourIndex);
      const transaction = state.tr.delete(pos, pos + node.nodeSize);
      const target = direction === 'up' ? pos - neighbour.nodeSize : pos + neighbour.nodeSize;
      transaction.insert(target, node);
      transaction.setSelection(NodeSelection.create(transaction.doc, target));
      dispatch(transaction.scrollIntoView());
    }
    return true;
  };
}

/** Inserts a quotation from the notebook at a top-level position (between blocks). */
export function insertQuotation(pos: number, attrs: QuotationAttrs): Command {
  return (state, dispatch) => {
    const $pos = state.doc.resolve(pos);
    if ($pos.depth !== 0) return false;
    if (dispatch) {
      const node = memoSchema.nodes['quotation']!.create({
        ...attrs,
        alsoReportedBy: [...attrs.alsoReportedBy],
      });
      const transaction = state.tr.insert(pos, node).setMeta(ADD_QUOTATIONS, true);
      transaction.setSelection(NodeSelection.create(transaction.doc, pos));
      dispatch(transaction);
    }
    return true;
  };
}
