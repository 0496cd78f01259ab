// Splits an article into paragraphs, sentences and tokens with their UTF-16 offsets. An
// outermost quotation is one opaque token, so a full stop inside it never ends a sentence and
// the clause around it reads as "X said QUOTE".
// It knows punctuation and abbreviations, not who said what.

import { isAbbreviation } from './lexicon';
import type { QuoteSpan } from './quote-marks';

export interface Token {
  kind: 'word' | 'number' | 'punct' | 'quote';
  start: number;
  end: number;
  text: string;
  lower: string;
  /** first letter is upper case */
  capitalised: boolean;
  /** ends in ’s, 's or a plural’s apostrophe */
  possessive: boolean;
  /** lower case without the possessive ending */
  base: string;
  quote?: QuoteSpan;
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  /** position of the sentence in its paragraph, from 0 */
  indexInParagraph: number;
  tokens: Token[];
}

const letterOrDigit = /[\p{L}\p{N}]/u;
const combiningMark = /\p{M}/u;
const upperCase = /\p{Lu}/u;

function isWordStart(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return letterOrDigit.test(character);
}

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

/** The end of the word starting at `start`: letters, digits, marks, and joiners inside a word. */
function wordEnd(text: string, start: number, end: number): number {
  let index = start + 1;
  while (index < end) {
    const character = text[index] ?? '';
    if (isWordStart(character)) {
      index++;
      continue;
    }
    const next = text[index + 1];
    if (character.charCodeAt(0) >= 128 && combiningMark.test(character)) {
      index++;
      continue;
    }
    // Apostrophes, hyphens and stops inside a word: don’t, Anna-Lena, U.S, 3.5.
    if (
      (character === '’' ||
        character === "'" ||
        character === '-' ||
        character === '‐' ||
        character === '.') &&
      next !== undefined &&
      index + 1 < end &&
      isWordStart(next)
    ) {
      index += 2;
      continue;
    }
    // Thousands separators: 212,000.
    if (
      character === ',' &&
      isDigit(text[index - 1]) &&
      isDigit(next) &&
      isDigit(text[index + 2]) &&
      isDigit(text[index + 3]) &&
      !isDigit(text[index + 4])
    ) {
      index += 4;
      continue;
    }
    break;
  }
  return index;
}

interface QuoteIndex {
  /** outermost quotations by the offset of their opening mark */
  byOpen: Map<number, QuoteSpan>;
  /** offsets of closing marks */
  closes: Set<number>;
}

function indexQuotes(quotes: QuoteSpan[]): QuoteIndex {
  const byOpen = new Map<number, QuoteSpan>();
  const closes = new Set<number>();
  for (const quote of quotes) {
    byOpen.set(quote.open, quote);
    if (!quote.runsOn) closes.add(quote.end);
  }
  return { byOpen, closes };
}

const whitespace = /\s/u;

export function tokenize(
  text: string,
  start: number,
  end: number,
  quotes: QuoteSpan[] | QuoteIndex,
): Token[] {
  const { byOpen: quoteAt, closes } = Array.isArray(quotes) ? indexQuotes(quotes) : quotes;
  const tokens: Token[] = [];
  let index = start;
  while (index < end) {
    const character = text[index] ?? '';
    if (character === ' ' || whitespace.test(character)) {
      index++;
      continue;
    }
    const quote = quoteAt.get(index);
    if (quote !== undefined) {
      const tokenEnd = Math.min(quote.close, end);
      tokens.push(makeToken('quote', text, index, tokenEnd, quote));
      index = tokenEnd;
      continue;
    }
    if (isWordStart(character)) {
      let tokenEnd = wordEnd(text, index, end);
      // A trailing apostrophe that is not a quotation mark is a plural possessive (countries’).
      const after = text[tokenEnd] ?? '';
      if ((after === '’' || after === "'") && !quoteAt.has(tokenEnd) && !closes.has(tokenEnd)) {
        tokenEnd++;
      }
      const kind = isDigit(character) ? 'number' : 'word';
      tokens.push(makeToken(kind, text, index, tokenEnd));
      index = tokenEnd;
      continue;
    }
    tokens.push(makeToken('punct', text, index, index + 1));
    index++;
  }
  return tokens;
}

