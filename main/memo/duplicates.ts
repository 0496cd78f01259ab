// Finds the same statement by the same speaker reported in several articles, so the memo
// shows it once and says who else reported it. Two passages in different articles are the
// same statement when, after folding case, quotation marks, punctuation and spacing:
// - their words are identical;
// - one contains the other whole (an article quoting part of a longer sentence); or
// - they share most of their content words and a good part of their word pairs, in order
//   (two translations of one remark: "to become the flagship among the mechanisms" and
//   "to become a flagship among the mechanisms"). Requiring pairs as well as words keeps
//   apart different remarks made of the same common words.
// For the reports it groups, wordingNotes says where another outlet's wording changes what the
// statement says (a negation, number, modal verb or name), through main/corroboration.
// Pure; knows nothing of the database or of how a memo is laid out.
//
// It runs on every memo compile, so it is written for speed: words and word pairs are hashed
// as the text is scanned (no word strings are made), and candidates come from prefix
// filtering (each passage is indexed under a few of its word pairs only, the "AllPairs"
// method) instead of comparing every two passages. Two different words (or pairs) with the
// same 30-bit hash would count as one; among the few thousand words of one speaker that is
// vanishingly unlikely, and could at worst join two passages that were otherwise nearly the
// same.

import type { MeaningChange } from '../domain/corroboration';
import { compareWordings } from '../corroboration';

/** Share of the larger passage's content words the two must have in common. */
export const WORD_THRESHOLD = 0.7;
/** Share of the larger passage's consecutive content-word pairs the two must have in common. */
export const PAIR_THRESHOLD = 1 / 3;
/** Fewer content words than this and overlap says little; only identical text counts. */
const MIN_CONTENT_WORDS = 4;
/** A shorter passage counts as contained in a longer one only from this many words. */
const MIN_CONTAINED_WORDS = 8;

const STOP_WORDS = (
  'a an the and or but nor so of in on at to for from by with as into onto about over under ' +
  'than then that this these those it its is are was were be been being am will would shall ' +
  'should can could may might must do does did has have had not no our we us you your he him ' +
  'his she her they them their i me my which who whom whose what where when while also very'
).split(' ');

export interface DuplicateCandidate {
  /** Only passages of the same speaker can be the same statement. */
  speakerId: number | null;
  articleId: number;
  exact: string;
}

/** The words of a passage with case, quotation marks, punctuation and spacing folded away. */
export function comparableWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// Hashes and keys are kept to 30 bits: V8 stores smaller integers unboxed, and a Map keyed
// by them is several times faster than one keyed by boxed numbers.
const SMALL = 2;

/** FNV-1a of a folded word. */
function hashWord(word: string): number {
  let hash = FNV_OFFSET;
  for (let at = 0; at < word.length; at += 1)
    hash = Math.imul(hash ^ word.charCodeAt(at), FNV_PRIME);
  return hash >>> SMALL;
}

const STOP_HASHES = new Set(STOP_WORDS.map(hashWord));

/**
 * The hash of each comparable word, in order. Plain ASCII (most quotations) is scanned a
 * character at a time; anything else goes through Unicode normalisation and classes first.
 */
export function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let at = 0; at < text.length; at += 1) {
    let code = text.charCodeAt(at);
    if (code > 0x7f) return comparableWords(text).map(hashWord);
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (!inWord) {
        hash = FNV_OFFSET;
        inWord = true;
      }
      hash = Math.imul(hash ^ code, FNV_PRIME);
    } else if (inWord) {
      hashes.push(hash >>> SMALL);
      inWord = false;
    }
  }
  if (inWord) hashes.push(hash >>> SMALL);
  return hashes;
}

interface Prepared {
  /** Position in the speaker's group, which keeps the input's order. */
  index: number;
  articleId: number;
  /** Every word's hash, stop words included, in order. */
  sequence: number[];
  /** A hash of the whole sequence, to find identical passages quickly. */
  sequenceHash: number;
  /** Distinct content-word hashes, ascending. */
  words: number[];
  /** Distinct hashes of consecutive content-word pairs, ascending (the global order below). */
  pairs: number[];
}

class DisjointSets {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let index = 0; index < size; index += 1) this.parent[index] = index;
  }
  find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[index] !== root) {
      const next = this.parent[index]!;
      this.parent[index] = root;
      index = next;
    }
    return root;
  }
  /** Joins two sets; the smaller index stays the root, so groups keep the input's order. */
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return;
    if (rootA < rootB) this.parent[rootB] = rootA;
    else this.parent[rootA] = rootB;
  }
}

/**
 * Lists of passage positions by pair hash, in flat typed arrays (open addressing for the
 * keys, linked lists for the postings): a Map of arrays costs several times more here.
 */
