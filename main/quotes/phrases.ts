// Reads the noun phrases that can name a speaker: a person's name with its titles ("Harbour
// Master Ilse Marwick"), a role phrase ("the expert", "the head of the union"), a group ("the
// ministers"), an organisation, a pronoun, or a non-speaker such as an event or a document; and
// where such a phrase starts before a verb. Name runs are read in name-runs.ts, role keys in
// roles.ts.
// It must not know any particular name; it reads shapes, not lists of people.

import {
  isCalendarWord,
  isClauseOpener,
  isCollectiveNoun,
  isDemonym,
  isDeterminer,
  isDocumentNoun,
  isEventNoun,
  isFiniteVerb,
  isGerund,
  isOrganisationNameWord,
  isOrganisationNoun,
  isPreposition,
  isRoleNoun,
  isTitleWord,
  personalPronoun,
  shippedTags,
  wordSet,
} from './lexicon';
import type { Token } from './text-units';
import {
  type Vocabulary,
  isNameToken,
  type NameRun,
  nameRunAt,
  classifyRun,
  leadingPlaceLength,
  postNominalAt,
  runText,
} from './name-runs';
import { roleKeysOf } from './roles';

export type PhraseKind =
  | 'pronoun'
  | 'person'
  | 'name'
  | 'organisation'
  | 'place'
  | 'role'
  | 'collective'
  | 'organisation-noun'
  | 'document'
  | 'event'
  | 'other';

export interface NounPhrase {
  kind: PhraseKind;
  /** token range in the sentence */
  from: number;
  to: number;
  /** character range as written */
  start: number;
  end: number;
  text: string;
  /** the proper name inside, without titles */
  name: { start: number; end: number; text: string } | null;
  /** the role words as written ("Foreign Minister"), without determiners or owners */
  roleText: string | null;
  /** comparison words of the role ("foreign", "minister"), synonyms folded */
  roleKeys: string[];
  /** words that place the role: demonyms, owners, "of X" ("Valdoran", "Valdora", "board") */
  modifiers: string[];
  /** the head noun, lower case */
  head: string;
  /** the text without a leading determiner */
  bare: string;
  /** lower-case words before a name, honorifics included ("ms", "judge"): they can tell gender */
  titles: string[];
  /** the phrase up to its head noun, without "the" ("regional health authority") */
  core: string;
  /** the place an office belongs to: "Valdora" in "Foreign Minister of Valdora X" */
  place: string | null;
}

const relativeWords = new Set(['who', 'which', 'that', 'whose', 'where', 'whom']);

/**
 * Reads tokens [from, to) as one noun phrase: a person's name with its titles, a role, a
 * group, an organisation, a pronoun, an event or a document. Returns null for an empty range
 * or one that holds a quotation.
 */
