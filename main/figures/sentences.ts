// Sentences and clauses of an article, as offsets: the figures finder reads a figure's
// measure, period, source and kind from the sentence and clause around it. A plain splitter
// (full stops that end a sentence, not a decimal or an initial), so it knows no quotation.

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Gen|Sen|Rep|Gov|Jr|Sr|Inc|Ltd|Co|vs|etc|U\.S|U\.K|e\.g|i\.e)|\b\p{Lu})$/u;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/gu)) {
    const blockStart = block.index;
    const body = block[0];
    let start = 0;
    const ends = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d$€£]|\s*$)/gu;
    for (const end of body.matchAll(ends)) {
      const stop = end.index + end[0].length;
      if (end[0] === '.' && ABBREVIATIONS.test(body.slice(start, end.index))) continue;
      pushTrimmed(sentences, text, blockStart + start, blockStart + stop, paragraph);
      start = stop;
    }
    pushTrimmed(sentences, text, blockStart + start, blockStart + body.length, paragraph);
    paragraph += 1;
  }
  return sentences;
}

function pushTrimmed(
  sentences: Sentence[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
): void {
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  if (end > start) sentences.push({ start, end, paragraph });
}

/**
 * The clause of `sentence` that holds the span [start, end): the sentence cut at semicolons,
 * dashes and the conjunctions that join two statements (", while", ", but", ", and the").
 */
export function clauseAround(text: string, sentence: Span, start: number, end: number): Span {
  const body = text.slice(sentence.start, sentence.end);
  const cuts: Array<{ from: number; to: number }> = [];
  for (const cut of body.matchAll(
    /;\s|\s[—–]\s|,\s+(?:while|whereas|but|although|though|and\s+(?=the\b|a\b|we\b|they\b|he\b|she\b|it\b|\p{Lu}))\s*|:\s+(?=["“])/gu,
  )) {
    cuts.push({ from: sentence.start + cut.index, to: sentence.start + cut.index + cut[0].length });
  }
  let clauseStart = sentence.start;
  let clauseEnd = sentence.end;
  for (const cut of cuts) {
    if (cut.to <= start) clauseStart = cut.to;
    else if (cut.from >= end) {
      clauseEnd = cut.from;
      break;
    }
  }
  return { start: clauseStart, end: Math.max(clauseEnd, end) };
}