class PairIndex {
  private readonly keys: Int32Array;
  private readonly heads: Int32Array;
  private readonly values: Int32Array;
  private readonly next: Int32Array;
  private size = 0;
  private readonly mask: number;
  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.keys = new Int32Array(slots);
    this.heads = new Int32Array(slots).fill(-1);
    this.values = new Int32Array(Math.max(capacity, 1));
    this.next = new Int32Array(Math.max(capacity, 1));
  }
  /** The slot of a key (stored plus one, so zero means empty). */
  private slot(key: number): number {
    let at = Math.imul(key, 0x9e3779b1) & this.mask;
    while (this.keys[at] !== 0 && this.keys[at] !== key + 1) at = (at + 1) & this.mask;
    return at;
  }
  add(key: number, value: number): void {
    const at = this.slot(key);
    this.keys[at] = key + 1;
    this.values[this.size] = value;
    this.next[this.size] = this.heads[at]!;
    this.heads[at] = this.size;
    this.size += 1;
  }
  /** The first posting of a key, or -1; follow with nextOf. */
  first(key: number): number {
    return this.heads[this.slot(key)]!;
  }
  nextOf(posting: number): number {
    return this.next[posting]!;
  }
  valueOf(posting: number): number {
    return this.values[posting]!;
  }
}

/** How many values two ascending lists share. */
function sharedCount(a: readonly number[], b: readonly number[]): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/** Whether `short` occurs as consecutive words of `long`. */
function containsRun(long: readonly number[], short: readonly number[]): boolean {
  outer: for (let start = 0; start + short.length <= long.length; start += 1) {
    for (let at = 0; at < short.length; at += 1) if (long[start + at] !== short[at]) continue outer;
    return true;
  }
  return false;
}

/** How many of a list's first entries must be indexed (or probed) to meet a threshold. */
function prefixLength(size: number, threshold: number): number {
  return size === 0 ? 0 : size - Math.ceil(threshold * size) + 1;
}

function isSameStatement(a: Prepared, b: Prepared): boolean {
  const largerWords = Math.max(a.words.length, b.words.length);
  const [short, long] = a.sequence.length <= b.sequence.length ? [a, b] : [b, a];
  // Sizes alone often rule both tests out, before any list is merged.
  const mayOverlap =
    largerWords >= MIN_CONTENT_WORDS &&
    Math.min(a.words.length, b.words.length) >= WORD_THRESHOLD * largerWords;
  const mayContain =
    short.sequence.length >= MIN_CONTAINED_WORDS && short.words.length <= long.words.length;
  if (!mayOverlap && !mayContain) return false;
  const sharedWords = sharedCount(a.words, b.words);
  if (
    mayOverlap &&
    sharedWords >= WORD_THRESHOLD * largerWords &&
    sharedCount(a.pairs, b.pairs) >= PAIR_THRESHOLD * Math.max(a.pairs.length, b.pairs.length)
  ) {
    return true;
  }
  return (
    mayContain && sharedWords === short.words.length && containsRun(long.sequence, short.sequence)
  );
}

function sameSequence(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((hash, at) => hash === b[at]);
}

function findInGroup(items: Prepared[], sets: DisjointSets): void {
  const byHash = new Map<number, Prepared[]>();
  for (const item of items) {
    const same = byHash.get(item.sequenceHash);
    if (!same) {
      byHash.set(item.sequenceHash, [item]);
      continue;
    }
    const first = same.find((other) => sameSequence(other.sequence, item.sequence));
    if (!first) same.push(item);
    else if (first.articleId !== item.articleId) sets.union(first.index, item.index);
  }
  // Smallest first, so each passage is probed against the smaller (or equal) ones already
  // indexed, and a passage contained in another is always indexed before it.
  const order = [...items].sort(
    (a, b) =>
      a.pairs.length - b.pairs.length || a.sequence.length - b.sequence.length || a.index - b.index,
  );
  // One index over only a little of each passage: its first pairs in a fixed global order
  // (ascending hash, which spreads pairs evenly), at least one of them:
  // - sharing PAIR_THRESHOLD of the larger passage's pairs means the two passages' prefixes
  //   of that length have a pair in common, so a passage probes its own prefix for those;
  // - a passage contained in another has all its pairs in the other, its first among them,
  //   so a passage probes all its pairs for smaller passages it might contain.
  let indexedPairs = 0;
  for (const item of order) indexedPairs += Math.max(1, item.pairs.length);
  const pairIndex = new PairIndex(indexedPairs);
  const seen = new Int32Array(order.length).fill(-1);
  order.forEach((item, position) => {
    const size = item.pairs.length;
    const prefix = item.words.length >= MIN_CONTENT_WORDS ? prefixLength(size, PAIR_THRESHOLD) : 0;
    for (let at = 0; at < size; at += 1) {
      for (
        let posting = pairIndex.first(item.pairs[at]!);
        posting !== -1;
        posting = pairIndex.nextOf(posting)
      ) {
        const candidatePosition = pairIndex.valueOf(posting);
        if (seen[candidatePosition] === position) continue;
        const candidate = order[candidatePosition]!;
        // Sharing a third of the larger passage's pairs needs the smaller one to have that many.
        const overlapping = at < prefix && candidate.pairs.length >= PAIR_THRESHOLD * size;
        const containable =
          candidate.sequence.length >= MIN_CONTAINED_WORDS &&
          candidate.sequence.length <= item.sequence.length;
        if (!overlapping && !containable) continue;
        seen[candidatePosition] = position;
        if (candidate.articleId !== item.articleId && isSameStatement(candidate, item))
          sets.union(candidate.index, item.index);
      }
    }
    const indexed = Math.max(prefix, Math.min(size, 1));
    for (let at = 0; at < indexed; at += 1) pairIndex.add(item.pairs[at]!, position);
  });
}

