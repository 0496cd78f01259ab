// Name runs: where a proper name starts and ends in a sentence's tokens (joined across "of",
// "and", particles), whether a capitalised word opening a sentence is a name, and what kind of
// name a run is. Person recognition is done from capitalisation and titles, because general
// taggers miss many non-English names. It reads shapes, not lists of people.

import {
  isCalendarWord,
  isCollectiveNoun,
  isCountryName,
  isDemonym,
  isDeterminer,
  isFirstName,
  isOrganisationNameWord,
  isOccupationWord,
  isPreposition,
  isRoleNoun,
  isTitleWord,
  personalPronoun,
  shippedTags,
  wordSet,
} from './lexicon';
import type { Token } from './text-units';

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
  quay pier wharf marina dock docks beach cove estuary moor glen creek canal reservoir
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
/**
 * A capitalised word that is otherwise a title or subject word ("Trade", "Health"), right after
 * "of" in an organisation's name: the Chamber of Trade, the Ministry of Health.
 */
function officeAfterConnector(tokens: Token[], from: number, index: number): boolean {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || !token.capitalised) return false;
  if (tokens[index - 1]?.lower !== 'of') return false;
  return tokens
    .slice(from, index - 1)
    .some((word) => word.capitalised && isOrganisationNameWord(word.base));
}

export function nameRunAt(tokens: Token[], from: number, vocabulary: Vocabulary): NameRun | null {
  if (
    !isNameToken(tokens[from], isSentenceInitial(tokens, from), vocabulary, tokens[from + 1]) &&
    !monthAsGivenName(tokens, from, vocabulary) &&
    !subjectOpensBodyName(tokens, from, vocabulary)
  ) {
    return null;
  }
  if (openingJobWord(tokens, from, vocabulary) || postNominalAt(tokens, from)) return null;
  let to = from + 1;
  let candidateEnd = to;
  while (to < tokens.length) {
    const token = tokens[to];
    const previous = tokens[to - 1];
    if (token === undefined || previous === undefined) break;
    // An owner ends the name ("Valdora’s Foreign Minister"), except a plural inside an
    // organisation's name ("Writers’ Collective").
    if (previous.possessive && !/s['’]$/u.test(previous.lower)) break;
    if (
      isNameToken(token, false, vocabulary) ||
      officeAfterConnector(tokens, from, to) ||
      bodyWordInName(token) ||
      subjectOpensBodyName(tokens, to, vocabulary)
    ) {
      to++;
      candidateEnd = to;
      continue;
    }
    if (
      token.kind === 'word' &&
      nameConnectors.has(token.lower) &&
      !token.capitalised &&
      (isNameToken(tokens[to + 1], false, vocabulary) ||
        officeAfterConnector(tokens, from, to + 1)) &&
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
    while (to - from > 2 && postNominalAt(tokens, to - 1)) to--;
  }
  return { from, to };
}

/**
 * A word for a body that is also a title word ("Council", "Board"), capitalised after a name
 * word: it ends the body's name ("Ardley Harbour Board", "the Regional Arts Council").
 */
function bodyWordInName(token: Token): boolean {
  return (
    token.kind === 'word' &&
    token.capitalised &&
    isTitleWord(token.base) &&
    isOrganisationNameWord(token.base)
  );
}

/**
 * A subject word that can head a title ("Health", "Finance", "Defence", "Foreign") in the name
 * of a body: "the Health Workers Union", "the Defence Ministry", "the Valdoran Foreign
 * Ministry". It is part of the name when name words, or more such subject words, follow up to a
 * word for a body; a job or rank ("Chief", "Coach") is not, nor is a title before a person
 * ("Finance Minister X", "Foreign Minister X").
 */
function subjectOpensBodyName(tokens: Token[], index: number, vocabulary: Vocabulary): boolean {
  if (!subjectWord(tokens[index])) return false;
  let end = index + 1;
  while (
    end - index < 5 &&
    !tokens[end - 1]?.possessive &&
    (isNameToken(tokens[end], false, vocabulary) || subjectWord(tokens[end]))
  )
    end++;
  return end - index >= 2 && isOrganisationNameWord(tokens[end - 1]?.base ?? '');
}

function subjectWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word' || !token.capitalised || !isTitleWord(token.base)) return false;
  const tags = shippedTags(token.base);
  return !tags.has('Actor') && !tags.has('Honorific') && !isRoleNoun(token.base);
}

/** Words before a month that make it a date: "in June", "last May", "early Jan", "5 June". */
const dateLeaders = wordSet(`last next this early late mid since until till by from`);

/**
 * A month's name that is a given name ("Jan", "June", "April" before a surname): a month
 * followed by a capitalised name word, with no preposition, determiner, number or time word
 * before it to make it a date.
 */
function monthAsGivenName(tokens: Token[], index: number, vocabulary: Vocabulary): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token?.kind !== 'word' || !token.capitalised || !shippedTags(token.base).has('Month'))
    return false;
  if (next === undefined || isCalendarWord(next.base) || !isNameToken(next, false, vocabulary))
    return false;
  const previous = tokens[index - 1];
  if (previous === undefined || previous.kind !== 'word') return previous?.kind !== 'number';
  const lower = previous.lower;
  return !(isPreposition(lower) || isDeterminer(lower) || dateLeaders.has(lower));
}

