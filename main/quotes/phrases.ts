// Reads the noun phrases that can name a speaker: a person's name with its titles ("Valdoran
// Foreign Minister Daurenbek Otyzbayev"), a role phrase ("the expert", "the head of government"), a
// group ("the ministers"), an organisation, a pronoun, or a non-speaker such as an event or a
// document. Person recognition is done here from capitalisation and titles, because general
// taggers miss many non-English names.
// It must not know any particular name; it reads shapes, not lists of people.

import {
  isCalendarWord,
  isClauseOpener,
  isCollectiveNoun,
  isCountryName,
  isDemonym,
  isDeterminer,
  isDocumentNoun,
  isEventNoun,
  isFiniteVerb,
  isFirstName,
  isGerund,
  isOrganisationNameWord,
  isOccupationWord,
  isOrganisationNoun,
  isPreposition,
  isRoleNoun,
  isTitleWord,
  personalPronoun,
  roleSynonyms,
  shippedTags,
  wordSet,
} from './lexicon';
import type { Token } from './text-units';

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

/** Lower-case words the article uses in lower case, to tell "Participants" from a name. */
export type Vocabulary = ReadonlySet<string>;

export function buildVocabulary(sentences: ReadonlyArray<{ tokens: Token[] }>): Set<string> {
  const vocabulary = new Set<string>();
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      if (token.kind === 'word' && !token.capitalised) vocabulary.add(token.base);
    }
  }
  return vocabulary;
}

const nameConnectors = wordSet(`
  of for and the under on de van von der den da di del du la le bin ibn al el ben st &
`);
const personParticles = wordSet(`
  de van von der den da di del du la le bin ibn al el ben
`);
const closedClass = wordSet(`
  the a an in on at by for with from to of and but or as he she they it we i you his her their
  its our this that these those there here when while after before during if although though
  because since thus however also both all some many most several each every no not last next
  first second third new one two three four five given among amid over under despite following
  according meanwhile instead yet so then now today yesterday tomorrow his him them what which
  who where why how prior outside inside passing addressing speaking asked asked earlier later
  once only even still such other another more less not nor
`);
/** Words that open a place name joined by "of": "Republic of Valdora", "Gulf of Selm". */
const placePrefixes = wordSet(`
  republic kingdom state states emirates federation commonwealth principality sultanate emirate
  duchy isle gulf sea lake bay
`);
const placeWords = wordSet(`
  road street avenue lane square bridge river lake bay mountain mountains valley island islands
  county district province region town village park station airport sea ocean gulf coast desert
  strait hills hill heights harbour harbor peninsula plain plains republic kingdom state states
  emirates federation asia europe africa america oblast krai canton prefecture borough quarter
`);

/**
 * A token that can be part of a proper name. At the start of a sentence capitalisation tells
 * nothing, so there a word the article also uses in lower case, or one the lexicon knows as a
 * common word, is only a name when another name word follows it ("Grant Okafor stated").
 */
export function isNameToken(
  token: Token | undefined,
  sentenceInitial: boolean,
  vocabulary: Vocabulary,
  next?: Token,
): boolean {
  if (token === undefined || token.kind !== 'word' || !token.capitalised) return false;
  const base = token.base;
  if (closedClass.has(base) || personalPronoun(base) !== undefined) return false;
  if (isTitleWord(base) || isCalendarWord(base) || isDemonym(base)) return false;
  // "Varrese-born", "Leeds-based", "state-backed": a compound adjective before a name.
  if (/-(?:born|based|bred|raised|backed|owned|funded|run)$/u.test(base)) return false;
  if (!sentenceInitial) return true;
  if (vocabulary.has(base)) return false;
  if (looksLikeCommonPlural(base, vocabulary)) {
    // A word that only looks like a plural ("Ines", "Agnes") is a given name when a name
    // follows and the article never uses its singular in lower case.
    const givenName =
      !isCollectiveNoun(base) &&
      isNameToken(next, false, vocabulary) &&
      !vocabulary.has(base.replace(/e?s$/u, ''));
    if (!givenName) return false;
  }
  const tags = shippedTags(base);
  const nameLike = nameTags.some((tag) => tags.has(tag));
  if (tags.size === 0 || nameLike) return true;
  return isNameToken(next, false, vocabulary);
}

const nameTags = [
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'ProperNoun',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
];