const ascending = (a: number, b: number): number => a - b;

/** Distinct values of a list, ascending (insertion sort: the lists are short). */
function distinctSorted(values: number[]): number[] {
  if (values.length > 48) values.sort(ascending);
  else {
    for (let at = 1; at < values.length; at += 1) {
      const value = values[at]!;
      let to = at - 1;
      while (to >= 0 && values[to]! > value) {
        values[to + 1] = values[to]!;
        to -= 1;
      }
      values[to + 1] = value;
    }
  }
  let kept = 0;
  for (let at = 0; at < values.length; at += 1)
    if (at === 0 || values[at] !== values[kept - 1]) values[kept++] = values[at]!;
  values.length = kept;
  return values;
}

function prepare(text: string, index: number, articleId: number): Prepared {
  const sequence = wordHashes(text);
  const words: number[] = [];
  const pairs: number[] = [];
  let sequenceHash = FNV_OFFSET;
  let previous = -1;
  for (const hash of sequence) {
    sequenceHash = Math.imul(sequenceHash ^ hash, FNV_PRIME);
    if (STOP_HASHES.has(hash)) continue;
    words.push(hash);
    if (previous >= 0) pairs.push((Math.imul(previous, 0x9e3779b1) ^ hash) >>> SMALL);
    previous = hash;
  }
  return {
    index,
    articleId,
    sequence,
    sequenceHash: sequenceHash >>> SMALL,
    words: distinctSorted(words),
    pairs: distinctSorted(pairs),
  };
}

/**
 * Groups passages that are the same statement. Returns, for each input, the index of the
 * first input in its group (itself when it stands alone). Passages without a speaker, or in
 * the same article, are never grouped with each other.
 */
export function findDuplicates(candidates: readonly DuplicateCandidate[]): number[] {
  const sets = new DisjointSets(candidates.length);
  const bySpeaker = new Map<number, number[]>();
  candidates.forEach((candidate, index) => {
    if (candidate.speakerId === null) return;
    const group = bySpeaker.get(candidate.speakerId);
    if (group) group.push(index);
    else bySpeaker.set(candidate.speakerId, [index]);
  });
  for (const indices of bySpeaker.values()) {
    if (indices.length < 2) continue;
    const items = indices.map((index, position) =>
      prepare(candidates[index]!.exact, position, candidates[index]!.articleId),
    );
    const local = new DisjointSets(indices.length);
    findInGroup(items, local);
    for (let position = 0; position < indices.length; position += 1) {
      sets.union(indices[local.find(position)]!, indices[position]!);
    }
  }
  return candidates.map((_, index) => sets.find(index));
}

/** A report of a statement, as wordingNotes names it. */
export interface WordingSource {
  exact: string;
  articleTitle: string;
  articlePublisher: string | null;
}

const CHANGE_LABELS: Record<MeaningChange['kind'], string> = {
  negation: 'negation',
  number: 'number',
  modal: 'modal verb',
  entity: 'name',
};

function quoted(words: readonly string[]): string {
  return words.map((word) => `“${word}”`).join(', ');
}

function describeChange(change: MeaningChange): string {
  const label = CHANGE_LABELS[change.kind];
  if (change.before.length === 0) return `adds the ${label} ${quoted(change.after)}`;
  if (change.after.length === 0) return `leaves out the ${label} ${quoted(change.before)}`;
  return `has the ${label} ${quoted(change.after)} for ${quoted(change.before)}`;
}

/**
 * One sentence for each other report whose wording changes the meaning of the first's
 * ("Harbour Gazette's wording differs in meaning: it has the modal verb “may” for “will”.");
 * none for reports that differ only in wording. Identical words are passed over unaligned,
 * since most reports a memo groups are the same words.
 */
export function wordingNotes(first: WordingSource, others: readonly WordingSource[]): string[] {
  if (others.length === 0) return [];
  const firstWords = wordHashes(first.exact);
  const notes: string[] = [];
  for (const other of others) {
    if (other.exact === first.exact || sameSequence(wordHashes(other.exact), firstWords)) continue;
    const { changes } = compareWordings(first.exact, other.exact);
    if (changes.length === 0) continue;
    const outlet = other.articlePublisher ?? `“${other.articleTitle}”`;
    notes.push(
      `${outlet}’s wording differs in meaning: it ${changes.map(describeChange).join('; ')}.`,
    );
  }
  return notes;
}
