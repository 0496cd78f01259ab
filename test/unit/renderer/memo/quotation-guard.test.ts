// @vitest-environment happy-dom
import { EditorState, NodeSelection, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { history, redo, undo } from 'prosemirror-history';
import { deleteSelection } from 'prosemirror-commands';
import { afterEach, describe, expect, test } from 'vitest';
import { memoSchema, quotationsIn } from '../../../../renderer/memo/schema';
import { quotationGuard, sanctionQuotations } from '../../../../renderer/memo/quotation-guard';
import { paragraphNode, quotationNode } from '../ui/memo-fixtures';

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
  document.body.replaceChildren();
});

function editor(): EditorView {
  const doc = memoSchema.nodes['doc']!.create(null, [
    paragraphNode('Intro.'),
    quotationNode(11, 'The dam will hold the spring floods.'),
    paragraphNode('The town pays its share.'),
  ]);
  const host = document.createElement('div');
  document.body.append(host);
  view = new EditorView(host, {
    state: EditorState.create({ doc, plugins: [history(), quotationGuard()] }),
  });
  return view;
}

const quotationPos = 8; // after the 8-position "Intro." paragraph
const words = (editorView: EditorView) =>
  quotationsIn(editorView.state.doc).map((found) => found.attrs.exact);

function selectQuotation(editorView: EditorView): void {
  editorView.dispatch(
    editorView.state.tr.setSelection(NodeSelection.create(editorView.state.doc, quotationPos)),
  );
}

function typeLetter(editorView: EditorView, letter: string): void {
  const { from, to } = editorView.state.selection;
  const deflt = () => editorView.state.tr.insertText(letter, from, to);
  const handled = editorView.someProp('handleTextInput', (handle) =>
    handle(editorView, from, to, letter, deflt),
  );
  if (!handled) editorView.dispatch(deflt());
}

describe('quotation guard', () => {
  test('a deleted quotation comes back with undo and goes again with redo', () => {
    const editorView = editor();
    selectQuotation(editorView);
    deleteSelection(editorView.state, editorView.dispatch);
    expect(words(editorView)).toEqual([]);
    expect(undo(editorView.state, editorView.dispatch)).toBe(true);
    expect(words(editorView)).toEqual(['The dam will hold the spring floods.']);
    redo(editorView.state, editorView.dispatch);
    expect(words(editorView)).toEqual([]);
  });

  test('a letter typed over a selected quotation goes into a new paragraph after it', () => {
    const editorView = editor();
    selectQuotation(editorView);
    typeLetter(editorView, 'x');
    expect(words(editorView)).toEqual(['The dam will hold the spring floods.']);
    expect(editorView.state.doc.child(2).textContent).toBe('x');
    expect(editorView.state.selection.empty).toBe(true);
  });

  test('typing over a text selection that spans a quotation keeps the quotation', () => {
    const editorView = editor();
    const end = editorView.state.doc.content.size - 2;
    editorView.dispatch(
      editorView.state.tr.setSelection(TextSelection.create(editorView.state.doc, 2, end)),
    );
    typeLetter(editorView, 'y');
    expect(words(editorView)).toEqual(['The dam will hold the spring floods.']);
  });

  test('a quotation whose words were changed by hand is refused', () => {
    const editorView = editor();
    const node = editorView.state.doc.nodeAt(quotationPos)!;
    editorView.dispatch(
      editorView.state.tr.setNodeMarkup(quotationPos, undefined, {
        ...node.attrs,
        exact: 'The dam will fail.',
      }),
    );
    expect(words(editorView)).toEqual(['The dam will hold the spring floods.']);
  });

  test('a sanctioned fix is kept, and undoing it restores the original words', () => {
    const editorView = editor();
    const node = editorView.state.doc.nodeAt(quotationPos)!;
    editorView.dispatch(
      sanctionQuotations(
        editorView.state.tr.setNodeMarkup(quotationPos, undefined, { ...node.attrs, paragraph: 4 }),
      ),
    );
    expect(editorView.state.doc.nodeAt(quotationPos)!.attrs['paragraph']).toBe(4);
    undo(editorView.state, editorView.dispatch);
    expect(editorView.state.doc.nodeAt(quotationPos)!.attrs['paragraph']).toBe(3);
    redo(editorView.state, editorView.dispatch);
    expect(editorView.state.doc.nodeAt(quotationPos)!.attrs['paragraph']).toBe(4);
  });

  test('a cut quotation can be pasted back in a later step', () => {
    const editorView = editor();
    const node = editorView.state.doc.nodeAt(quotationPos)!;
    editorView.dispatch(editorView.state.tr.delete(quotationPos, quotationPos + node.nodeSize));
    const end = editorView.state.doc.content.size;
    editorView.dispatch(editorView.state.tr.insert(end, node));
    expect(words(editorView)).toEqual(['The dam will hold the spring floods.']);
  });
});
