/**
 * Commands on quotations in the memo editor, in the `(state, dispatch?) => boolean` form so
 * the memo's quotation toolbar asks each whether it applies before enabling its button:
 * change a quotation's analyst's note, and move a quotation up or down past its neighbouring
 * block (the keyboard's way to do what dragging does). Pure: no DOM.
 */
import { NodeSelection, type Command, type EditorState } from 'prosemirror-state';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { memoSchema } from './schema';

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

/** Moves the selected quotation; applies only when a quotation is selected and can move. */
export function moveSelectedQuotation(direction: 'up' | 'down'): Command {
  return (state, dispatch) => {
    const pos = selectedQuotation(state);
    return pos !== null && moveQuotation(pos, direction)(state, dispatch);
  };
}

/** The selected quotation's note, or null when no quotation is selected. */
export function selectedQuotationNote(state: EditorState): string | null {
  const pos = selectedQuotation(state);
  return pos === null ? null : String(state.doc.nodeAt(pos)?.attrs['note'] ?? '');
}

/** Sets the selected quotation's note; applies only when a quotation is selected. */
export function setSelectedQuotationNote(note: string): Command {
  return (state, dispatch) => {
    const pos = selectedQuotation(state);
    return pos !== null && setQuotationNote(pos, note)(state, dispatch);
  };
}
