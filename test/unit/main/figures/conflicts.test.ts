import { describe, expect, it } from 'vitest';
import { agreeWithinRounding, findConflicts, type FigureInArticle } from '../../../../main/figures';

function figure(overrides: Partial<FigureInArticle>): FigureInArticle {
  return {
    articleId: 1,
    start: 0,
    end: 1,
    exact: '$1 billion',
    value: 1e9,
    unit: 'USD',
    precision: 1e9,
    bound: 'exact',
    measure: 'trade (Kestria–Norvania)',
    period: '2030',
    claimedBy: null,
    kind: 'actual',
    ...overrides,
  };
}

describe('agreeWithinRounding', () => {
  it('lets a rounder figure agree with a more precise one', () => {
    expect(
      agreeWithinRounding(
        { value: 43.8e9, precision: 1e8, bound: 'exact' },
        { value: 44e9, precision: 1e9, bound: 'exact' },
      ),
    ).toBe(true);
  });

  it('finds figures apart by more than rounding in disagreement', () => {
    expect(
      agreeWithinRounding(
        { value: 43.8e9, precision: 1e8, bound: 'exact' },
        { value: 30.05e9, precision: 1e7, bound: 'exact' },
      ),
    ).toBe(false);
  });

  it('lets a lower bound agree with a larger figure', () => {
    expect(
      agreeWithinRounding(
        { value: 40e9, precision: 1e9, bound: 'at-least' },
        { value: 43.8e9, precision: 1e8, bound: 'exact' },
      ),
    ).toBe(true);
  });
});

describe('findConflicts', () => {
  it('groups disagreeing figures of one measure and period across articles', () => {
    const groups = findConflicts([
      figure({ articleId: 1, value: 9.7e9, precision: 1e8, exact: '$9.7 billion' }),
      figure({ articleId: 2, value: 12.4e9, precision: 1e8, exact: '$12.4 billion' }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ measure: 'trade (Kestria–Norvania)', period: '2030' });
    expect(groups[0]!.figures.map((entry) => entry.articleId)).toEqual([2, 1]);
  });

  it('reports no conflict where the figures agree within rounding', () => {
    expect(
      findConflicts([
        figure({ value: 12.4e9, precision: 1e8 }),
        figure({ articleId: 2, value: 12e9, precision: 1e9 }),
      ]),
    ).toEqual([]);
  });

  it('does not compare targets, other periods or unknown measures', () => {
    expect(
      findConflicts([
        figure({ value: 9e9 }),
        figure({ articleId: 2, value: 20e9, kind: 'target' }),
        figure({ articleId: 3, value: 5e9, period: '2029' }),
        figure({ articleId: 4, value: 3e9, measure: null }),
      ]),
    ).toEqual([]);
  });
});
