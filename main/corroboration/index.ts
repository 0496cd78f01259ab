// Statements across outlets: whether two passages attributed to one speaker report the same
// statement, how their wordings differ, and which passages of a speaker's, across articles, go
// together. Two passages are the same statement when they share at least MIN_SHARED content
// words (function words, negations and modals aside, after folding case, punctuation, quotation
// marks, plurals and transliteration) and their score reaches SAME_STATEMENT_SCORE: the mean of
// the share of the shorter passage's content words the other has (the overlap), and the share
// that come in the same order (longest common subsequence, at most the overlap). Measuring against the shorter passage
// lets an outlet that quoted one sentence of a longer remark match the outlet that quoted it
// all; requiring order and a minimum of shared words keeps apart two remarks of one speaker on
// one topic, which share topic words but not sentences.
// Pure: passages in, groups and comparisons out. The caller decides which passages are one
// speaker's (matching names with the quote finder's name keys); this module knows no person.
import type { WordingComparison } from '../domain/corroboration';
import { alignWords, runsOf } from './diff';
import { meaningChanges } from './meaning';
import { contentKeys, wordsOf, type Word } from './words';

export { wordsOf } from './words';
export { alignWords, runsOf } from './diff';
export { meaningChanges } from './meaning';

/** The least score at which two passages are one statement. */
export const SAME_STATEMENT_SCORE = 0.6;
/** The fewest content words two passages must share to be one statement. */
export const MIN_SHARED = 5;

interface Prepared {
  readonly text: string;
  readonly words: Word[];
  readonly content: string[];
  readonly distinct: Set<string>;
}

function prepare(text: string): Prepared {
  const words = wordsOf(text);
  const content = contentKeys(words);
  return { text, words, content, distinct: new Set(content) };
}

function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      current[j] =
        a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** The score of two prepared passages, 0 when they share too few content words to count. */
function scoreOf(a: Prepared, b: Prepared): number {
  const [small, large] = a.distinct.size <= b.distinct.size ? [a, b] : [b, a];
  if (small.distinct.size < MIN_SHARED) return 0;
  let shared = 0;
  for (const key of small.distinct) if (large.distinct.has(key)) shared += 1;
  if (shared < MIN_SHARED) return 0;
  const overlap = shared / small.distinct.size;
  // Words in order are counted among the shared ones, so the score is at most the overlap:
  // below the threshold, the order (the costly part) is not computed and the overlap is given.
  if (overlap < SAME_STATEMENT_SCORE) return Math.round(overlap * 1000) / 1000;
  const ordered = Math.min(
    overlap,
    commonSubsequence(small.content, large.content) / Math.max(1, small.content.length),
  );
  return Math.round(((overlap + ordered) / 2) * 1000) / 1000;
}

/** How alike two passages are as reports of one statement: 0..1. */
export function statementScore(first: string, second: string): number {
  return scoreOf(prepare(first), prepare(second));
}

export function isSameStatement(first: string, second: string): boolean {
  return statementScore(first, second) >= SAME_STATEMENT_SCORE;
}

/** How `second` words the statement `first` words: the runs, and what changes the meaning. */
export function compareWordings(first: string, second: string): WordingComparison {
  const a = prepare(first);
  const b = prepare(second);
  const steps = alignWords(a.words, b.words);
  return {
    score: Math.max(0, scoreOf(a, b)),
    runs: runsOf(steps, a, b),
    changes: meaningChanges(steps, a.words, b.words),
  };
}

export interface StatementCandidate {
  readonly articleId: number;
  readonly exact: string;
}

/**
 * Groups one speaker's passages into statements: each group holds passages that report one
 * statement (joined through any member, so a long report links two partial ones), never two
 * of one article, in the input's order. Returns indices into the input, groups in the order of
 * their first member. A passage no other article reports is a group of one.
 */
export function groupStatements(candidates: readonly StatementCandidate[]): number[][] {
  const prepared = candidates.map((candidate) => prepare(candidate.exact));
  const parent = candidates.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!;
      index = parent[index]!;
    }
    return index;
  };
  const articlesOf = candidates.map((candidate) => new Set([candidate.articleId]));
  // Inverted index by content key, so only passages sharing words are compared.
  const byKey = new Map<string, number[]>();
  prepared.forEach((passage, index) => {
    for (const key of passage.distinct) {
      const list = byKey.get(key);
      if (list) list.push(index);
      else byKey.set(key, [index]);
    }
  });
  const pairs: Array<{ a: number; b: number; score: number }> = [];
  // Shared-word counts per later passage, in a typed array reset through the touched list
  // (a Map per passage costs several times more).
  const counts = new Int32Array(candidates.length);
  const touched: number[] = [];
  prepared.forEach((passage, index) => {
    if (passage.distinct.size < MIN_SHARED) return;
    const articleId = candidates[index]!.articleId;
    for (const key of passage.distinct) {
      for (const other of byKey.get(key)!) {
        if (other <= index || candidates[other]!.articleId === articleId) continue;
        if (counts[other] === 0) touched.push(other);
        counts[other] = counts[other]! + 1;
      }
    }
    for (const other of touched) {
      const count = counts[other]!;
      counts[other] = 0;
      if (count < MIN_SHARED) continue;
      // The score is at most the overlap, which the count already gives.
      const smaller = Math.min(passage.distinct.size, prepared[other]!.distinct.size);
      if (count < SAME_STATEMENT_SCORE * smaller) continue;
      const score = scoreOf(passage, prepared[other]!);
      if (score >= SAME_STATEMENT_SCORE) pairs.push({ a: index, b: other, score });
    }
    touched.length = 0;
  });
  // Best pairs first; a pair whose groups already hold one article twice is left apart, so a
  // group never reports one article's two passages as two outlets.
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const { a, b } of pairs) {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA === rootB) continue;
    const articlesA = articlesOf[rootA]!;
    const articlesB = articlesOf[rootB]!;
    if ([...articlesB].some((article) => articlesA.has(article))) continue;
    const [root, child] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    parent[child] = root;
    for (const article of articlesOf[child]!) articlesOf[root]!.add(article);
  }
  const groups = new Map<number, number[]>();
  candidates.forEach((_, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group) group.push(index);
    else groups.set(root, [index]);
  });
  return [...groups.values()].sort((x, y) => x[0]! - y[0]!);
}