export function parsePhrase(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  vocabulary: Vocabulary,
): NounPhrase | null {
  while (from < to && tokens[from]?.kind === 'punct') from++;
  while (to > from && tokens[to - 1]?.kind === 'punct') to--;
  const first = tokens[from];
  const last = tokens[to - 1];
  if (from >= to || first === undefined || last === undefined) return null;
  if (tokens.slice(from, to).some((token) => token.kind === 'quote')) return null;
  const start = first.start;
  const end = last.end;
  const phraseText = text.slice(start, end);
  const empty: NounPhrase = {
    kind: 'other',
    from,
    to,
    start,
    end,
    text: phraseText,
    name: null,
    roleText: null,
    roleKeys: [],
    modifiers: [],
    head: last.base,
    bare: phraseText,
    titles: [],
    core: phraseText.replace(/^the\s+/iu, ''),
    place: null,
  };
  if (to - from === 1 && personalPronoun(first.lower) !== undefined) {
    return { ...empty, kind: 'pronoun', head: first.lower };
  }
  // "both said …", "all agreed …": a group named just before, read like "they".
  if (to - from === 1 && standaloneGroupWords.has(first.lower)) {
    return { ...empty, kind: 'pronoun', head: 'they' };
  }

  let cursor = from;
  while (cursor < to && isDeterminer(tokens[cursor]?.lower ?? '')) cursor++;
  const bare = text.slice(tokens[cursor]?.start ?? start, end);

  // The core is the phrase before a relative clause or an appended comma.
  let coreEnd = cursor;
  while (coreEnd < to) {
    const token = tokens[coreEnd];
    if (
      token === undefined ||
      token.text === ',' ||
      (coreEnd > cursor && relativeWords.has(token.lower))
    )
      break;
    coreEnd++;
  }

  const titledBody = titledBodyName(tokens, cursor, coreEnd);
  if (titledBody !== null) {
    return {
      ...empty,
      kind: 'organisation',
      name: runText(text, tokens, titledBody),
      head: tokens[coreEnd - 1]?.base ?? '',
      bare,
      titles: tokens.slice(cursor, titledBody.from - 1).map((token) => token.base),
    };
  }

  const modifiers: string[] = [];
  const roleTokens: Token[] = [];
  let name: NameRun | null = null;
  let titled = false;
  let afterPreposition = false;
  let afterTitleOf = false;
  let place: string | null = null;
  let index = cursor;
  while (index < coreEnd) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind !== 'word') {
      index++;
      continue;
    }
    const run = nameRunAt(tokens, index, vocabulary);
    if (run !== null) {
      const runEnd = Math.min(run.to, coreEnd);
      const clipped = { from: run.from, to: runEnd };
      const lastOfRun = tokens[runEnd - 1];
      // Letters after the name ("X Y KC") end it as the phrase's end would.
      let afterRun = runEnd;
      while (afterRun < coreEnd && postNominalAt(tokens, afterRun)) afterRun++;
      const nextToken = tokens[afterRun];
      const endsPhrase =
        afterRun >= coreEnd || (nextToken?.kind === 'word' && isPreposition(nextToken.lower));
      const runWords = tokens.slice(run.from, runEnd).map((runToken) => runToken.base);
      const plainRun = tokens.slice(run.from, runEnd).every((runToken) => runToken.capitalised);
      const organisationRun = runWords.some((word) => isOrganisationNameWord(word));
      const placeLength =
        afterTitleOf && plainRun && !organisationRun ? leadingPlaceLength(runWords) : 0;
      if (placeLength > 0 && endsPhrase && lastOfRun?.possessive !== true) {
        // An office "of" a place, then the name ("Chief Constable of Ardley Rhona Tait").
        place = runText(text, tokens, { from: run.from, to: run.from + placeLength }).text;
        modifiers.push(place);
        name = { from: run.from + placeLength, to: runEnd };
        titled = true;
      } else if (lastOfRun?.possessive === true || afterPreposition || !endsPhrase) {
        // An owner, a place after "of", or a word qualifying the head ("Aldersfeld coach").
        const modifier = runText(text, tokens, clipped).text;
        modifiers.push(modifier);
        if (afterTitleOf && !organisationRun) place ??= modifier;
      } else {
        name = clipped;
        titled = titled || roleTokens.some((roleToken) => isTitleWord(roleToken.base));
      }
      index = afterRun;
      continue;
    }
    if (
      token.lower === 'of' &&
      name === null &&
      !afterPreposition &&
      roleTokens.length > 0 &&
      isTitleWord(tokens[index + 1]?.base ?? '')
    ) {
      // "Minister of Foreign Affairs", "Head of State": the role goes on after "of".
      roleTokens.push(token);
    } else if (isPreposition(token.lower)) {
      afterTitleOf =
        token.lower === 'of' && roleTokens.some((roleToken) => isTitleWord(roleToken.base));
      afterPreposition = true;
    } else if (isDemonym(token.base)) {
      modifiers.push(token.text);
    } else if (token.possessive) {
      modifiers.push(token.text.replace(/['’]s?$/u, ''));
    } else if (!afterPreposition && name === null) {
      roleTokens.push(token);
    }
    index++;
  }

  const titles = roleTokens.map((token) => token.base.replace(/\.$/u, ''));
  if (name !== null) {
    const nameClass = classifyRun(tokens, name, titled);
    const written = runText(text, tokens, name);
    const roleWords = roleTokens.filter((token) => !isHonorificToken(token));
    const roleText = roleWords.length > 0 ? roleWords.map((token) => token.text).join(' ') : null;
    return {
      ...empty,
      kind: nameClass,
      name: written,
      roleText,
      roleKeys: roleText === null ? [] : roleKeysOf(roleText),
      modifiers,
      head: tokens[name.to - 1]?.base ?? '',
      bare,
      titles,
      place,
    };
  }

  let headIndex = -1;
  for (let scan = cursor; scan < coreEnd; scan++) {
    const token = tokens[scan];
    if (token === undefined) break;
    if (token.kind === 'word' && isPreposition(token.lower) && headIndex >= 0) break;
    // A participle after the head starts a reduced relative: "figures published by …".
    if (
      token.kind === 'word' &&
      headIndex >= 0 &&
      /(?:ed|ing)$/u.test(token.lower) &&
      isFiniteVerbOrGerund(token.lower)
    ) {
      break;
    }
    // "diplomats familiar with the talks", "sources close to the minister": an adjective
    // after a plural head, then a preposition, qualifies the head.
    if (
      token.kind === 'word' &&
      headIndex >= 0 &&
      isCollectiveNoun(tokens[headIndex]?.base ?? '') &&
      isPreposition(tokens[scan + 1]?.lower ?? '') &&
      shippedTags(token.lower).has('Adjective')
    ) {
      break;
    }
    if (token.kind === 'word' && !token.possessive) headIndex = scan;
  }
  const headToken = tokens[headIndex];
  if (headToken === undefined) return { ...empty, bare, modifiers };
  const head = headToken.base;
  const roleWords = roleTokens.filter(
    (token) => !isHonorificToken(token) && token.start <= headToken.start,
  );
  const roleText = roleWords.length > 0 ? roleWords.map((token) => token.text).join(' ') : null;
  // Keys read "of" phrases too, so "the head of government" folds to the same key as "Prime Minister".
  const keySource = [
    ...roleWords.map((token) => token.text),
    ...tokens.slice(headIndex + 1, coreEnd).map((token) => token.text),
  ].join(' ');
  const coreStart = first.lower === 'the' ? (tokens[from + 1]?.start ?? start) : start;
  const described: NounPhrase = {
    ...empty,
    core: text.slice(coreStart, headToken.end),
    head,
    bare,
    roleText,
    roleKeys: roleKeysOf(keySource),
    modifiers,
    titles,
  };
  const singular = head.replace(/(?:ies)$/u, 'y').replace(/s$/u, '');
  const counted = tokens
    .slice(from, headIndex)
    .some((token) => countWords.has(token.lower) || /^\d+$/u.test(token.text));
  if (
    isCollectiveNoun(head) ||
    // "the two rivals", "both campaigns": a counted plural names a group.
    (counted && /[^s]s$/u.test(head) && !headToken.capitalised) ||
    (head.endsWith('s') && (isRoleNoun(singular) || isOrganisationNoun(singular)))
  ) {
    return { ...described, kind: 'collective' };
  }
  if (isEventNoun(head)) return { ...described, kind: 'event' };
  if (isDocumentNoun(head)) return { ...described, kind: 'document' };
  if (isOrganisationNoun(head)) return { ...described, kind: 'organisation-noun' };
  if (isRoleNoun(head) || isTitleWord(head) || described.roleKeys.includes('president')) {
    return { ...described, kind: 'role' };
  }
  if (/(?:ist|er|or|ian)$/u.test(head) && !isFiniteVerb(head) && roleWords.length > 0) {
    return { ...described, kind: 'role' };
  }
  return described;
}

/**
 * "local newspaper the Ostfield Courier", "broadcaster the Evening Wire": a noun for a body,
 * then "the" and a capitalised title that runs to the end of the phrase. Every capitalised word
 * belongs to the name, even one that is a common noun elsewhere ("Courier", "Observer").
 */
function titledBodyName(tokens: Token[], from: number, to: number): NameRun | null {
  for (let index = from; index < to - 2; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== 'word' || token.capitalised) continue;
    if (!isOrganisationNoun(token.base) || tokens[index + 1]?.lower !== 'the') continue;
    const title = tokens.slice(index + 2, to);
    const capitalised = title.every(
      (word) => word.kind === 'word' && word.capitalised && !word.possessive,
    );
    return capitalised ? { from: index + 1, to } : null;
  }
  return null;
}

