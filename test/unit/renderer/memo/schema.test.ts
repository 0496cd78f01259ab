import { EditorState, NodeSelection, type Transaction } from 'prosemirror-state';
import { describe, expect, test } from 'vitest';
import { MEMO_MARKS, MEMO_NODES, QUOTATION_ATTRS, memoToDoc } from '../../../../main/memo/document';
import { compileMemo } from '../../../../main/memo/compile';
import type { Memo } from '../../../../main/memo/model';
import {
  moveQuotation,
  moveSelectedQuotation,
  selectedQuotation,
  selectedQuotationNote,
  setQuotationNote,
  setSelectedQuotationNote,
} from '../../../../renderer/memo/commands';
import { quotationGuard } from '../../../../renderer/memo/quotation-guard';
import {
  QUOTATION_ATTR_NAMES,
  memoDocFromJson,
  memoSchema,
  quotationAttribution,
  quotationsIn,
} from '../../../../renderer/memo/schema';

// Fictional speakers and articles; built here rather than shared, as this test runs under the DOM tsconfig.
function memo(): Memo {
  const base = {
    kind: 'direct' as const,
    note: '',
    orphaned: false,
    speakerRole: 'Trade Minister of Veldora',
    tags: [],
    articleTitle: 'Veldora weighs railway plan',
    articleAuthor: null,
    articlePublisher: 'The Marisk Courier',
    articlePublishedAt: '2031-03-04',
    paragraph: 2,
  };
  const compiled = compileMemo(
    [
      {
        ...base,
        highlightId: 1,
        exact: 'Freight volumes will double.',
        start: 10,
        end: 38,
        speakerId: 1,
        speakerName: 'Ilse Marrow',
        articleId: 1,
      },
      {
        ...base,
        highlightId: 2,
        exact: 'Freight volumes will double.',
        start: 5,
        end: 33,
        speakerId: 1,
        speakerName: 'Ilse Marrow',
        articleId: 2,
        articlePublishedAt: '2031-03-05',
      },
      {
        ...base,
        highlightId: 3,
        exact: 'The corridor opens next spring.',
        start: 50,
        end: 81,
        speakerId: 2,
        speakerName: 'Tomas Ferrand',
        articleId: 1,
        kind: 'indirect',
      },
    ],
    { summary: 'Two ministers.' },
  );
  compiled.blocks.push({
    type: 'bulletList',
    items: [[{ text: 'Ask for ' }, { text: 'data', marks: ['em', 'strong'] }]],
  });
  return compiled;
}

function state(): EditorState {
  return EditorState.create({
    doc: memoDocFromJson(memoToDoc(memo())),
    plugins: [quotationGuard()],
  });
}

describe('memo schema', () => {
  test('uses the node, mark and attribute names the main process writes', () => {
    expect(Object.keys(memoSchema.nodes).sort()).toEqual(Object.values(MEMO_NODES).sort());
    expect(Object.keys(memoSchema.marks).sort()).toEqual([...MEMO_MARKS].sort());
    expect([...QUOTATION_ATTR_NAMES].sort()).toEqual([...QUOTATION_ATTRS].sort());
    expect(Object.keys(memoSchema.nodes['quotation']!.spec.attrs ?? {}).sort()).toEqual(
      [...QUOTATION_ATTRS].sort(),
    );
  });

  test('loads a compiled memo document and gives back the same JSON', () => {
    const json = memoToDoc(memo());
    expect(memoDocFromJson(json).toJSON()).toEqual(json);
  });

  test('makes quotations atoms that can be selected and dragged but hold no editable text', () => {
    const quotation = memoSchema.nodes['quotation']!;
    expect(quotation.isAtom && quotation.isLeaf).toBe(true);
    expect(quotation.spec.selectable).toBe(true);
    expect(quotation.spec.draggable).toBe(true);
  });

  test('shows the attribution, with reported speech marked', () => {
    const attrs = quotationsIn(state().doc).map((entry) => quotationAttribution(entry.attrs));
    expect(attrs).toEqual([
      'Ilse Marrow, Trade Minister of Veldora',
      'Tomas Ferrand, Trade Minister of Veldora (reported speech)',
    ]);
  });
});

