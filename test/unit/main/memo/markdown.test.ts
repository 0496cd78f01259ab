import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown, writeMarkdown } from '../../../../main/memo/markdown';
import { SAMPLE_QUOTATION_PARAGRAPHS, sampleMemo } from './sample-memo';

function renderedText(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('writeMarkdown', () => {
  test('writes quotations as block quotes in quotation marks with the attribution and a footnote', () => {
    const markdown = writeMarkdown(sampleMemo());
    expect(markdown).toContain(
      [
        '> “Freight \\<volumes\\> will \\*double\\* & \\[more\\] by 2031\\_10.”',
        '>',
        '> — Ilse Marrow, Trade Minister of Veldora[^1]',
      ].join('\n'),
    );
  });

  test('writes reported speech as a sentence of prose that names its speaker', () => {
    const markdown = writeMarkdown(sampleMemo());
    expect(markdown).toContain(
      '\n\nTomas Ferrand said the corridor would open to cargo next spring.[^3]\n',
    );
    expect(markdown).toContain(
      '[^3]: “Osterhal backs corridor talks”, Quenby Gazette, 6 March 2031, paragraph 3.',
    );
  });

  test('numbers footnotes in reading order, the also-reported sources included', () => {
    const markdown = writeMarkdown(sampleMemo());
    expect(markdown).toContain('Also reported by Quenby Gazette[^2].');
    const references = [...markdown.matchAll(/\[\^(\d+)\](?!:)/g)].map((match) => Number(match[1]));
    expect(references).toEqual([1, 2, 3, 4, 5]);
    expect([...markdown.matchAll(/^\[\^(\d+)\]:/gm)].map((match) => Number(match[1]))).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  test('escapes markup so a Markdown viewer shows every quotation verbatim', () => {
    const text = renderedText(writeMarkdown(sampleMemo()));
    for (const paragraph of SAMPLE_QUOTATION_PARAGRAPHS) expect(text).toContain(paragraph);
  });

  test('escapes what only counts as markup at the start of a line', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not an item')).toBe('\\- not an item');
    expect(escapeMarkdown('2024. A year')).toBe('2024\\. A year');
    expect(escapeMarkdown('AT&T &amp; co')).toBe('AT&T \\&amp; co');
  });

  test('writes headings, marks and bullet lists the analyst added', () => {
    const markdown = writeMarkdown(sampleMemo());
    expect(markdown).toContain('### Next steps\n\nWatch **the customs vote** and *the budget*.');
    expect(markdown).toContain(
      '- Ask Marisk for its freight data.\n- Brief the desk on ***Tarvos***',
    );
  });

  test('writes the same bytes for the same memo', () => {
    expect(writeMarkdown(sampleMemo())).toBe(writeMarkdown(sampleMemo()));
  });
});