/**
 * Letters after a person's name for an honour, a rank at the bar or a seat ("X Y KC",
 * "X Y OBE", "X Y MEP"): they follow the name but are not part of it.
 */
const postNominals = wordSet(`
  kc qc sc mp mep msp mla mpp td obe mbe cbe kbe dbe gbe frs fba phd dphil md jr jnr sr snr esq
`);

/** A post-nominal right after a capitalised word, so after a name. */
export function postNominalAt(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  return (
    token?.kind === 'word' &&
    token.capitalised &&
    postNominals.has(token.base.replace(/\.$/u, '')) &&
    previous?.kind === 'word' &&
    previous.capitalised
  );
}

/**
 * A job word or descriptor before a name ("Pollster X Y said", "Commuter X Y, 34,", "former
 * Paralympian X Y"): a title or a description, not part of the name. At the start of a
 * sentence it is one when the lexicon knows it as a job, when the article uses its plural in
 * lower case ("commuters"), or when it has a job-like ending and exactly a two-word name
 * follows; anywhere, when it is a descriptor (see descriptorBeforeName).
 */
export function openingJobWord(tokens: Token[], index: number, vocabulary: Vocabulary): boolean {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word') return false;
  if (!isNameToken(tokens[index + 1], false, vocabulary)) return false;
  if (descriptorBeforeName(tokens, index, vocabulary)) return true;
  if (moodBeforeSurname(tokens, index, vocabulary)) return true;
  if (!isSentenceInitial(tokens, index)) return false;
  const base = token.base;
  // Town names end in -chester and -cester ("Dorchester"), which look like a -ster job word.
  if (isFirstName(base) || /c(?:he)?ster$/u.test(base)) return false;
  if (isOccupationWord(base) || vocabulary.has(`${base}s`)) return true;
  const tags = shippedTags(base);
  if (nameTags.some((tag) => tags.has(tag)) || !/(?:er|or|ant|ent)$/u.test(base)) return false;
  return (
    isNameToken(tokens[index + 2], false, vocabulary) &&
    !isNameToken(tokens[index + 3], false, vocabulary)
  );
}

/**
 * A capitalised word that describes the person whose given name and surname follow
 * ("Grandfather-of-four X Y", "Ferryman X Y", "former Paralympian X Y", "Baker X Y" opening a
 * sentence): a compound of lower-case words, an agent noun (-man, -woman, -person, -ian, -ist,
 * -eer), or, opening a sentence, a word the lexicon knows but not as a name. A name of two or
 * more words must follow, and but for a compound its first word must be a known given name, so
 * a given name that is also a word ("Rose Ellwick") is kept, and a word the lexicon knows as a
 * given name is never a descriptor.
 */
function descriptorBeforeName(tokens: Token[], index: number, vocabulary: Vocabulary): boolean {
  const token = tokens[index];
  const given = tokens[index + 1];
  if (token === undefined || token.kind !== 'word' || !token.capitalised) return false;
  if (given === undefined || given.possessive) return false;
  if (!isNameToken(given, false, vocabulary) || !isNameToken(tokens[index + 2], false, vocabulary))
    return false;
  if (/^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u.test(token.text)) return true;
  const base = token.base;
  // "Neighbour Tam Hoskell": a common word opening the sentence before exactly two name words
  // describes the person even when the given name is one the lexicon does not know.
  if (!isFirstName(given.base)) {
    return (
      isSentenceInitial(tokens, index) &&
      commonWord(base) &&
      !isNameToken(tokens[index + 3], false, vocabulary)
    );
  }
  const tags = spellingTags(base);
  if (isFirstName(base) || nameTags.some((tag) => tags.has(tag))) return false;
  if (/.{3}(?:man|woman|person|ian|ist|eer)$/u.test(base)) return true;
  return isSentenceInitial(tokens, index) && commonWord(base);
}