function looksLikeCommonPlural(lower: string, vocabulary: Vocabulary): boolean {
  if (isCollectiveNoun(lower)) return true;
  if (!lower.endsWith('s') || lower.endsWith('ss')) return false;
  const singulars = [lower.slice(0, -1), lower.replace(/ies$/u, 'y'), lower.replace(/es$/u, '')];
  return singulars.some((singular) => {
    if (vocabulary.has(singular)) return true;
    const tags = shippedTags(singular);
    return tags.size > 0 && !nameTags.some((tag) => tags.has(tag));
  });
}

export interface NameRun {
  from: number;
  to: number;
}

function isSentenceInitial(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return (
    previous === undefined ||
    previous.kind === 'quote' ||
    (previous.kind === 'punct' && ['(', '—', '–', ':', '-', '['].includes(previous.text))
  );
}

/**
 * The run of name tokens starting at `from`, joined across connectors ("University of
 * Westhaven", "Food and Allied Workers Union"). A connector is only kept when the run names an
 * organisation; a person's run keeps only particles (van, de, bin).
 */
export function nameRunAt(tokens: Token[], from: number, vocabulary: Vocabulary): NameRun | null {
  if (!isNameToken(tokens[from], isSentenceInitial(tokens, from), vocabulary, tokens[from + 1])) {
    return null;
  }
  if (openingJobWord(tokens, from, vocabulary)) return null;
  let to = from + 1;
  let candidateEnd = to;
  while (to < tokens.length) {
    const token = tokens[to];
    const previous = tokens[to - 1];
    if (token === undefined || previous === undefined) break;
    // An owner ends the name ("Valdora’s Foreign Minister"), except a plural inside an
    // organisation's name ("Writers’ Collective").
    if (previous.possessive && !/s['’]$/u.test(previous.lower)) break;
    if (isNameToken(token, false, vocabulary)) {
      to++;
      candidateEnd = to;
      continue;
    }
    if (
      token.kind === 'word' &&
      nameConnectors.has(token.lower) &&
      !token.capitalised &&
      isNameToken(tokens[to + 1], false, vocabulary) &&
      !personBeforeAffiliation(tokens, from, to)
    ) {
      to++;
      continue;
    }
    break;
  }
  to = candidateEnd;
  const organisation = tokens
    .slice(from, to)
    .some((token) => token.capitalised && isOrganisationNameWord(token.base));
  const statePlace = placePrefixes.has(tokens[from]?.base ?? '');
  if (!organisation && !statePlace) {
    for (let index = from; index < to; index++) {
      const token = tokens[index];
      if (token !== undefined && !token.capitalised && !personParticles.has(token.lower)) {
        to = index;
        break;
      }
    }
  }
  return { from, to };
}

/**
 * A job word that opens a sentence before a name ("Pollster X Y said", "Commuter X Y, 34,"):
 * capitalised only because it comes first, so it is a title, not part of the name. It is one
 * when the lexicon knows it as a job, when the article uses its plural in lower case
 * ("commuters"), or when it has a job-like ending and exactly a two-word name follows.
 */
export function openingJobWord(tokens: Token[], index: number, vocabulary: Vocabulary): boolean {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || !isSentenceInitial(tokens, index))
    return false;
  if (!isNameToken(tokens[index + 1], false, vocabulary)) return false;
  const base = token.base;
  if (isFirstName(base)) return false;
  if (isOccupationWord(base) || vocabulary.has(`${base}s`)) return true;
  const tags = shippedTags(base);
  if (nameTags.some((tag) => tags.has(tag)) || !/(?:er|or|ant|ent)$/u.test(base)) return false;
  return (
    isNameToken(tokens[index + 2], false, vocabulary) &&
    !isNameToken(tokens[index + 3], false, vocabulary)
  );
}

/**
 * "Kwame Ostrander of Fennick Securities": a name of two or more plain words, none of which
 * names a body or a place, then "of", "for" or "at": a person and where they work, not one name
 * ("Bank of Valdora", "Republic of X" and "Royal Society of Y" hold such a word and go on).
 */
function personBeforeAffiliation(tokens: Token[], from: number, connector: number): boolean {
  if (!['of', 'for', 'at'].includes(tokens[connector]?.lower ?? '') || connector - from < 2)
    return false;
  const words = tokens.slice(from, connector);
  return words.every(
    (word) =>
      word.capitalised &&
      !isOrganisationNameWord(word.base) &&
      !placeWords.has(word.base) &&
      !placePrefixes.has(word.base),
  );
}

export type NameClass = 'person' | 'organisation' | 'place' | 'name';

export function classifyRun(tokens: Token[], run: NameRun, titled: boolean): NameClass {
  const words = tokens
    .slice(run.from, run.to)
    .filter((token) => token.capitalised)
    .map((token) => token.base);
  const last = words[words.length - 1] ?? '';
  if (words.some((word) => isOrganisationNameWord(word))) return 'organisation';
  if (titled) return 'person';
  if (words.length === 1) return isCountryName(last) ? 'place' : 'name';
  if (placeWords.has(last) || words.every((word) => isCountryName(word))) return 'place';
  if (isFirstName(words[0] ?? '')) return 'person';
  if (/^\p{Lu}{2,}$/u.test(tokens[run.from]?.text ?? '')) return 'organisation';
  if (last.endsWith('s') && !last.endsWith('ss')) return 'organisation';
  return 'person';
}

/**
 * After "Minister of", a run of three or more capitalised words is a place and then a name
 * ("of Valdora Daurenbek Otyzbayev"). A country the lexicon knows fixes the split; otherwise
 * the name is taken to be the last two words, the most common shape in news copy.
 */
function leadingPlaceLength(words: string[]): number {
  if (words.length < 3) return 0;
  for (let length = Math.min(3, words.length - 2); length >= 1; length--) {
    if (isCountryName(words.slice(0, length).join(' '))) return length;
  }
  return words.length - 2;
}

export function runText(
  text: string,
  tokens: Token[],
  run: NameRun,
): { start: number; end: number; text: string } {
  let first = run.from;
  if (tokens[first]?.lower === 'the' && run.to - run.from > 1) first++;
  const start = tokens[first]?.start ?? 0;
  const last = tokens[run.to - 1];
  let end = last?.end ?? start;
  // The possessive ending is not part of the name.
  if (last?.possessive === true) end -= /['’]s$/u.test(last.lower) ? 2 : 1;
  return { start, end, text: text.slice(start, end) };
}

/** Lower-case comparison words of a role phrase, synonyms folded, cut before "of"/"at". */
export function roleKeysOf(roleText: string): string[] {
  const cached = roleKeyCache.get(roleText);
  if (cached !== undefined) return cached;
  const keys = computeRoleKeys(roleText);
  if (roleKeyCache.size > 10_000) roleKeyCache.clear();
  roleKeyCache.set(roleText, keys);
  return keys;
}

const roleKeyCache = new Map<string, string[]>();

function computeRoleKeys(roleText: string): string[] {
  let lower = ` ${roleText
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/\s+/gu, ' ')} `;
  for (const [phrase, canonical] of roleSynonyms) {
    lower = lower.replace(` ${phrase} `, ` ${canonical} `);
  }
  const words: string[] = [];
  for (const word of lower.trim().split(' ')) {
    if (word === '') continue;
    if (isPreposition(word)) break;
    if (isDeterminer(word) || word === 'and') continue;
    words.push(word);
  }
  return words;
}

/** Compares demonyms, countries and owners loosely: "Valdoran" fits "Valdora". */
export function modifiersMatch(wanted: string, have: string): boolean {
  const a = wanted.toLowerCase().replace(/['’]s?$/u, '');
  const b = have.toLowerCase().replace(/['’]s?$/u, '');
  if (a === b) return true;
  const stem = (word: string): string =>
    word.replace(/(?:ese|ian|ean|an|ish|i|ic|stan|land|ia|a)$/u, '');
  const stemA = stem(a);
  const stemB = stem(b);
  if (stemA.length < 4 || stemB.length < 4) return false;
  return stemA.startsWith(stemB) || stemB.startsWith(stemA);
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
      const nextToken = tokens[runEnd];
      const endsPhrase =
        runEnd >= coreEnd || (nextToken?.kind === 'word' && isPreposition(nextToken.lower));
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
      index = runEnd;
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
    if (lower === 'according' || (!token.capitalised && isGerund(lower))) break;
    start--;
  }
  // A phrase does not start with a preposition: a fronted adverbial ("At the hearing, …",
  // "In a statement to the exchange, …") is not a speaker.
  while (start < end && isPreposition(tokens[start]?.lower ?? '')) start++;
  return start;
}
