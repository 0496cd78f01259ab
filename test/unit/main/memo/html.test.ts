import { describe, expect, test } from 'vitest';
import { escapeHtml, writeHtml } from '../../../../main/memo/html';
import { SAMPLE_QUOTATION_PARAGRAPHS, sampleMemo } from './sample-memo';

describe('writeHtml', () => {
  test('writes one standalone page that loads nothing from anywhere', () => {
    const html = writeHtml(sampleMemo());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\(|@import|https?:\/\//i);
  });

  test('carries print styles with page margins', () => {
    const html = writeHtml(sampleMemo());
    expect(html).toMatch(/@page \{[^}]*margin/);
    expect(html).toContain('@media print');
  });

  test('escapes all text, so quotations show verbatim and nothing in them is markup', () => {
    const html = writeHtml(sampleMemo());
    expect(html).toContain(
      '<p>“Freight &lt;volumes&gt; will *double* &amp; [more] by 2031_10.”</p>',
    );
    expect(html).not.toContain('<volumes>');
    for (const paragraph of SAMPLE_QUOTATION_PARAGRAPHS)
      expect(html).toContain(escapeHtml(paragraph));
  });

  test('links each note reference to its endnote and back', () => {
    const html = writeHtml(sampleMemo());
    for (let number = 1; number <= 5; number += 1) {
      expect(html).toContain(`<a href="#note-${number}" id="note-ref-${number}">${number}</a>`);
      expect(html).toContain(`<li id="note-${number}">`);
      expect(html).toContain(`href="#note-ref-${number}"`);
    }
  });

  test('says who else reported a statement, with their notes', () => {
    expect(writeHtml(sampleMemo())).toContain(
      '<p class="also-reported">Also reported by Quenby Gazette<sup class="note-ref"><a href="#note-2" id="note-ref-2">2</a></sup>.</p>',
    );
  });

  test('puts the analyst note under its quotation', () => {
    expect(writeHtml(sampleMemo())).toContain(
      '<div class="analyst-note"><p>Compare the ministry’s own figure of 40%.</p></div>',
    );
  });
});