/**
 * "Furious Quellby stormed off": opening a sentence, an adjective of feeling (-ous, -ful, -less)
 * before a single name word describes the person the surname names; it is not a given name.
 */
function moodBeforeSurname(tokens: Token[], index: number, vocabulary: Vocabulary): boolean {
  const token = tokens[index];
  if (token?.kind !== 'word' || !token.capitalised || !feelingWord(token.base)) return false;
  if (!isSentenceInitial(tokens, index) || !commonWord(token.base)) return false;
  return (
    isNameToken(tokens[index + 1], false, vocabulary) &&
    !isNameToken(tokens[index + 2], false, vocabulary)
  );
}

/** An adjective of feeling by its ending ("furious", "tearful", "helpless"). */
function feelingWord(base: string): boolean {
  return (
    base.length >= 6 && (base.endsWith('ous') || base.endsWith('ful') || base.endsWith('less'))
  );
}

/**
 * A participle of mood opening a tabloid sentence ("Fuming", "Seething", "Stunned"): it may
 * describe the person a surname names, which only the article can tell (discourse.ts).
 */
export function moodParticiple(base: string): boolean {
  return base.length >= 6 && (base.endsWith('ing') || base.endsWith('ed'));
}

/** The lexicon's tags for a word, looking up the American spelling of "-our" words too. */
function spellingTags(base: string): ReadonlySet<string> {
  const tags = shippedTags(base);
  return tags.size === 0 && /.{3}our$/u.test(base)
    ? shippedTags(base.replace(/our$/u, 'or'))
    : tags;
}

/**
 * Words for who someone is in a family or a stage of life, which open tabloid and local copy
 * ("Widow X Y", "Gran X Y") and which the lexicon does not all know.
 */
const kinWords = wordSet(`
  widow widower pensioner gran granny grandmother grandfather grandad grandma grandpa mum mom dad
  mother father wife husband daughter son sister brother aunt uncle nephew niece teenager
  schoolgirl schoolboy toddler newlywed
`);

/** A word the lexicon knows, but not as a name, or an adjective of feeling (-ous, -ful). */
function commonWord(base: string): boolean {
  if (kinWords.has(base)) return true;
  if (isFirstName(base)) return false;
  const tags = spellingTags(base);
  if (nameTags.some((tag) => tags.has(tag))) return false;
  return tags.size > 0 || feelingWord(base);
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

/** ", 71," right after a name: the person's age. */
export function ageFollows(tokens: Token[], index: number): boolean {
  const age = tokens[index + 1];
  return (
    tokens[index]?.text === ',' &&
    age?.kind === 'number' &&
    /^\d{1,3}$/u.test(age.text) &&
    [',', '.', ')'].includes(tokens[index + 2]?.text ?? '')
  );
}

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
  // "Penlow Village Hall", "Castellow Street Surgery": a place word inside the name, so a building
  // or a body there, not a person.
  if (words.length >= 3 && words.slice(1, -1).some((word) => placeWords.has(word)))
    return 'organisation';
  if (isFirstName(words[0] ?? '')) return 'person';
  if (/^\p{Lu}{2,}$/u.test(tokens[run.from]?.text ?? '')) return 'organisation';
  // "Arvel Castellow, 58,": only people are given an age, whatever their surname ends in.
  if (ageFollows(tokens, run.to)) return 'person';
  if (last.endsWith('s') && !last.endsWith('ss')) return 'organisation';
  return 'person';
}

/**
 * After "Minister of", a run of three or more capitalised words is a place and then a name
 * ("of Valdora Daurenbek Otyzbayev"). A country the lexicon knows fixes the split; otherwise
 * the name is taken to be the last two words, the most common shape in news copy.
 */
export function leadingPlaceLength(words: string[]): number {
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
