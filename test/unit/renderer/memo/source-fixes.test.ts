import { EditorState } from 'prosemirror-state';
import { history, undo } from 'prosemirror-history';
import { describe, expect, test } from 'vitest';
import type { SourceCheck, SourcePassage } from '../../../../main/domain/memo';
import { quotationGuard } from '../../../../renderer/memo/quotation-guard';
import { memoSchema, quotationsIn } from '../../../../renderer/memo/schema';
import { sourceFlags, sourceFlagsKey } from '../../../../renderer/memo/source-flags';
import { applySourceFixes, fixesFor } from '../../../../renderer/memo/source-fixes';
import { paragraphNode, quotationNode } from '../ui/memo-fixtures';

function state(): EditorState {
  const doc = memoSchema.nodes['doc']!.create(null, [
    quotationNode(11, 'The dam will hold the spring floods.'),
    paragraphNode('The town pays its share.'),
    quotationNode(12, 'Work starts in May.'),
  ]);
  return EditorState.create({
    doc,
    plugins: [
      history(),
      quotationGuard(),
      sourceFlags({
        flags: [
          { highlightId: 11, message: 'Moved.' },
          { highlightId: 12, message: 'Deleted.' },
        ],
      }),
    ],
  });
}

const passage = (fields: Partial<SourcePassage>): SourcePassage => ({
  highlightId: 11,
  articleId: 7,
  exact: 'The dam will hold the spring floods.',
  start: 40,
  end: 76,
  paragraph: 4,
  title: 'Varn valley dam approved',
  author: null,
  publisher: 'The Tessaly Herald',
  publishedAt: '2033-04-02',
  ...fields,
});

const moved: SourceCheck = {
  blockIndex: 0,
  highlightId: 11,
  exact: 'The dam will hold the spring floods.',
  speaker: 'Oren Talvik',
  problems: [
    {
      highlightId: 11,
      shown: true,
      code: 'citation-moved',
      message: 'The passage is now in paragraph 4, not paragraph 3.',
      current: passage({}),
    },
  ],
};

const deleted: SourceCheck = {
  blockIndex: 2,
  highlightId: 12,
  exact: 'Work starts in May.',
  speaker: 'Oren Talvik',
  problems: [{ highlightId: 12, shown: true, code: 'highlight-deleted', message: 'Deleted.' }],
};

function run(start: EditorState, command: ReturnType<typeof applySourceFixes>): EditorState {
  let next = start;
  expect(command(start, (transaction) => (next = start.apply(transaction)))).toBe(true);
  return next;
}

describe('source fixes', () => {
  test('a moved passage is offered an update of its citation first, then removal', () => {
    expect(fixesFor(moved).all.map((fix) => fix.kind)).toEqual(['update-citation', 'remove']);
    expect(fixesFor(moved).preferred.map((fix) => fix.kind)).toEqual(['update-citation']);
  });

  test('a deleted highlight with a same-text highlight is offered re-linking before removal', () => {
    const withTwin: SourceCheck = {
      ...deleted,
      problems: [
        {
          ...deleted.problems[0]!,
          relinkTo: passage({ highlightId: 30, exact: 'Work starts in May.' }),
        },
      ],
    };
    expect(fixesFor(withTwin).all.map((fix) => fix.kind)).toEqual(['relink', 'remove']);
    expect(fixesFor(deleted).preferred.map((fix) => fix.kind)).toEqual(['remove']);
  });

  test('updating a citation sets its paragraph and offsets and clears its flag, undoably', () => {
    const before = state();
    const after = run(before, applySourceFixes(fixesFor(moved).preferred));
    expect(quotationsIn(after.doc)[0]!.attrs).toMatchObject({ paragraph: 4, start: 40, end: 76 });
    expect([...sourceFlagsKey.getState(after)!.flags.keys()]).toEqual([12]);
    let undone = after;
    undo(after, (transaction) => (undone = after.apply(transaction)));
    expect(quotationsIn(undone.doc)[0]!.attrs.paragraph).toBe(3);
  });

  test('fix all applies every preferred fix in one step', () => {
    const before = state();
    const fixes = [moved, deleted].flatMap((check) => fixesFor(check).preferred);
    const after = run(before, applySourceFixes(fixes));
    expect(quotationsIn(after.doc).map((found) => found.attrs.highlightId)).toEqual([11]);
    let undone = after;
    undo(after, (transaction) => (undone = after.apply(transaction)));
    expect(quotationsIn(undone.doc).map((found) => found.attrs.paragraph)).toEqual([3, 3]);
  });

  test('replacing the text puts the source’s current words in the quotation', () => {
    const differs: SourceCheck = {
      ...moved,
      problems: [
        {
          highlightId: 11,
          shown: true,
          code: 'quote-differs',
          message: 'Reads differently.',
          current: passage({ exact: 'The dam will surely hold the spring floods.' }),
        },
      ],
    };
    const [fix] = fixesFor(differs).preferred;
    expect(fix?.kind).toBe('replace-text');
    const after = run(state(), applySourceFixes([fix!]));
    expect(quotationsIn(after.doc)[0]!.attrs.exact).toBe(
      'The dam will surely hold the spring floods.',
    );
  });

  test('removing an also-reported source keeps the quotation', () => {
    const doc = memoSchema.nodes['doc']!.create(null, [
      memoSchema.nodes['quotation']!.create({
        ...quotationNode(11, 'The dam will hold the spring floods.').attrs,
        alsoReportedBy: [{ ...passage({ highlightId: 40 }), paragraph: 2 }],
      }),
    ]);
    const start = EditorState.create({ doc, plugins: [quotationGuard()] });
    const check: SourceCheck = {
      ...moved,
      problems: [{ highlightId: 40, shown: false, code: 'article-deleted', message: 'Gone.' }],
    };
    const after = run(start, applySourceFixes(fixesFor(check).preferred));
    expect(quotationsIn(after.doc)[0]!.attrs.alsoReportedBy).toEqual([]);
  });

  test('removing the only block leaves an empty paragraph, as a memo needs one', () => {
    const doc = memoSchema.nodes['doc']!.create(null, [quotationNode(12, 'Work starts in May.')]);
    const start = EditorState.create({ doc, plugins: [quotationGuard()] });
    const after = run(start, applySourceFixes(fixesFor(deleted).preferred));
    expect(after.doc.childCount).toBe(1);
    expect(after.doc.child(0).type.name).toBe('paragraph');
  });
});
