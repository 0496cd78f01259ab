import { describe, expect, test } from 'vitest';
import { PageCursor, PageRules, placeLines } from '../../../../main/memo/pdf-cursor';
import type { Line } from '../../../../main/memo/pdf-lines';

// Pages whose text runs from 100 down to 200, with 2 points below each line's text.
function cursor(): PageCursor {
  return new PageCursor(100, 200, 2);
}

function lines(...heights: number[]): Line[] {
  return heights.map((height) => ({ pieces: [], height }));
}

const ruleStyle = { x: 5, lineWidth: 1, color: '#000000' };

describe('PageCursor', () => {
  test('starts at the top of the first page', () => {
    const at = cursor();
    expect([at.page, at.y, at.atTop]).toEqual([0, 100, true]);
  });

  test('keeps together on this page what fits below the cursor', () => {
    const at = cursor();
    at.y = 150;
    at.keepTogether(50);
    expect([at.page, at.y]).toEqual([0, 150]);
  });

  test('starts a new page for what does not fit below the cursor', () => {
    const at = cursor();
    at.y = 150;
    at.keepTogether(51);
    expect([at.page, at.y]).toEqual([1, 100]);
  });

  test('does not start a new page for what could not fit on any page', () => {
    const at = cursor();
    at.y = 150;
    at.keepTogether(101);
    expect([at.page, at.y]).toEqual([0, 150]);
  });

  test('never leaves the top of a page empty to keep something together', () => {
    const at = cursor();
    at.keepTogether(100.5);
    expect(at.page).toBe(0);
  });

  test('stops a gap at the foot of the page', () => {
    const at = cursor();
    at.y = 195;
    at.gap(20);
    expect([at.page, at.y]).toEqual([0, 200]);
  });
});

describe('placeLines', () => {
  test('places lines one below the other and moves the cursor below the last', () => {
    const at = cursor();
    const placed = placeLines(lines(10, 20), 30, at);
    expect(placed.map(({ page, x, y }) => ({ page, x, y }))).toEqual([
      { page: 0, x: 30, y: 100 },
      { page: 0, x: 30, y: 110 },
    ]);
    expect(at.y).toBe(130);
  });

  test('moves to a new page before a line that does not fit', () => {
    const at = cursor();
    at.y = 175;
    const placed = placeLines(lines(20, 20), 0, at);
    expect(placed.map(({ page, y }) => [page, y])).toEqual([
      [0, 175],
      [1, 100],
    ]);
  });

  test('places a line taller than a page at the top of one rather than looping', () => {
    const at = cursor();
    const placed = placeLines(lines(150, 10), 0, at);
    expect(placed.map(({ page, y }) => [page, y])).toEqual([
      [0, 100],
      [1, 100],
    ]);
  });

  test('draws a rule beside the lines that ends at the last line’s text', () => {
    const at = cursor();
    const rules = new PageRules();
    placeLines(lines(10, 10), 0, at, { style: ruleStyle, rules });
    expect(rules.onPage(0)).toEqual([{ ...ruleStyle, page: 0, top: 100, bottom: 118 }]);
  });

  test('splits the rule beside lines into one segment per page', () => {
    const at = cursor();
    at.y = 170;
    const rules = new PageRules();
    placeLines(lines(20, 20, 20), 0, at, { style: ruleStyle, rules });
    expect([rules.onPage(0), rules.onPage(1)]).toEqual([
      [{ ...ruleStyle, page: 0, top: 170, bottom: 188 }],
      [{ ...ruleStyle, page: 1, top: 100, bottom: 138 }],
    ]);
  });
});

describe('PageRules', () => {
  test('keeps the segments of each page in the order they were added', () => {
    const rules = new PageRules();
    rules.add({ ...ruleStyle, page: 1, top: 10, bottom: 20 });
    rules.add({ ...ruleStyle, page: 0, top: 30, bottom: 40 });
    rules.add({ ...ruleStyle, page: 1, top: 50, bottom: 60 });
    expect(rules.onPage(1).map((segment) => segment.top)).toEqual([10, 50]);
  });

  test('drops a segment with no height', () => {
    const rules = new PageRules();
    rules.add({ ...ruleStyle, page: 0, top: 30, bottom: 30 });
    expect(rules.onPage(0)).toEqual([]);
  });
});
