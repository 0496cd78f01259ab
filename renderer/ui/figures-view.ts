// The Figures view: the numeric claims of the notebook's articles, gathered by the measure
// they describe and the period they refer to, side by side with who claims each and where,
// a small bar chart of the values per source (an SVG drawn here, black on white so it prints),
// and the groups whose figures disagree beyond rounding flagged in words, not by colour alone.
// Choosing a figure opens its article at the passage. It takes what listFigures and
// listFigureConflicts return and knows nothing of how figures are found.
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Api } from '../api';
import type { ArticleFigure, FigureConflict } from '../../main/ipc/contract';
import { textOffsetToPos } from '../reader/text-positions';
import { clear, formatDate, h } from './dom';

/** A figure's passage to open. */
export interface FigureTarget {
  articleId: number;
  start: number;
  end: number;
  /** Also mark the passage as a figure highlight once it is open, to cite it in a memo. */
  markAsFigure?: boolean;
}

const SVG = 'http://www.w3.org/2000/svg';

const CURRENCY_SIGNS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', CNY: '¥' };

const KIND_LABELS: Record<ArticleFigure['kind'], string> = {
  actual: 'Actual',
  target: 'Target',
  forecast: 'Forecast',
};

const MAGNITUDE_WORDS: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

function trimmed(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A value as an analyst reads it: "$43.8 billion", "18%", "×2", "224 projects". */
export function formatFigureValue(value: number, unit: string, category: string): string {
  if (category === 'percent') return `${trimmed(value)}${unit === 'percent' ? '%' : ` ${unit}`}`;
  if (category === 'ratio') return `×${trimmed(value)}`;
  const magnitude = MAGNITUDE_WORDS.find(([size]) => Math.abs(value) >= size);
  const number = magnitude ? `${trimmed(value / magnitude[0])} ${magnitude[1]}` : trimmed(value);
  if (category === 'amount') {
    const sign = CURRENCY_SIGNS[unit];
    return sign ? `${sign}${number}` : `${number} ${unit}`;
  }
  return `${number} ${unit}`;
}

/** "trade (China–Kazakhstan)" as a heading: "Trade, China–Kazakhstan". */
export function measureTitle(measure: string): string {
  const match = /^(.*?)(?: \((.*)\))?$/u.exec(measure);
  const head = match?.[1] ?? measure;
  const parties = match?.[2];
  const title = head.charAt(0).toUpperCase() + head.slice(1);
  return parties ? `${title}, ${parties}` : title;
}

/** Selects and scrolls to a passage of the open article. */
export function selectPassage(view: EditorView, start: number, end: number): void {
  const { doc } = view.state;
  const selection = TextSelection.create(
    doc,
    textOffsetToPos(doc, start),
    textOffsetToPos(doc, end),
  );
  view.dispatch(view.state.tr.setSelection(selection).scrollIntoView());
  view.focus();
}

/** Who a chart's bar stands for: the claimant, else the outlet or article that states it. */
function sourceOf(figure: ArticleFigure): string {
  return figure.claimedBy ?? figure.publisher ?? figure.articleTitle;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Horizontal bars, one per figure, on one scale from zero; labels in text, not colour. */
export function figureChart(figures: readonly ArticleFigure[], title: string): SVGSVGElement {
  const rowHeight = 26;
  const labelWidth = 190;
  const valueWidth = 130;
  const barWidth = 300;
  const width = labelWidth + barWidth + valueWidth;
  const height = figures.length * rowHeight + 8;
  const max = Math.max(...figures.map((figure) => Math.abs(figure.value)), 0) || 1;
  const chart = svg('svg', {
    class: 'figures-chart',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': `${title}: ${figures
      .map(
        (figure) =>
          `${sourceOf(figure)} ${formatFigureValue(figure.value, figure.unit, figure.category)}`,
      )
      .join('; ')}`,
  });
  chart.append(svg('title', {}, title));
  chart.append(
    svg('line', {
      x1: labelWidth,
      x2: labelWidth,
      y1: 2,
      y2: height - 2,
      class: 'figures-chart__axis',
    }),
  );
  figures.forEach((figure, index) => {
    const y = 4 + index * rowHeight;
    const length = Math.max(2, (Math.abs(figure.value) / max) * (barWidth - 8));
    const label = sourceOf(figure);
    chart.append(
      svg(
        'text',
        { x: labelWidth - 8, y: y + 15, 'text-anchor': 'end', class: 'figures-chart__label' },
        label.length > 25 ? `${label.slice(0, 24)}…` : label,
      ),
      svg('rect', {
        x: labelWidth,
        y: y + 3,
        width: length,
        height: rowHeight - 10,
        class: `figures-chart__bar figures-chart__bar--${figure.kind}`,
      }),
      svg(
        'text',
        { x: labelWidth + length + 6, y: y + 15, class: 'figures-chart__value' },
        formatFigureValue(figure.value, figure.unit, figure.category),
      ),
    );
  });
  return chart;
}

interface PeriodGroup {
  period: string | null;
  figures: ArticleFigure[];
  disputed: boolean;
}

interface MeasureGroup {
  measure: string;
  periods: PeriodGroup[];
  disputed: boolean;
  count: number;
}

function groupFigures(
  figures: readonly ArticleFigure[],
  conflicts: readonly FigureConflict[],
): { measures: MeasureGroup[]; unmeasured: ArticleFigure[] } {
  const disputed = new Set(conflicts.map((group) => `${group.measure}\u0000${group.period}`));
  const byMeasure = new Map<string, Map<string, ArticleFigure[]>>();
  const unmeasured: ArticleFigure[] = [];
  for (const figure of figures) {
    if (figure.measure === null) {
      unmeasured.push(figure);
      continue;
    }
    const periods = byMeasure.get(figure.measure) ?? new Map<string, ArticleFigure[]>();
    const key = figure.period ?? '';
    periods.set(key, [...(periods.get(key) ?? []), figure]);
    byMeasure.set(figure.measure, periods);
  }
  const measures = [...byMeasure].map(([measure, periods]): MeasureGroup => {
    const list = [...periods]
      .map(([period, entries]) => ({
        period: period === '' ? null : period,
        figures: entries.sort((a, b) => b.value - a.value),
        disputed: period !== '' && disputed.has(`${measure}\u0000${period}`),
      }))
      // Disputed periods first: they are what the analyst opens this view for.
      .sort(
        (a, b) =>
          Number(b.disputed) - Number(a.disputed) || (b.period ?? '').localeCompare(a.period ?? ''),
      );
    return {
      measure,
      periods: list,
      disputed: list.some((period) => period.disputed),
      count: list.reduce((sum, period) => sum + period.figures.length, 0),
    };
  });
  measures.sort(
    (a, b) =>
      Number(b.disputed) - Number(a.disputed) ||
      b.count - a.count ||
      a.measure.localeCompare(b.measure),
  );
  return { measures, unmeasured };
}

function figureTable(
  figures: readonly ArticleFigure[],
  open: (target: FigureTarget) => void,
): HTMLTableElement {
  return h(
    'table',
    { className: 'figures-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Value'),
        h('th', { scope: 'col' }, 'Claimed by'),
        h('th', { scope: 'col' }, 'Kind'),
        h('th', { scope: 'col' }, 'Where'),
      ),
    ),
    h(
      'tbody',
      {},
      figures.map((figure) =>
        h(
          'tr',
          { className: 'figures-table__row', 'data-article-id': figure.articleId },
          h(
            'td',
            { className: 'figures-table__value' },
            h('strong', {}, formatFigureValue(figure.value, figure.unit, figure.category)),
            figure.bound === 'exact'
              ? null
              : h('span', { className: 'figures-table__bound' }, ` (${figure.bound})`),
          ),
          h(
            'td',
            {},
            figure.claimedBy ?? h('span', { className: 'figures-table__article' }, 'the article'),
          ),
          h('td', {}, KIND_LABELS[figure.kind]),
          h(
            'td',
            {},
            h(
              'button',
              {
                type: 'button',
                className: 'figures-table__open',
                title: 'Open the article at this figure',
                onclick: () =>
                  open({ articleId: figure.articleId, start: figure.start, end: figure.end }),
              },
              figure.articleTitle,
            ),
            h(
              'button',
              {
                type: 'button',
                className: 'figures-table__mark',
                title: 'Open the article and mark this figure, so a memo can cite it',
                onclick: () =>
                  open({
                    articleId: figure.articleId,
                    start: figure.start,
                    end: figure.end,
                    markAsFigure: true,
                  }),
              },
              'Mark as figure',
            ),
            h(
              'span',
              { className: 'figures-table__source' },
              [figure.publisher, formatDate(figure.publishedAt)].filter(Boolean).join(', '),
            ),
            // The sentence as written (its own quotation marks included), not re-quoted.
            h('span', { className: 'figures-table__context' }, figure.context),
          ),
        ),
      ),
    ),
  );
}

function periodSection(
  measure: string,
  group: PeriodGroup,
  open: (target: FigureTarget) => void,
): HTMLElement {
  const label = group.period ?? 'No period stated';
  // One chart per unit: dollars and percentages on one scale would mislead.
  const units = new Map<string, ArticleFigure[]>();
  for (const figure of group.figures)
    units.set(figure.unit, [...(units.get(figure.unit) ?? []), figure]);
  const charted = [...units.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return h(
    'section',
    { className: `figures-period${group.disputed ? ' figures-period--disputed' : ''}` },
    h(
      'h4',
      { className: 'figures-period__title' },
      label,
      group.disputed
        ? h(
            'span',
            { className: 'figures-dispute' },
            '⚠ In dispute: the sources differ beyond rounding',
          )
        : null,
    ),
    // Figures with no period may be of different years: drawn side by side they would mislead.
    charted.length >= 2 && group.period !== null
      ? figureChart(charted, `${measureTitle(measure)}, ${label}`)
      : null,
    figureTable(group.figures, open),
  );
}

export async function renderFigures(
  host: HTMLElement,
  api: Api,
  open: (target: FigureTarget) => void,
  /** False once the analyst has opened something else; a slow answer then shows nothing. */
  current: () => boolean = () => true,
): Promise<void> {
  clear(host);
  const loading = h('p', { className: 'figures-view__note' }, 'Reading the figures…');
  host.append(loading);
  const [figures, conflicts] = await Promise.all([
    api.listFigures({}),
    api.listFigureConflicts({}),
  ]);
  if (!current()) return;
  const { measures, unmeasured } = groupFigures(figures, conflicts);
  const articles = new Set(figures.map((figure) => figure.articleId)).size;
  const onlyDisputed = h('input', { type: 'checkbox', className: 'figures-view__only-disputed' });
  const body = h('div', { className: 'figures-view__body' });

  function render(): void {
    clear(body);
    const shown = onlyDisputed.checked ? measures.filter((group) => group.disputed) : measures;
    if (figures.length === 0) {
      body.append(
        h('p', { className: 'figures-view__note' }, 'No figures in the notebook’s articles yet.'),
      );
      return;
    }
    for (const group of shown) {
      body.append(
        h(
          'article',
          {
            className: `figures-measure${group.disputed ? ' figures-measure--disputed' : ''}`,
            'data-measure': group.measure,
          },
          h('h3', { className: 'figures-measure__title' }, measureTitle(group.measure)),
          group.periods
            .filter((period) => !onlyDisputed.checked || period.disputed)
            .map((period) => periodSection(group.measure, period, open)),
        ),
      );
    }
    if (!onlyDisputed.checked && unmeasured.length > 0) {
      body.append(
        h(
          'details',
          { className: 'figures-measure figures-measure--other' },
          h('summary', {}, `Figures with no measure named (${unmeasured.length})`),
          figureTable(unmeasured, open),
        ),
      );
    }
  }

  onlyDisputed.addEventListener('change', render);
  clear(host);
  host.append(
    h(
      'section',
      { className: 'figures-view', 'aria-label': 'Figures' },
      h(
        'header',
        { className: 'pane-header' },
        h('h2', { className: 'pane-header__title' }, 'Figures'),
        h(
          'p',
          { className: 'figures-view__summary' },
          `${figures.length} ${figures.length === 1 ? 'figure' : 'figures'} in ${articles} ${articles === 1 ? 'article' : 'articles'}; ${conflicts.length} in dispute`,
        ),
        h('label', { className: 'figures-view__filter' }, onlyDisputed, ' Only figures in dispute'),
      ),
      body,
    ),
  );
  render();
}