function makeToken(
  kind: Token['kind'],
  text: string,
  start: number,
  end: number,
  quote?: QuoteSpan,
): Token {
  const tokenText = text.slice(start, end);
  const lower = tokenText.toLowerCase();
  const pluralOwner = kind === 'word' && (lower.endsWith('s’') || lower.endsWith("s'"));
  const singularOwner = kind === 'word' && (lower.endsWith('’s') || lower.endsWith("'s"));
  const base = pluralOwner ? lower.slice(0, -1) : singularOwner ? lower.slice(0, -2) : lower;
  const token: Token = {
    kind,
    start,
    end,
    text: tokenText,
    lower,
    capitalised: isUpperCase(tokenText[0] ?? ''),
    possessive: pluralOwner || singularOwner,
    base,
  };
  if (quote !== undefined) token.quote = quote;
  return token;
}

function isUpperCase(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return upperCase.test(character);
}

const sentenceEnders = new Set(['.', '!', '?', '…']);
const trailingClosers = new Set([')', ']', '"', '”', '’', "'", '»']);

/** Sentences of every paragraph (a paragraph is a line), with their tokens. */
export function splitSentences(text: string, outerQuotes: QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  const quoteIndex = indexQuotes(outerQuotes);
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let index = text.indexOf('\n', lineStart);
    if (index === -1) index = text.length;
    if (index > lineStart && text[index - 1] === '\r') index--;
    if (/\S/u.test(text.slice(lineStart, index))) {
      const tokens = tokenize(text, lineStart, index, quoteIndex);
      let sentenceTokens: Token[] = [];
      let indexInParagraph = 0;
      tokens.forEach((token, position) => {
        sentenceTokens.push(token);
        const next = tokens[position + 1];
        if (next !== undefined && endsSentence(tokens, position)) {
          sentences.push(makeSentence(sentenceTokens, paragraph, indexInParagraph++));
          sentenceTokens = [];
        }
      });
      if (sentenceTokens.length > 0) {
        sentences.push(makeSentence(sentenceTokens, paragraph, indexInParagraph));
      }
      paragraph++;
    }
    lineStart = text[index] === '\r' ? index + 2 : index + 1;
  }
  return sentences;
}

function makeSentence(tokens: Token[], paragraph: number, indexInParagraph: number): Sentence {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return {
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    paragraph,
    indexInParagraph,
    tokens,
  };
}

function endsSentence(tokens: Token[], position: number): boolean {
  const token = tokens[position];
  const next = tokens[position + 1];
  if (token === undefined || next === undefined) return false;
  if (next.start === token.end && next.kind !== 'quote') {
    // "3.5" or "U.S." are single tokens; a stop glued to the next word is not a boundary.
    if (!trailingClosers.has(next.text)) return false;
  }
  const nextStartsSentence =
    (next.kind === 'word' && next.capitalised) ||
    next.kind === 'number' ||
    (next.kind === 'quote' && sentenceEnders.has(tokens[position]?.text ?? '')) ||
    next.text === '(';
  if (token.kind === 'quote') {
    const inner =
      token.quote === undefined ? '' : token.text.slice(0, token.quote.end - token.start).trimEnd();
    return sentenceEnders.has(inner.slice(-1)) && next.kind === 'word' && next.capitalised;
  }
  if (!sentenceEnders.has(token.text)) {
    // A closing bracket or mark after the stop: "(…in 2024.) Next".
    if (trailingClosers.has(token.text) && sentenceEnders.has(tokens[position - 1]?.text ?? '')) {
      return nextStartsSentence;
    }
    return false;
  }
  if (next.kind === 'punct' && trailingClosers.has(next.text)) return false;
  if (token.text === '.') {
    const previous = tokens[position - 1];
    if (previous !== undefined && previous.end === token.start && previous.kind === 'word') {
      if (isAbbreviation(previous.lower)) return false;
      // An initial: "J. Smith".
      if (/^\p{Lu}$/u.test(previous.text)) return false;
    }
  }
  return nextStartsSentence;
}
