import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../main/quotes/quote-marks';

function quoted(text: string): string[] {
  return findQuoteSpans(text)
    .filter((span) => span.depth === 0)
    .map((span) => text.slice(span.start, span.end));
}

describe('findQuoteSpans', () => {
  it('pairs curly double quotation marks', () => {
    expect(quoted('She said: “We will win.”')).toEqual(['We will win.']);
  });

  it('pairs straight double quotation marks', () => {
    expect(quoted('"We will win," she said.')).toEqual(['We will win,']);
  });

  it('pairs guillemets', () => {
    expect(quoted('«Nous gagnerons», a-t-elle dit.')).toEqual(['Nous gagnerons']);
  });

  it('pairs German low-high quotation marks', () => {
    expect(quoted('„Wir gewinnen“, sagte sie.')).toEqual(['Wir gewinnen']);
  });

  it('pairs curly single quotation marks', () => {
    expect(quoted('He called it ‘a fair deal’ on Monday.')).toEqual(['a fair deal']);
  });

  it('pairs straight single quotation marks', () => {
    expect(quoted("He called it 'a fair deal' on Monday.")).toEqual(['a fair deal']);
  });

  it('does not take apostrophes inside words for quotation marks', () => {
    expect(quoted('They don’t know O’Hara or the Dun’mor road.')).toEqual([]);
  });

  it('does not take a plural possessive for a closing mark', () => {
    expect(quoted('The players’ union met the owners’ group.')).toEqual([]);
  });

  it('keeps a plural possessive inside a single-quoted quotation', () => {
    expect(quoted("'The players' union is wrong,' he said.")).toEqual([
      "The players' union is wrong,",
    ]);
  });

  it('keeps a nested quotation inside the outer one', () => {
    const text = '“She told me, ‘No deal,’ and left,” he said.';
    const spans = findQuoteSpans(text);
    expect(
      spans.filter((span) => span.depth === 0).map((span) => text.slice(span.start, span.end)),
    ).toEqual(['She told me, ‘No deal,’ and left,']);
    expect(
      spans.filter((span) => span.depth === 1).map((span) => text.slice(span.start, span.end)),
    ).toEqual(['No deal,']);
  });

  it('splits a quotation over paragraphs into one segment per paragraph', () => {
    const text = '“First part of the answer.\n\n“Second part,” she said.';
    expect(quoted(text)).toEqual(['First part of the answer.', 'Second part,']);
  });

  it('marks the segments of a multi-paragraph quotation as one group', () => {
    const spans = findQuoteSpans('“First part.\n\n“Second part,” she said.');
    expect(spans.map((span) => [span.runsOn, span.continues])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(spans[0]?.group).toBe(spans[1]?.group);
  });

  it('drops an opening mark that is never closed', () => {
    expect(quoted('He said “we will see.\n\nThe meeting ended.')).toEqual([]);
  });

  it('accepts a double prime as the closing mark after a digit', () => {
    expect(quoted('The “G7 + 2″ format was used.')).toEqual(['G7 + 2']);
  });
});