const standaloneGroupWords = wordSet(`both`);

const countWords = wordSet(`two three four five six seven eight nine ten both`);

function isFiniteVerbOrGerund(lower: string): boolean {
  return (
    isFiniteVerb(lower) ||
    isGerund(lower) ||
    (lower.endsWith('ed') && shippedTags(lower).has('Adjective'))
  );
}

function isHonorificToken(token: Token): boolean {
  return /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?$/u.test(token.lower);
}

const timeWords = wordSet(`
  yesterday today tonight earlier later last this next on late early morning afternoon evening
  night week month year weekend
`);

/**
 * The start of a time adverbial that ends just before `end` ("on Wednesday", "late on
 * Monday", "last week", "on March 12"), or `end` when there is none. It can stand between a
 * subject and its verb ("Pellmark on Wednesday reported …").
 */
export function timeAdverbialStart(tokens: Token[], end: number): number {
  let start = end;
  let calendar = false;
  while (start > 0 && end - start < 5) {
    const token = tokens[start - 1];
    if (token === undefined) break;
    if (token.kind === 'number' && /^\d{1,4}$/u.test(token.text)) {
      start--;
      continue;
    }
    if (token.kind !== 'word') break;
    if (isCalendarWord(token.base)) {
      calendar = true;
      start--;
      continue;
    }
    if (!timeWords.has(token.lower) || (token.capitalised && start - 1 > 0)) break;
    start--;
  }
  const words = tokens.slice(start, end).map((token) => token.lower);
  const complete =
    calendar ||
    words.some((word) => ['yesterday', 'today', 'tonight'].includes(word)) ||
    (words.length >= 2 &&
      ['week', 'month', 'year', 'weekend'].includes(words[words.length - 1] ?? ''));
  return complete && start < end ? start : end;
}

