// The naive baseline the finder is measured against: pair quotation marks, call every quoted
// span a direct quotation, and credit it to the nearest capitalised name in the text.
// It exists only to show what the finder adds; it is deliberately simple.

import type { QuoteCandidate } from '../../main/quotes/index';

const pairs = /“([^”]*)”|"([^"]*)"|«([^»]*)»|„([^“”]*)[“”]|‘([^’]*)’/gu;
const capitalisedName = /\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*/gu;

export function naiveQuotes(text: string): QuoteCandidate[] {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(pairs)) {
    const start = (match.index ?? 0) + 1;
    const end = (match.index ?? 0) + match[0].length - 1;
    if (end > start) spans.push({ start, end });
  }
  const outside = (index: number): boolean =>
    !spans.some((span) => index >= span.start - 1 && index <= span.end);
  const names = [...text.matchAll(capitalisedName)]
    .filter((match) => outside(match.index ?? 0))
    .map((match) => ({
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
      name: match[0],
    }));

  return spans.map(({ start, end }) => {
    let nearest: { name: string; distance: number } | null = null;
    for (const candidate of names) {
      const distance =
        candidate.end <= start
          ? start - candidate.end
          : candidate.start >= end
            ? candidate.start - end
            : Infinity;
      if (nearest === null || distance < nearest.distance)
        nearest = { name: candidate.name, distance };
    }
    return {
      start,
      end,
      exact: text.slice(start, end),
      kind: 'direct' as const,
      speaker: nearest?.name ?? null,
      speakerAsWritten: nearest?.name ?? null,
      cue: null,
      confidence: 0.5,
    };
  });
}
