// Figures from several articles for the same measure and period that disagree beyond
// rounding: "$43.8 billion" and "about $44 billion" agree, "$30.05 billion" does not. Only
// actual figures with a known measure and period are compared; a target and a record are
// different claims, not a disagreement.

import type { Figure } from './types';

export interface FigureInArticle extends Pick<
  Figure,
  'value' | 'unit' | 'exact' | 'claimedBy' | 'precision' | 'bound' | 'measure' | 'period' | 'kind'
> {
  articleId: number;
  start: number;
  end: number;
}

export interface ConflictGroup {
  measure: string;
  period: string;
  figures: FigureInArticle[];
}

function roundTo(value: number, step: number): number {
  return step > 0 ? Math.round(value / step) * step : value;
}

/** Whether two figures can be the same quantity, given how precisely and how hedged each is written. */
export function agreeWithinRounding(
  a: Pick<Figure, 'value' | 'precision' | 'bound'>,
  b: Pick<Figure, 'value' | 'precision' | 'bound'>,
): boolean {
  const step = Math.max(a.precision, b.precision);
  const tolerance = step * 0.5 + Math.max(Math.abs(a.value), Math.abs(b.value)) * 1e-9;
  if (Math.abs(roundTo(a.value, step) - roundTo(b.value, step)) <= tolerance) return true;
  const approximate = [a, b].some((figure) => figure.bound === 'approximate');
  if (
    approximate &&
    Math.abs(a.value - b.value) <= Math.max(Math.abs(a.value), Math.abs(b.value)) * 0.05
  )
    return true;
  const within = (bounded: typeof a, other: typeof a): boolean =>
    (bounded.bound === 'at-least' && other.value >= bounded.value) ||
    (bounded.bound === 'at-most' && other.value <= bounded.value);
  return within(a, b) || within(b, a);
}

/** Groups of figures of one measure, period and unit among which at least two disagree. */
export function findConflicts(figures: ReadonlyArray<FigureInArticle>): ConflictGroup[] {
  const groups = new Map<string, FigureInArticle[]>();
  for (const figure of figures) {
    if (figure.kind !== 'actual' || figure.measure === null || figure.period === null) continue;
    const key = `${figure.measure}\u0000${figure.period}\u0000${figure.unit}`;
    const group = groups.get(key) ?? [];
    group.push(figure);
    groups.set(key, group);
  }
  const conflicts: ConflictGroup[] = [];
  for (const group of groups.values()) {
    const disagree = group.some((a, index) =>
      group.slice(index + 1).some((b) => !agreeWithinRounding(a, b)),
    );
    if (!disagree) continue;
    const [first] = group;
    conflicts.push({
      measure: first!.measure!,
      period: first!.period!,
      figures: [...group].sort((a, b) => b.value - a.value || a.articleId - b.articleId),
    });
  }
  return conflicts.sort(
    (a, b) => a.measure.localeCompare(b.measure) || a.period.localeCompare(b.period),
  );
}
