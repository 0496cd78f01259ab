import { describe, expect, test } from 'vitest';
import {
  nextIndex,
  pageStep,
  scrollTopToReveal,
  visibleWindow,
} from '../../../../renderer/ui/virtual-window';

const at = (scrollTop: number, count = 100_000) => ({
  scrollTop,
  viewportHeight: 540,
  rowHeight: 54,
  count,
});

describe('virtual window', () => {
  test('draws the rows in view and the overscan on each side', () => {
    expect(visibleWindow(at(5400), 4)).toEqual({ first: 96, end: 114 });
  });

  test('stops at the top and at the last of 100,000 rows', () => {
    expect(visibleWindow(at(0), 4)).toEqual({ first: 0, end: 14 });
    expect(visibleWindow(at(100_000 * 54 - 540), 4)).toEqual({ first: 99_986, end: 100_000 });
  });

  test('draws nothing for an empty list, and one row for a list of one', () => {
    expect(visibleWindow(at(0, 0))).toEqual({ first: 0, end: 0 });
    expect(visibleWindow(at(0, 1))).toEqual({ first: 0, end: 1 });
  });

  test('a row cut by the bottom edge is drawn', () => {
    expect(visibleWindow({ ...at(10), viewportHeight: 100 }, 0)).toEqual({ first: 0, end: 3 });
  });

  test('revealing a row in view leaves the scroll where it is', () => {
    expect(scrollTopToReveal(102, at(5400))).toBe(5400);
  });

  test('revealing a row below puts it at the bottom, one above at the top', () => {
    expect(scrollTopToReveal(120, at(5400))).toBe(121 * 54 - 540);
    expect(scrollTopToReveal(50, at(5400))).toBe(50 * 54);
  });

  test('revealing the last row scrolls to the very end, never past it', () => {
    expect(scrollTopToReveal(99_999, at(0))).toBe(100_000 * 54 - 540);
    expect(scrollTopToReveal(500_000, at(0))).toBe(100_000 * 54 - 540);
  });

  test('a page key moves a viewport less one row', () => {
    expect(pageStep(at(0))).toBe(9);
    expect(pageStep({ viewportHeight: 20, rowHeight: 54 })).toBe(1);
  });

  test('keys move the active row within the list and ignore other keys', () => {
    expect(nextIndex('ArrowDown', 5, 10, 3)).toBe(6);
    expect(nextIndex('ArrowDown', 9, 10, 3)).toBe(9);
    expect(nextIndex('ArrowUp', 0, 10, 3)).toBe(0);
    expect(nextIndex('PageDown', 8, 10, 3)).toBe(9);
    expect(nextIndex('PageUp', 2, 10, 3)).toBe(0);
    expect(nextIndex('End', 0, 100_000, 3)).toBe(99_999);
    expect(nextIndex('Home', 500, 100_000, 3)).toBe(0);
    expect(nextIndex('a', 5, 10, 3)).toBeNull();
    expect(nextIndex('End', 0, 0, 3)).toBeNull();
  });
});
