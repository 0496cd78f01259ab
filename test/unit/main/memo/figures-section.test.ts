import { describe, expect, test } from 'vitest';
import type { FigureConflict } from '../../../../main/domain/figures';
import type { Memo } from '../../../../main/domain/memo';
import {
  figuresInDisputeBlocks,
  withFiguresInDispute,
} from '../../../../main/memo/figures-section';

const CONFLICT: FigureConflict = {
  measure: 'trade (Kestria–Norvania)',
  period: '2030',
  figures: [
    {
      value: 12.4e9,
      unit: 'USD',
      articleId: 1,
      articleTitle: 'Harbour trade grows',
      exact: '$12.4 billion',
      claimedBy: 'Ilsa Varenko',
      start: 0,
      end: 13,
    },
    {
      value: 9.7e9,
      unit: 'USD',
      articleId: 2,
      articleTitle: 'Kestria counts its trade',
      exact: '$9.7 billion',
      claimedBy: null,
      start: 5,
      end: 17,
    },
  ],
};

describe('figuresInDisputeBlocks', () => {
  test('gives a heading and a table row per disputed figure with its claimant and article', () => {
    const [heading, table] = figuresInDisputeBlocks([CONFLICT]);
    expect(heading).toEqual({
      type: 'heading',
      level: 2,
      content: [{ text: 'Figures in dispute' }],
    });
    expect(table).toMatchObject({
      type: 'table',
      header: ['Measure', 'Period', 'Figure', 'Claimed by', 'Article'],
      rows: [
        ['Trade, Kestria–Norvania', '2030', '$12.4 billion', 'Ilsa Varenko', 'Harbour trade grows'],
        [
          'Trade, Kestria–Norvania',
          '2030',
          '$9.7 billion',
          'the article itself',
          'Kestria counts its trade',
        ],
      ],
    });
  });

  test('says there is no dispute rather than leaving the section out', () => {
    const blocks = figuresInDisputeBlocks([]);
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      content: [{ text: 'The notebook’s articles give no disagreeing figures.' }],
    });
  });
});

describe('withFiguresInDispute', () => {
  test('appends the section after the memo’s blocks and keeps them', () => {
    const memo: Memo = {
      title: 'Brief',
      date: null,
      blocks: [{ type: 'paragraph', content: [{ text: 'Summary.' }] }],
    };
    const blocks = withFiguresInDispute(memo, [CONFLICT]).blocks;
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'heading', 'table']);
    expect(memo.blocks).toHaveLength(1);
  });
});
