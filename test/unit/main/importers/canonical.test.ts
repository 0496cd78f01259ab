import { describe, expect, it } from 'vitest';
import {
  collapseInline,
  joinBlocks,
  stripBom,
  textToBlocks,
} from '../../../../main/importers/canonical';

const texts = (raw: string) => textToBlocks(raw).map((block) => block.text);

describe('canonical text', () => {
  it('collapses runs of spaces, tabs and newlines inside a paragraph to one space', () => {
    expect(collapseInline(' a \t b\n c  ')).toBe('a b c');
  });

  it('keeps non-breaking spaces, curly quotes and dashes exactly', () => {
    const text = '“Quoted” — 1\u00a0200 – ‘x’';
    expect(collapseInline(text)).toBe(text);
  });

  it('does not trim a non-breaking space at the end of a paragraph', () => {
    expect(collapseInline('End.\u00a0 ')).toBe('End.\u00a0');
  });

  it('strips a byte-order mark', () => {
    expect(stripBom('\ufeffHello')).toBe('Hello');
  });

  it('normalises CRLF and lone CR line endings', () => {
    expect(texts('One\r\n\r\nTwo\rThree')).toEqual(['One', 'Two', 'Three']);
  });

  it('separates paragraphs with exactly one blank line', () => {
    expect(joinBlocks(textToBlocks('One  \n\n \u00a0 \n\n\n  Two\t'))).toBe('One\n\nTwo');
  });

  it('treats every line as a paragraph in text copied from the web (long unwrapped lines)', () => {
    const long = 'word '.repeat(30).trim();
    expect(texts(`${long}.\n${long}.\nShort line`)).toEqual([`${long}.`, `${long}.`, 'Short line']);
  });

  it('joins the lines of hard-wrapped text into paragraphs', () => {
    const raw = [
      'The committee met on Tuesday to discuss the harbour budget and the',
      'proposal to dredge the outer channel before the autumn storms arrive',
      'in the region.',
      '',
      'A second paragraph follows here after the blank line, and it is also',
      'wrapped at about seventy characters like the first one was wrapped.',
    ].join('\n');
    expect(texts(raw)).toEqual([
      'The committee met on Tuesday to discuss the harbour budget and the proposal to dredge the outer channel before the autumn storms arrive in the region.',
      'A second paragraph follows here after the blank line, and it is also wrapped at about seventy characters like the first one was wrapped.',
    ]);
  });

  it('ends a hard-wrapped paragraph at a short line that finishes a sentence', () => {
    const raw = [
      'The committee met on Tuesday to discuss the harbour budget and the',
      'proposal to dredge the outer channel before the autumn storms, which',
      'the harbour master says could silt up the approach within a decade if',
      'nothing is done about it this year.',
      'Members also heard from the ferry operators, who asked for the work to',
      'be scheduled outside the summer timetable so that sailings continue.',
    ].join('\n');
    expect(texts(raw)).toHaveLength(2);
  });

  it('drops paragraphs made only of invisible or space characters', () => {
    expect(texts('One\n\n\u00a0\u200b\n\nTwo')).toEqual(['One', 'Two']);
  });
});
