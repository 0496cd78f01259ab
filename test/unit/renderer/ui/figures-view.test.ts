// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { Api } from '../../../../renderer/api';
import type { ArticleFigure, FigureConflict } from '../../../../main/ipc/contract';
import {
  figureChart,
  formatFigureValue,
  measureTitle,
  renderFigures,
  type FigureTarget,
} from '../../../../renderer/ui/figures-view';

function figure(overrides: Partial<ArticleFigure>): ArticleFigure {
  return {
    articleId: 1,
    articleTitle: 'Harbour trade grows',
    publisher: 'Velmora Courier',
    publishedAt: '2031-03-14',
    start: 10,
    end: 23,
    exact: '$12.4 billion',
    value: 12.4e9,
    unit: 'USD',
    category: 'amount',
    bound: 'exact',
    subject: 'trade turnover',
    measure: 'trade (Kestria–Norvania)',
    period: '2030',
    claimedBy: 'Ilsa Varenko',
    kind: 'actual',
    context: 'Trade turnover reached $12.4 billion last year.',
    ...overrides,
  };
}

const FIGURES = [
  figure({}),
  figure({
    articleId: 2,
    articleTitle: 'Kestria counts its trade',
    exact: '$9.7 billion',
    value: 9.7e9,
    start: 40,
    end: 52,
    claimedBy: 'Kestrian statistics office',
  }),
  figure({
    articleId: 2,
    exact: '37',
    value: 37,
    unit: 'projects',
    category: 'count',
    measure: 'projects',
    period: null,
  }),
  figure({
    articleId: 2,
    exact: 'twice',
    value: 2,
    unit: 'ratio',
    category: 'ratio',
    measure: null,
    period: null,
  }),
];
const CONFLICTS: FigureConflict[] = [
  {
    measure: 'trade (Kestria–Norvania)',
    period: '2030',
    figures: FIGURES.slice(0, 2).map(
      ({ value, unit, articleId, articleTitle, exact, claimedBy, start, end }) => ({
        value,
        unit,
        articleId,
        articleTitle,
        exact,
        claimedBy,
        start,
        end,
      }),
    ),
  },
];

function fakeApi(figures: ArticleFigure[], conflicts: FigureConflict[]): Api {
  return {
    listFigures: async () => figures,
    listFigureConflicts: async () => conflicts,
  } as unknown as Api;
}

describe('formatFigureValue', () => {
  test('writes amounts with their currency and magnitude word', () => {
    expect(formatFigureValue(30.05e9, 'USD', 'amount')).toBe('$30.05 billion');
    expect(formatFigureValue(3.8e12, 'RUB', 'amount')).toBe('3.8 trillion RUB');
  });

  test('writes percentages, ratios and counts as an analyst reads them', () => {
    expect(formatFigureValue(18, 'percent', 'percent')).toBe('18%');
    expect(formatFigureValue(2, 'ratio', 'ratio')).toBe('×2');
    expect(formatFigureValue(224, 'projects', 'count')).toBe('224 projects');
  });
});

describe('measureTitle', () => {
  test('turns a measure key into a heading', () => {
    expect(measureTitle('trade (Kestria–Norvania)')).toBe('Trade, Kestria–Norvania');
    expect(measureTitle('investment')).toBe('Investment');
  });
});

describe('figureChart', () => {
  test('draws one bar per figure on one scale, labelled with the source and value', () => {
    const chart = figureChart(FIGURES.slice(0, 2), 'Trade, 2030');
    const bars = [...chart.querySelectorAll('rect')].map((bar) =>
      Number(bar.getAttribute('width')),
    );
    expect(bars).toHaveLength(2);
    expect(bars[1]! / bars[0]!).toBeCloseTo(9.7 / 12.4, 2);
    expect(chart.getAttribute('aria-label')).toBe(
      'Trade, 2030: Ilsa Varenko $12.4 billion; Kestrian statistics office $9.7 billion',
    );
  });
});

describe('renderFigures', () => {
  test('shows each measure with its figures, the disputed period flagged in words', async () => {
    const host = document.createElement('div');
    await renderFigures(host, fakeApi(FIGURES, CONFLICTS), () => {});
    const headings = [...host.querySelectorAll('h3')].map((heading) => heading.textContent);
    expect(headings).toEqual(['Trade, Kestria–Norvania', 'Projects']);
    const disputed = host.querySelector('.figures-period--disputed')!;
    expect(disputed.textContent).toContain('In dispute: the sources differ beyond rounding');
    expect(disputed.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(host.querySelector('.figures-measure--other summary')?.textContent).toBe(
      'Figures with no measure named (1)',
    );
  });

  test('opens the passage of the figure chosen', async () => {
    const host = document.createElement('div');
    const opened: FigureTarget[] = [];
    await renderFigures(host, fakeApi(FIGURES, CONFLICTS), (target) => opened.push(target));
    const buttons = host.querySelectorAll<HTMLButtonElement>(
      '.figures-period--disputed .figures-table__open',
    );
    buttons[1]!.click();
    expect(opened).toEqual([{ articleId: 2, start: 40, end: 52 }]);
  });

  test('"Mark as figure" opens the passage asking for it to be marked as a figure', async () => {
    const host = document.createElement('div');
    const opened: FigureTarget[] = [];
    await renderFigures(host, fakeApi(FIGURES, CONFLICTS), (target) => opened.push(target));
    const buttons = host.querySelectorAll<HTMLButtonElement>(
      '.figures-period--disputed .figures-table__mark',
    );
    expect(buttons[1]!.textContent).toBe('Mark as figure');
    buttons[1]!.click();
    expect(opened).toEqual([{ articleId: 2, start: 40, end: 52, markAsFigure: true }]);
  });

  test('leaves only the disputed measures when asked', async () => {
    const host = document.createElement('div');
    await renderFigures(host, fakeApi(FIGURES, CONFLICTS), () => {});
    const only = host.querySelector<HTMLInputElement>('.figures-view__only-disputed')!;
    only.checked = true;
    only.dispatchEvent(new Event('change'));
    expect([...host.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual([
      'Trade, Kestria–Norvania',
    ]);
  });

  test('says so when the notebook has no figures', async () => {
    const host = document.createElement('div');
    await renderFigures(host, fakeApi([], []), () => {});
    expect(host.textContent).toContain('No figures in the notebook’s articles yet.');
  });

  test('shows nothing when the analyst has opened something else meanwhile', async () => {
    const host = document.createElement('div');
    await renderFigures(
      host,
      fakeApi(FIGURES, CONFLICTS),
      () => {},
      () => false,
    );
    expect(host.querySelector('.figures-view')).toBeNull();
  });
});
