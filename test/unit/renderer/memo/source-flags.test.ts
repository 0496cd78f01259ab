import { EditorState, NodeSelection, TextSelection, type Command } from 'prosemirror-state';
import { describe, expect, test } from 'vitest';
import { moveQuotation } from '../../../../renderer/memo/commands';
import { quotationGuard } from '../../../../renderer/memo/quotation-guard';
import { memoSchema, quotationsIn, type QuotationAttrs } from '../../../../renderer/memo/schema';
import {
  setSourceFlags,
  sourceFlags,
  sourceFlagsKey,
} from '../../../../renderer/memo/source-flags';

// Fictional sources: the Pellmar Gazette on the Orsk river treaty.
function quotation(highlightId: number, exact: string) {
  const attrs: QuotationAttrs = {
    highlightId,
    kind: 'direct',
    exact,
    speaker: 'Anneke Sorvald',
    role: 'Water Commissioner of Pellmar',
    note: '',
    articleId: 4,
    articleTitle: 'Orsk treaty signed',
    articleAuthor: null,
    articlePublisher: 'The Pellmar Gazette',
    articlePublishedAt: '2032-06-01',
    paragraph: highlightId,
    start: highlightId * 100,
    end: highlightId * 100 + exact.length,
    alsoReportedBy: [],
  };
  return memoSchema.nodes['quotation']!.create(attrs);
}

const paragraph = (text: string) =>
  memoSchema.nodes['paragraph']!.create(null, memoSchema.text(text));

function start(): EditorState {
  return EditorState.create({
    doc: memoSchema.nodes['doc']!.create(null, [
      paragraph('Summary of the week.'),
      quotation(11, 'The river belongs to both banks.'),
      paragraph('Then the dispute.'),
      quotation(12, 'We will not open the sluices.'),
      quotation(13, 'Talks resume in autumn.'),
    ]),
    plugins: [quotationGuard(), sourceFlags()],
  });
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (transaction) => (next = state.apply(transaction)))).toBe(true);
  return next;
}

/** Which quotation each flag sits on, read from the document at the flag's position. */
function flaggedHighlights(state: EditorState): number[] {
  return sourceFlagsKey
    .getState(state)!
    .decorations.find()
    .sort((a, b) => a.from - b.from)
    .map((decoration) => {
      const node = state.doc.nodeAt(decoration.from)!;
      expect(decoration.to).toBe(decoration.from + node.nodeSize);
      return node.type.name === 'quotation' ? (node.attrs['highlightId'] as number) : -1;
    });
}

const check = [{ highlightId: 12, message: 'The highlight was deleted.' }];

describe('source flags plugin', () => {
  test('flags the quotation of the checked highlight and no other block', () => {
    const flagged = run(start(), setSourceFlags(check));
    expect(flaggedHighlights(flagged)).toEqual([12]);
  });

  test('keeps the flag on the same quotation after a paragraph is inserted above it', () => {
    const flagged = run(start(), setSourceFlags(check));
    const edited = flagged.apply(flagged.tr.insert(0, paragraph('A new opening line.')));
    expect(flaggedHighlights(edited)).toEqual([12]);
    const typed = edited.apply(
      edited.tr.setSelection(TextSelection.create(edited.doc, 1)).insertText('Urgent: ').split(5),
    );
    expect(flaggedHighlights(typed)).toEqual([12]);
  });

  test('keeps the flag on a quotation that is moved past its neighbour', () => {
    const flagged = run(start(), setSourceFlags(check));
    const position = quotationsIn(flagged.doc).find((entry) => entry.attrs.highlightId === 12)!.pos;
    const moved = run(flagged, moveQuotation(position, 'down'));
    expect(quotationsIn(moved.doc).map((entry) => entry.attrs.highlightId)).toEqual([11, 13, 12]);
    expect(flaggedHighlights(moved)).toEqual([12]);
    expect(moved.selection).toBeInstanceOf(NodeSelection);
  });

  test('drops the flag with its quotation when the quotation is deleted', () => {
    const flagged = run(start(), setSourceFlags(check));
    const position = quotationsIn(flagged.doc).find((entry) => entry.attrs.highlightId === 12)!.pos;
    const deleted = flagged.apply(flagged.tr.delete(position, position + 1));
    expect(flaggedHighlights(deleted)).toEqual([]);
  });

  test('replaces every flag with the result of the next check', () => {
    const flagged = run(start(), setSourceFlags(check));
    const rechecked = run(
      flagged,
      setSourceFlags([
        { highlightId: 11, message: 'The article text changed.' },
        { highlightId: 13, message: 'The article was deleted.' },
      ]),
    );
    expect(flaggedHighlights(rechecked)).toEqual([11, 13]);
    expect(flaggedHighlights(run(rechecked, setSourceFlags([])))).toEqual([]);
  });

  test('leaves its state untouched by a selection change', () => {
    const flagged = run(start(), setSourceFlags(check));
    const moved = flagged.apply(flagged.tr.setSelection(TextSelection.create(flagged.doc, 3)));
    expect(sourceFlagsKey.getState(moved)).toBe(sourceFlagsKey.getState(flagged));
  });
});
