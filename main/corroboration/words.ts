// The words of a wording, with where each stands in the text and the key two outlets' spellings
// of it share: case, diacritics, quotation marks and apostrophes folded, a light English stem
// (plural, -ing, -ed, -ly, final e) and the quote finder's transliteration folds (y/i, kh/h,
// doubled letters…), so "Tokayev's countries" and "Tokaev's country" have the same keys.
// Pure; knows no article, person or phrase.
import { nameKey } from '../quotes/name-key';

export interface Word {
  /** As written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** What two spellings of the same word share. */
  readonly key: string;
  /** Lower case with apostrophes as ', for the word lists below. */
  readonly lower: string;
  /** A function word: it says little about which statement this is. */
  readonly stop: boolean;
  /** The first word of the wording or of a sentence (its capital says nothing of a name). */
  readonly initial: boolean;
}

// Negations and modal verbs are stop words for matching (two reports of one remark often
// differ in them), and precisely what meaning.ts looks for in the differences.
const STOP_WORDS = new Set(
  (
    'a an the and or but nor so of in on at to for from by with as into onto about over under ' +
    'than then that this these those it its is are was were be been being am will would shall ' +
    'should can could may might must do does did has have had not no our we us you your he him ' +
    'his she her they them their i me my which who whom whose what where when while also very ' +
    'there here all any each such own just both more most other some only own too out up ' +
    "cannot can't won't don't doesn't didn't isn't aren't wasn't weren't we'll we're we've " +
    "it's i'm i'll they'll they're let's"
  ).split(' '),
);

// Letters and digits, with inner apostrophes ("don't"), decimal or thousands marks between
// digits ("30.05", "1,200") and a trailing "+1" or "+" ("CA+1", "Central Asia+") kept in one word.
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*(?:[.,]\p{N}+)*(?:\+\p{N}*)?/gu;

/** A light English stem: enough to join "countries"/"country", "creating"/"create". */
export function stem(word: string): string {
  let stemmed = word;
  if (stemmed.length > 4 && stemmed.endsWith('ies')) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (stemmed.endsWith('sses')) stemmed = stemmed.slice(0, -2);
  else if (
    stemmed.length > 3 &&
    stemmed.endsWith('s') &&
    !stemmed.endsWith('ss') &&
    !stemmed.endsWith('us') &&
    !stemmed.endsWith('is')
  )
    stemmed = stemmed.slice(0, -1);
  if (stemmed.length > 5 && stemmed.endsWith('ing')) stemmed = stemmed.slice(0, -3);
  else if (stemmed.length > 4 && stemmed.endsWith('ed')) stemmed = stemmed.slice(0, -2);
  else if (stemmed.length > 4 && stemmed.endsWith('ly')) stemmed = stemmed.slice(0, -2);
  if (stemmed.length > 4 && stemmed.endsWith('e')) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

const keyCache = new Map<string, string>();

function keyOf(lower: string): string {
  let key = keyCache.get(lower);
  if (key !== undefined) return key;
  // The transliteration folds double letters, which also joins "planned" and "planed": harmless
  // when both sides are folded alike.
  key = /^\p{L}+$/u.test(lower) ? nameKey(stem(lower)) || lower : lower;
  // Only remembers results; bounded so a long session cannot grow it forever.
  if (keyCache.size > 50_000) keyCache.clear();
  keyCache.set(lower, key);
  return key;
}

// A word in plain ASCII (most are) needs no Unicode folding.
const ASCII = /^[ -~]*$/;
const SENTENCE_OPENERS = new Set([...'.!?…:;"“”«»‘’(\n']);

/** Whether a word at `start` opens the text or a sentence (spaces aside). */
function opensSentence(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at -= 1;
  return at < 0 || SENTENCE_OPENERS.has(text[at]!);
}

/** The words of a text, in order. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const written = match[0];
    const lower = ASCII.test(written)
      ? written.toLowerCase()
      : written
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase()
          .replace(/[’ʼ]/g, "'");
    words.push({
      text: written,
      start,
      end: start + written.length,
      key: keyOf(lower),
      lower,
      stop: STOP_WORDS.has(lower),
      initial: words.length === 0 || opensSentence(text, start),
    });
  }
  return words;
}

/** The keys of the words that say which statement this is, in order. */
export function contentKeys(words: readonly Word[]): string[] {
  return words.filter((word) => !word.stop).map((word) => word.key);
}
