import { describe, expect, test } from 'vitest';
import {
  MemoDocumentError,
  docToMemo,
  memoToDoc,
  quotationsOf,
} from '../../../../main/memo/document';
import { writeMarkdown } from '../../../../main/memo/markdown';
import { sampleMemo } from './sample-memo';

describe('memo documents', () => {
  test('turns a memo into a document and back without losing anything', () => {
    const memo = sampleMemo();
    const back = docToMemo(JSON.parse(JSON.stringify(memoToDoc(memo))), {
      title: memo.title,
      date: memo.date,
    });
    expect(back).toEqual({ title: memo.title, date: memo.date, blocks: memo.blocks });
  });

  test('an edited document exports with the same writers as a compiled memo', () => {
    const memo = sampleMemo();
    const doc = memoToDoc(memo);
    // The analyst moves the last quotation to the top and adds a paragraph before it.
    const lastQuotation = doc.content.map((node) => node.type).lastIndexOf('quotation');
    const [moved] = doc.content.splice(lastQuotation, 1);
    doc.content.unshift(
      { type: 'paragraph', content: [{ type: 'text', text: 'Lead with the term.' }] },
      moved!,
    );
    const markdown = writeMarkdown(docToMemo(doc, { title: memo.title, date: memo.date }));
    expect(markdown).toContain('Lead with the term.\n\n> “dry port”[^1]');
  });

  test('lists the quotations of a document with their place among the blocks', () => {
    const found = quotationsOf(memoToDoc(sampleMemo()));
    expect(found.map((entry) => [entry.blockIndex, entry.quotation.source.highlightId])).toEqual([
      [2, 1],
      [4, 3],
      [5, 4],
      [7, 5],
    ]);
  });

  test('refuses a document that is not a memo, saying where the problem is', () => {
    expect(() => docToMemo({ type: 'paragraph' }, { title: 'x' })).toThrow(MemoDocumentError);
    expect(() => docToMemo({ type: 'doc', content: [{ type: 'image' }] }, { title: 'x' })).toThrow(
      /block 1 has an unknown type "image"/,
    );
    const doc = memoToDoc(sampleMemo());
    const quotation = doc.content[2]!;
    quotation.attrs = { ...quotation.attrs, exact: 42 };
    expect(() => docToMemo(doc, { title: 'x' })).toThrow(
      /block 3 \(quotation\) has exact 42, expected text/,
    );
  });

  test('an empty memo still has a paragraph to type in', () => {
    expect(memoToDoc({ title: 'x', date: null, blocks: [] })).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }],
    });
  });
});
