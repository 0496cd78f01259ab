// The memo's "Figures in dispute" section: the notebook's figures for one measure and period
// that disagree beyond rounding, as a heading and one table (measure, period, the figure as
// written, who claims it, the article), appended after the quotations. Pure: conflict groups
// in, memo blocks out; it knows nothing of how figures are found or compared.
import type { FigureConflict } from '../domain/figures';
import type { Memo, MemoBlock } from '../domain/memo';

export const FIGURES_IN_DISPUTE_TITLE = 'Figures in dispute';

/** "trade (China–Kazakhstan)" as a reader names it: "Trade, China–Kazakhstan". */
function measureLabel(measure: string): string {
  const match = /^(.*?)(?: \((.*)\))?$/u.exec(measure);
  const head = match?.[1] ?? measure;
  const title = head.charAt(0).toUpperCase() + head.slice(1);
  return match?.[2] ? `${title}, ${match[2]}` : title;
}

export function figuresInDisputeBlocks(conflicts: readonly FigureConflict[]): MemoBlock[] {
  const heading: MemoBlock = {
    type: 'heading',
    level: 2,
    content: [{ text: FIGURES_IN_DISPUTE_TITLE }],
  };
  if (conflicts.length === 0) {
    return [
      heading,
      {
        type: 'paragraph',
        content: [{ text: 'The notebook’s articles give no disagreeing figures.' }],
      },
    ];
  }
  const rows = conflicts.flatMap((group) =>
    group.figures.map((figure) => [
      measureLabel(group.measure),
      group.period,
      figure.exact,
      figure.claimedBy ?? 'the article itself',
      figure.articleTitle,
    ]),
  );
  return [
    heading,
    {
      type: 'table',
      caption: 'Figures for the same measure and period that differ beyond rounding, by source',
      header: ['Measure', 'Period', 'Figure', 'Claimed by', 'Article'],
      rows,
    },
  ];
}

/** The memo with the section after its last block. */
export function withFiguresInDispute(memo: Memo, conflicts: readonly FigureConflict[]): Memo {
  return { ...memo, blocks: [...memo.blocks, ...figuresInDisputeBlocks(conflicts)] };
}
