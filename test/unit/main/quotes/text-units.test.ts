import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../main/quotes/quote-marks';
import { splitSentences } from '../../../../main/quotes/text-units';

function sentences(text: string): string[] {
  const outer = findQuoteSpans(text).filter((span) => span.depth === 0);
  return splitSentences(text, outer).map((sentence) => text.slice(sentence.start, sentence.end));
}

describe('splitSentences', () => {
  it('ends a sentence at a full stop before a capital letter', () => {
    expect(sentences('The vote passed. The mayor left.')).toEqual([
      'The vote passed.',
      'The mayor left.',
    ]);
  });

  it('does not end a sentence after a title abbreviation', () => {
    expect(sentences('Dr. Amara Lindqvist spoke. She left.')).toEqual([
      'Dr. Amara Lindqvist spoke.',
      'She left.',
    ]);
  });

  it('does not end a sentence inside a quotation', () => {
    expect(sentences('“We won. We are happy,” she said. Then she left.')).toEqual([
      '“We won. We are happy,” she said.',
      'Then she left.',
    ]);
  });

  it('treats every line as its own paragraph', () => {
    const text = 'Headline without a stop\nThe body starts here.';
    const outer = findQuoteSpans(text);
    expect(splitSentences(text, outer).map((sentence) => sentence.paragraph)).toEqual([0, 1]);
  });
});
