// Whether two wordings of one statement differ in what they say or only in how: among the
// words that differ between the first and last words they share (words beyond those are one
// outlet quoting more of the remark), a negation, a number, a modal verb or a name that one
// wording has and the other has not changes the meaning; anything else is wording.
// A name the other wording spells out as the words its initials stand for ("CA" and "Central
// Asia") is the same name. Pure; knows no person, place or phrase.
import type { MeaningChange, MeaningChangeKind } from '../domain/corroboration';
import type { WordStep } from './diff';
import type { Word } from './words';

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'neither',
  'none',
  'nothing',
  'nobody',
  'nowhere',
  'without',
  'cannot',
]);

const MODALS = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'ought',
]);

/** What a contraction stands for: "won't" is both "will" and "not". */
const CONTRACTED_MODALS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^won't$/, 'will'],
  [/^can't$/, 'can'],
  [/^shan't$/, 'shall'],
  [/'ll$/, 'will'],
  [/'d$/, 'would'],
  [/^(would|should|could|must|might)n't$/, '$1'],
];

const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  half: 0.5,
  dozen: 12,
  double: 2,
  twice: 2,
  triple: 3,
};

function isNegation(word: Word): boolean {
  return NEGATIONS.has(word.lower) || word.lower.endsWith("n't");
}

/** The modal verb a word is or contains ("won't" -> "will"), from its lower-case form. */
function modalOf(lower: string): string | null {
  if (MODALS.has(lower)) return lower;
  for (const [pattern, modal] of CONTRACTED_MODALS)
    if (pattern.test(lower)) return lower.replace(pattern, modal);
  return null;
}

/** The number a word stands for, as a string ("1,200" and "1200" alike), or null. */
function numberOf(word: Word): string | null {
  if (/^\p{N}+(?:[.,]\p{N}+)*$/u.test(word.lower)) {
    // A comma before exactly three digits groups thousands; otherwise it is a decimal mark.
    const plain = word.lower.replace(/,(?=\d{3}(?:\D|$))/g, '').replace(',', '.');
    const value = Number(plain);
    return Number.isFinite(value) ? String(value) : word.lower;
  }
  const value = NUMBER_WORDS[word.lower];
  return value === undefined ? null : String(value);
}

/** A word written with a capital where a sentence does not call for one, or in capitals. */
function isName(word: Word): boolean {
  if (word.stop || word.lower === 'i') return false;
  if (!/^\p{Lu}/u.test(word.text)) return false;
  const letters = word.text.replace(/[^\p{L}]/gu, '');
  return !word.initial || (letters.length >= 2 && letters === letters.toUpperCase());
}

/** The letters of an all-capitals name ("CA+1" -> "ca"), or null for other words. */
function initialsOf(word: Word): string | null {
  const letters = word.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase()
    ? letters.toLowerCase()
    : null;
}

/**
 * Whether two name keys are one name: the same, or one the other's adjective or demonym
 * ("Asia"/"Asian", "China"/"Chinese"): a shared beginning of four letters or more that is most
 * of the longer one.
 */
function relatedNames(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return common >= 4 && common >= 0.6 * Math.max(a.length, b.length);
}

type KeyOf = (word: Word) => string | null;

/** Pairs off words of the two lists whose keys agree, once each; returns the rest of each. */
function pairOff(
  before: readonly Word[],
  after: readonly Word[],
  keyOf: KeyOf,
  same: (a: string, b: string) => boolean,
): { before: Word[]; after: Word[] } {
  const rest = [...after];
  const onlyBefore: Word[] = [];
  for (const word of before) {
    const at = rest.findIndex((other) => same(keyOf(other)!, keyOf(word)!));
    if (at >= 0) rest.splice(at, 1);
    else onlyBefore.push(word);
  }
  return { before: onlyBefore, after: rest };
}

/**
 * The words of one kind (those `keyOf` gives a key) that only one wording has among the words
 * that differ between its first and last shared ones. A word the other wording has elsewhere
 * among its differing words (before or after the shared ones, say) was moved, not changed.
 */
function differing(
  removed: { inside: readonly Word[]; all: readonly Word[] },
  added: { inside: readonly Word[]; all: readonly Word[] },
  keyOf: KeyOf,
  same: (a: string, b: string) => boolean = (a, b) => a === b,
): { before: Word[]; after: Word[] } {
  const has = (word: Word) => keyOf(word) !== null;
  const paired = pairOff(removed.inside.filter(has), added.inside.filter(has), keyOf, same);
  const addedElsewhere = added.all.filter((word) => has(word) && !added.inside.includes(word));
  const removedElsewhere = removed.all.filter(
    (word) => has(word) && !removed.inside.includes(word),
  );
  return {
    before: pairOff(paired.before, addedElsewhere, keyOf, same).before,
    after: pairOff(paired.after, removedElsewhere, keyOf, same).before,
  };
}

/**
 * Drops an acronym on one side whose letters are the initials of consecutive names on the other
 * (those names are dropped with it).
 */
function dropAcronyms(acronyms: Word[], names: Word[]): { acronyms: Word[]; names: Word[] } {
  let remainingNames = [...names];
  const remainingAcronyms: Word[] = [];
  for (const acronym of acronyms) {
    const letters = initialsOf(acronym);
    let matched = false;
    if (letters) {
      for (let from = 0; from + letters.length <= remainingNames.length && !matched; from += 1) {
        const run = remainingNames.slice(from, from + letters.length);
        const initials = run.map((name) => name.lower.charAt(0)).join('');
        if (initials === letters) {
          remainingNames = [
            ...remainingNames.slice(0, from),
            ...remainingNames.slice(from + letters.length),
          ];
          matched = true;
        }
      }
    }
    if (!matched) remainingAcronyms.push(acronym);
  }
  return { acronyms: remainingAcronyms, names: remainingNames };
}

/** The differences between two aligned wordings that change what the statement says. */
export function meaningChanges(
  steps: readonly WordStep[],
  first: readonly Word[],
  second: readonly Word[],
): MeaningChange[] {
  const firstEqual = steps.findIndex((step) => step.kind === 'equal');
  if (firstEqual < 0) return [];
  let lastEqual = firstEqual;
  steps.forEach((step, at) => {
    if (step.kind === 'equal') lastEqual = at;
  });
  const removed: Word[] = [];
  const added: Word[] = [];
  const removedAll: Word[] = [];
  const addedAll: Word[] = [];
  steps.forEach((step, at) => {
    const inside = at > firstEqual && at < lastEqual;
    if (step.kind === 'delete') {
      removedAll.push(first[step.index]!);
      if (inside) removed.push(first[step.index]!);
    } else if (step.kind === 'insert') {
      addedAll.push(second[step.index]!);
      if (inside) added.push(second[step.index]!);
    }
  });
  const changes: MeaningChange[] = [];
  const report = (kind: MeaningChangeKind, found: { before: Word[]; after: Word[] }): void => {
    if (found.before.length > 0 || found.after.length > 0)
      changes.push({
        kind,
        before: found.before.map((word) => word.text),
        after: found.after.map((word) => word.text),
      });
  };
  const removedWords = { inside: removed, all: removedAll };
  const addedWords = { inside: added, all: addedAll };

  report(
    'negation',
    differing(removedWords, addedWords, (word) =>
      isNegation(word) ? (word.lower.endsWith("n't") ? 'not' : word.lower) : null,
    ),
  );
  report('number', differing(removedWords, addedWords, numberOf));
  report(
    'modal',
    differing(removedWords, addedWords, (word) => modalOf(word.lower)),
  );

  const names = differing(
    removedWords,
    addedWords,
    (word) => (isName(word) ? word.key : null),
    relatedNames,
  );
  const acronymsFirst = dropAcronyms(
    names.before.filter((word) => initialsOf(word) !== null),
    names.after,
  );
  const acronymsSecond = dropAcronyms(
    acronymsFirst.names.filter((word) => initialsOf(word) !== null),
    names.before.filter(
      (word) => initialsOf(word) === null || acronymsFirst.acronyms.includes(word),
    ),
  );
  const before = acronymsSecond.names;
  const after = acronymsFirst.names.filter(
    (word) => initialsOf(word) === null || acronymsSecond.acronyms.includes(word),
  );
  // A name only one wording has, where the other says the same in common words ("the
  // region's" for a region's name), specifies rather than changes; a name in place of
  // another does change it.
  if (before.length > 0 && after.length > 0) report('entity', { before, after });
  return changes;
}
