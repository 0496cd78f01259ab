// Where the next line of a PDF memo goes: a page cursor (page number and height on the page),
// the placing of broken lines onto pages, and the rules drawn beside quotations and notes,
// one segment per page they cover. Pure: it decides positions and never draws, so the pen
// that draws opens pages as the positions reach them.
import type { Line } from './pdf-lines';

/** How a rule beside some lines looks, wherever it falls. */
export interface RuleStyle {
  x: number;
  lineWidth: number;
  color: string;
}

export interface RuleSegment extends RuleStyle {
  page: number;
  top: number;
  bottom: number;
}

export interface PlacedLine {
  line: Line;
  page: number;
  x: number;
  y: number;
}

export class PageCursor {
  /** Zero-based. */
  page = 0;
  y: number;

  constructor(
    readonly top: number,
    readonly bottom: number,
    /** Space left at the foot of each line that a rule beside it stops short of. */
    readonly lineGap: number,
  ) {
    this.y = top;
  }

  get atTop(): boolean {
    return this.y <= this.top;
  }

  newPage(): void {
    this.page += 1;
    this.y = this.top;
  }

  /** Whether something `height` tall must start a new page: it does not fit, and is not first. */
  overflows(height: number): boolean {
    return this.y + height > this.bottom && !this.atTop;
  }

  /** Starts a new page unless `height` fits on this one (or could not fit on any page). */
  keepTogether(height: number): void {
    if (this.overflows(height) && height <= this.bottom - this.top) this.newPage();
  }

  /** Moves down by `points`, but never past the foot of the page. */
  gap(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }
}

/** The rule segments of a memo by page, in the order they were added. */
export class PageRules {
  private readonly byPage = new Map<number, RuleSegment[]>();

  /** Adds a segment; one with no height is dropped. */
  add(segment: RuleSegment): void {
    if (segment.bottom <= segment.top) return;
    const onPage = this.byPage.get(segment.page);
    if (onPage) onPage.push(segment);
    else this.byPage.set(segment.page, [segment]);
  }

  onPage(page: number): readonly RuleSegment[] {
    return this.byPage.get(page) ?? [];
  }
}

/**
 * Places `lines` at `x` from the cursor down, breaking to a new page before a line that does
 * not fit, and moves the cursor below them. A `rule` beside the lines is added to `rules`
 * as one segment per page, ending at the last line's text rather than its gap.
 */
export function placeLines(
  lines: readonly Line[],
  x: number,
  cursor: PageCursor,
  rule?: { style: RuleStyle; rules: PageRules },
): PlacedLine[] {
  const placed: PlacedLine[] = [];
  let ruleTop = cursor.y;
  const endRule = () =>
    rule?.rules.add({
      ...rule.style,
      page: cursor.page,
      top: ruleTop,
      bottom: cursor.y - cursor.lineGap,
    });
  for (const line of lines) {
    if (cursor.overflows(line.height)) {
      endRule();
      cursor.newPage();
      ruleTop = cursor.y;
    }
    placed.push({ line, page: cursor.page, x, y: cursor.y });
    cursor.y += line.height;
  }
  endRule();
  return placed;
}