describe('quotation guard and commands', () => {
  test('refuses a change to the words of a quotation', () => {
    const start = state();
    const [first] = quotationsIn(start.doc);
    const tampered = start.tr.setNodeMarkup(first!.pos, undefined, {
      ...first!.attrs,
      exact: 'Freight volumes will triple.',
    });
    expect(start.applyTransaction(tampered).state.doc.eq(start.doc)).toBe(true);
  });

  test('refuses a quotation that did not come from the notebook', () => {
    const start = state();
    const [first] = quotationsIn(start.doc);
    const forged = memoSchema.nodes['quotation']!.create({ ...first!.attrs, highlightId: 99 });
    expect(start.applyTransaction(start.tr.insert(0, forged)).state.doc.eq(start.doc)).toBe(true);
  });

  test('lets the analyst type around quotations and delete them', () => {
    const start = state();
    const typed = start.apply(start.tr.insertText(' Both agree.', 15));
    expect(typed.doc.firstChild!.textContent).toBe('Two ministers. Both agree.');
    const [first] = quotationsIn(typed.doc);
    const deleted = typed.apply(typed.tr.delete(first!.pos, first!.pos + 1));
    expect(quotationsIn(deleted.doc)).toHaveLength(1);
  });

  test('changes the analyst note of a quotation', () => {
    let current = state();
    const [first] = quotationsIn(current.doc);
    expect(
      setQuotationNote(first!.pos, 'Check the customs figure.')(
        current,
        (transaction) => (current = current.apply(transaction)),
      ),
    ).toBe(true);
    expect(quotationsIn(current.doc)[0]!.attrs.note).toBe('Check the customs figure.');
  });

  test('moves a quotation up past the block before it and keeps it selected', () => {
    let current = state();
    const apply = (transaction: Transaction) => (current = current.apply(transaction));
    const types = () => {
      const names: string[] = [];
      current.doc.forEach((node) =>
        names.push(
          node.type.name === 'quotation'
            ? `quotation ${String(node.attrs['highlightId'])}`
            : node.type.name,
        ),
      );
      return names;
    };
    expect(moveQuotation(quotationsIn(current.doc)[1]!.pos, 'up')(current, apply)).toBe(true);
    expect(types()).toEqual([
      'paragraph',
      'heading',
      'quotation 1',
      'quotation 3',
      'heading',
      'bullet_list',
    ]);
    expect(moveQuotation(selectedQuotation(current)!, 'up')(current, apply)).toBe(true);
    expect(types()).toEqual([
      'paragraph',
      'heading',
      'quotation 3',
      'quotation 1',
      'heading',
      'bullet_list',
    ]);
    expect(current.selection).toBeInstanceOf(NodeSelection);
    expect(moveQuotation(0, 'up')(current)).toBe(false);
  });

  test('applies the selected-quotation commands only while a quotation is selected', () => {
    let current = state();
    expect(moveSelectedQuotation('down')(current)).toBe(false);
    expect(setSelectedQuotationNote('x')(current)).toBe(false);
    expect(selectedQuotationNote(current)).toBeNull();
    const [first] = quotationsIn(current.doc);
    current = current.apply(current.tr.setSelection(NodeSelection.create(current.doc, first!.pos)));
    expect(moveSelectedQuotation('down')(current)).toBe(true);
    expect(
      setSelectedQuotationNote('Ask the ministry.')(
        current,
        (transaction) => (current = current.apply(transaction)),
      ),
    ).toBe(true);
    expect(quotationsIn(current.doc)[0]!.attrs.note).toBe('Ask the ministry.');
  });

  test('refuses to move the selected quotation past the end of the memo', () => {
    let current = state();
    const last = quotationsIn(current.doc).at(-1)!;
    current = current.apply(current.tr.setSelection(NodeSelection.create(current.doc, last.pos)));
    const apply = (transaction: Transaction) => (current = current.apply(transaction));
    while (moveSelectedQuotation('down')(current, apply));
    expect(current.doc.lastChild!.type.name).toBe('quotation');
    expect(moveSelectedQuotation('down')(current)).toBe(false);
    expect(moveSelectedQuotation('up')(current)).toBe(true);
  });
});
