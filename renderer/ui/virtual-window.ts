// The arithmetic of a virtualised list of fixed-height rows: which rows a scroll position
// shows (plus a few either side, so a short scroll never shows a gap), where the scroll must
// go to bring a row into view, and how far a page key moves. Pure numbers, no DOM: the
// library sidebar measures and draws, this decides.

export interface ViewportMetrics {
  readonly scrollTop: number;
  readonly viewportHeight: number;
  readonly rowHeight: number;
  readonly count: number;
}

export interface RowWindow {
  /** The first row to draw. */
  readonly first: number;
  /** One past the last row to draw. */
  readonly end: number;
}

/** The rows to draw: those in the viewport and `overscan` more on each side, within the list. */
export function visibleWindow(metrics: ViewportMetrics, overscan = 6): RowWindow {
  const { scrollTop, viewportHeight, rowHeight, count } = metrics;
  if (count <= 0 || rowHeight <= 0) return { first: 0, end: 0 };
  const top = Math.max(0, Math.floor(scrollTop / rowHeight));
  const bottom = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  const first = Math.min(count - 1, Math.max(0, top - overscan));
  const end = Math.min(count, Math.max(first + 1, bottom + overscan));
  return { first, end };
}

/**
 * The scroll position that shows row `index` whole, moving as little as possible: unchanged
 * when it is in view already, else the row at the top (scrolling up) or the bottom (down).
 */
export function scrollTopToReveal(index: number, metrics: ViewportMetrics): number {
  const { scrollTop, viewportHeight, rowHeight, count } = metrics;
  const row = Math.min(Math.max(0, index), Math.max(0, count - 1));
  const top = row * rowHeight;
  const bottom = top + rowHeight;
  const maximum = Math.max(0, count * rowHeight - viewportHeight);
  if (top < scrollTop) return Math.min(top, maximum);
  if (bottom > scrollTop + viewportHeight)
    return Math.min(Math.max(0, bottom - viewportHeight), maximum);
  return scrollTop;
}

/** How many rows Page Up / Page Down move: a viewport less one row, at least one. */
export function pageStep(metrics: Pick<ViewportMetrics, 'viewportHeight' | 'rowHeight'>): number {
  if (metrics.rowHeight <= 0) return 1;
  return Math.max(1, Math.floor(metrics.viewportHeight / metrics.rowHeight) - 1);
}

/** Where a key moves the active row: arrows by one, pages by `step`, Home and End to the ends. */
export function nextIndex(
  key: string,
  current: number,
  count: number,
  step: number,
): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'PageDown':
      return Math.min(last, current + step);
    case 'PageUp':
      return Math.max(0, current - step);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