/**
 * The end of a time adverbial that starts at `from` ("on Tuesday", "late on Monday", "last
 * week"), or `from` when none starts there. It can stand between a reporting verb and what is
 * reported ("insisted on Tuesday that …", "pledged on Saturday to …").
 */
export function timeAdverbialEnd(tokens: Token[], from: number): number {
  for (let end = Math.min(tokens.length, from + 5); end > from; end--) {
    if (timeAdverbialStart(tokens, end) === from) return end;
  }
  return from;
}

/** Where a noun phrase ending just before `end` starts, reading back to a clause boundary. */
export function phraseStartBefore(tokens: Token[], end: number, vocabulary: Vocabulary): number {
  let start = end;
  while (start > 0) {
    const token = tokens[start - 1];
    if (token === undefined || token.kind === 'quote' || token.kind === 'punct') break;
    const lower = token.lower;
    const joinsNames =
      lower === 'and' &&
      ((isNameToken(tokens[start - 2], false, vocabulary) &&
        isNameToken(tokens[start], false, vocabulary)) ||
        (isTitleWord(tokens[start - 2]?.base ?? '') && isTitleWord(tokens[start]?.base ?? '')));
    if (isClauseOpener(lower) && !joinsNames) break;
    if (!token.capitalised && isFiniteVerb(lower) && !isTitleWord(lower)) break;
    // A gerund ends the phrase, unless it qualifies a title ("managing director X", "presiding
    // judge", "acting chief constable").
    const qualifiesTitle =
      start < end && tokens[start]?.capitalised === false && isTitleWord(tokens[start]?.base ?? '');
    if (lower === 'according' || (!token.capitalised && isGerund(lower) && !qualifiesTitle)) break;
    start--;
  }
  // A phrase does not start with a preposition: a fronted adverbial ("At the hearing, …",
  // "In a statement to the exchange, …") is not a speaker.
  while (start < end && isPreposition(tokens[start]?.lower ?? '')) start++;
  return start;
}
