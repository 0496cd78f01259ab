// A figure highlight is cited in a memo like a quotation of its article: with its speaker when
// it has one, and when the memo asks for figures, also when only the article states it.
import { describe, expect, test } from 'vitest';
import { compileMemo } from '../../../../main/memo/compile';
import type { MemoBlock, MemoQuotation, MemoRow } from '../../../../main/memo/model';
import { courier, marrow, row } from './rows';

function figure(fields: Partial<MemoRow> = {}): MemoRow {
  return row({ ...courier, kind: 'figure', exact: '4.6 billion marks', paragraph: 3, ...fields });
}

const unnamed = { speakerId: null, speakerName: null, speakerRole: null };

function quotations(blocks: readonly MemoBlock[]): MemoQuotation[] {
  return blocks.flatMap((block) => (block.type === 'quotation' ? [block.quotation] : []));
}

function headings(blocks: readonly MemoBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'heading' ? [block.content.map((run) => run.text).join('')] : [],
  );
}

describe('figures in a memo', () => {
  test('a figure with a speaker is quoted under that speaker and cited with its paragraph', () => {
    const memo = compileMemo([figure(marrow)], { kinds: ['figure'] });
    expect(headings(memo.blocks)).toEqual(['Ilse Marrow']);
    const [quotation] = quotations(memo.blocks);
    expect(quotation).toMatchObject({ kind: 'figure', speaker: 'Ilse Marrow' });
    expect(quotation!.source).toMatchObject({ exact: '4.6 billion marks', paragraph: 3 });
  });

  test('a figure only its article states is listed when the memo asks for figures', () => {
    const memo = compileMemo([figure(unnamed)], { kinds: ['direct', 'figure'] });
    expect(headings(memo.blocks)).toEqual(['Figures stated by the articles']);
    expect(quotations(memo.blocks)).toEqual([
      expect.objectContaining({ kind: 'figure', speaker: null }),
    ]);
  });

  test('a figure only its article states is left out when the memo does not ask for figures', () => {
    const memo = compileMemo([figure(unnamed)], {});
    expect(quotations(memo.blocks)).toEqual([]);
  });
});
