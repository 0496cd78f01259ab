// Name comparison for speakers: a loose, transliteration-aware key and the matcher the finder
// and the UI's speaker autocomplete share. Names reach analysts through several romanisation
// systems (Cyrillic, Turkic, Persian and East Asian names are spelled differently by each outlet),
// so the key folds the usual spelling alternations instead of listing names.
// It must not know any particular person.

import type { KnownSpeaker } from './types';

const leadingWords = new Set(['the', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame']);

const letterFolds: ReadonlyArray<readonly [RegExp, string]> = [
  [/ø/g, 'o'],
  [/æ/g, 'ae'],
  [/œ/g, 'oe'],
  [/ß/g, 'ss'],
  [/[łŀ]/g, 'l'],
  [/đ/g, 'd'],
  [/ı/g, 'i'],
  [/þ/g, 'th'],
];

// Order matters: the longer spellings of one sound are folded before their parts.
const soundFolds: ReadonlyArray<readonly [RegExp, string]> = [
  [/dzh/g, 'j'],
  [/dj/g, 'j'],
  [/zh/g, 'j'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  // Wade-Giles hs is pinyin x (Hsu / Xu).
  [/^hs/g, 'x'],
  // Cyrillic initial Е is written Ye or E (Yerlan / Erlan, Yevgeny / Evgeny).
  [/^ye(?=[^aeiou])/g, 'e'],
];

function foldToken(token: string): string {
  let folded = token;
  for (const [pattern, replacement] of soundFolds) folded = folded.replace(pattern, replacement);
  // A word's first letter keeps y, j and i apart: there they start different given names
  // (Jan / Ian / Yan, Juan / Yuan). Inside a word they are one sound spelled three ways.
  folded = folded.slice(0, 1) + folded.slice(1).replace(/[yj]/g, 'i');
  // Doubled letters carry no meaning across romanisations (Saatbek / Satbek, Dmitrii / Dmitri).
  folded = folded.replace(/(.)\1+/g, '$1');
  // An i between two vowels is the y glide of Cyrillic е, ё, я, ю (Kulubayev / Kulubaev); one
  // next to a single vowel is a real vowel (Mia / Ma, Maria / Mara).
  folded = folded.replace(/(?<=[aeou])i(?=[aeou])/g, '');
  return folded;
}

function plainTokens(name: string): string[] {
  let lower = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  for (const [pattern, replacement] of letterFolds) lower = lower.replace(pattern, replacement);
  const tokens = lower
    .replace(/['’ʼ`´]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
  while (tokens.length > 1 && leadingWords.has(tokens[0] ?? '')) tokens.shift();
  return tokens;
}

/**
 * The normalised comparison key of a name: case, diacritics, apostrophes, hyphens, a leading
 * "the" or honorific, doubled letters and the common romanisation alternations
 * (y/i/j inside a word, kh/h, dj/dzh/zh/j, ph/f, w/v, q/k, Wade-Giles hs/x, initial ye/e) are
 * folded away; a word's first letter
 * and a vowel that is not a glide are kept, so distinct given names keep distinct keys.
 */
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    key = plainTokens(name).map(foldToken).join(' ');
    // The cache only remembers results; it is bounded so a long session cannot grow it forever.
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(name, key);
  }
  return key;
}

const keyCache = new Map<string, string>();

function exactKey(name: string): string {
  return plainTokens(name).join(' ');
}

function namesOf(speaker: KnownSpeaker): string[] {
  return [speaker.name, ...speaker.aliases];
}

function unique(matches: KnownSpeaker[]): KnownSpeaker | null {
  const distinct = [...new Set(matches)];
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
}

/**
 * The known speaker a name refers to, or null. Exact spellings win over transliteration
 * variants, full names over partial ones ("Otyzbayev", or a full name whose known form is
 * shorter). At every level the match must be unique, because a wrong speaker is worse than none.
 */
export function matchSpeaker(name: string, speakers: KnownSpeaker[]): KnownSpeaker | null {
  const exact = exactKey(name);
  if (exact === '') return null;
  // An alias two speakers share ("ministers") identifies neither.
  const exactMatches = speakers.filter((speaker) =>
    namesOf(speaker).some((candidate) => exactKey(candidate) === exact),
  );
  if (exactMatches.length > 0) return unique(exactMatches);
  const loose = nameKey(name);
  const looseMatches = speakers.filter((speaker) =>
    namesOf(speaker).some((candidate) => nameKey(candidate) === loose),
  );
  if (looseMatches.length > 0) return unique(looseMatches);
  // A pinyin given name is written as one word, hyphenated or spaced (Xi Jinping / Xi Jin-ping /
  // Xi Jin Ping); the whole name, written without spaces, must then be the same.
  const compact = (key: string): string | null =>
    key.includes(' ') ? key.replace(/ /g, '') : null;
  const compactName = compact(loose);
  if (compactName !== null) {
    const compactMatches = speakers.filter((speaker) =>
      namesOf(speaker).some((candidate) => compact(nameKey(candidate)) === compactName),
    );
    if (compactMatches.length > 0) return unique(compactMatches);
  }

  const tokens = loose.split(' ');
  const partialMatches = speakers.filter((speaker) =>
    namesOf(speaker).some((candidate) => {
      const candidateTokens = nameKey(candidate).split(' ');
      const [shorter, longer] =
        tokens.length <= candidateTokens.length
          ? [tokens, candidateTokens]
          : [candidateTokens, tokens];
      // Every word of the shorter form must be in the longer one, so two different given names
      // with one surname (Mia Chen / Ma Chen) stay apart; an initial stands for any word with
      // that first letter.
      const words = shorter.filter((token) => token.length > 1);
      const initials = shorter.filter((token) => token.length === 1);
      return (
        words.length > 0 &&
        words.every((token) => longer.includes(token)) &&
        initials.every((initial) => longer.some((token) => token.startsWith(initial)))
      );
    }),
  );
  return unique(partialMatches);
}
