import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, measureNesting } from '../../../../main/importers/html-depth';
import { importHtml } from '../../../../main/importers/html';

const nested = (levels: number, inner = '<p>Deep text.</p>') =>
  `<!DOCTYPE html><html><head><title>T</title></head><body>${'<div>'.repeat(levels)}${inner}${'</div>'.repeat(levels)}</body></html>`;

describe('nesting depth on the raw HTML', () => {
  it('leaves a page within the limit exactly as it was', () => {
    const html = nested(40);
    expect(measureNesting(html)).toEqual({ depth: 40, html, flattened: false });
  });

  it('does not count elements whose end tag may be left out, void elements or script text', () => {
    const html = `<ul>${'<li>item'.repeat(500)}</ul><p>a<p>b<br><img src=x><script>${'<div>'.repeat(500)}</script>`;
    expect(measureNesting(html).depth).toBe(1);
  });

  it('flattens the tags beyond the limit and keeps their text', () => {
    const report = measureNesting(nested(MAX_NESTING_DEPTH + 50, 'Deep text.'));
    expect(report.flattened).toBe(true);
    expect(report.depth).toBe(MAX_NESTING_DEPTH + 50);
    expect(measureNesting(report.html).depth).toBe(MAX_NESTING_DEPTH);
    expect(report.html).toContain('Deep text.');
  });

  it('scans a page of unclosed tags and quotes once, not once per tag', () => {
    const started = performance.now();
    expect(measureNesting('<a "'.repeat(1_000_000)).depth).toBe(0);
    expect(measureNesting('<div title="x'.repeat(500_000)).depth).toBe(0);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('imports a page of 100,000 nested divs in under two seconds', () => {
    const html = nested(100_000, '<p>The harbour board met on Monday and approved the plan.</p>');
    const started = performance.now();
    const article = importHtml(html, { fileName: 'deep.html', extractMainContent: true });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(article.text).toBe('The harbour board met on Monday and approved the plan.');
  });
});
