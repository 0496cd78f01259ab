// The entity registry of one article: the people, organisations and groups it mentions, with
// the names, titles and roles it gives them, and where (and as whose subject) it mentions them.
// Resolving a speaker phrase to one of them is resolution.ts's work.
// It must not know any particular person; it only reads what the article says.

import {
  cueVerb,
  genderOfFirstName,
  genderOfTitle,
  isCollectiveNoun,
  isDemonym,
  isDeterminer,
  isFiniteVerb,
  isFirstName,
  isHonorific,
  isOrganisationNameWord,
  isOrganisationNoun,
  isPreposition,
  isRoleNoun,
  isTitleWord,
  isVerbSideWord,
  roleQualifiers,
  type Gender,
  wordSet,
} from './lexicon';
import { matchSpeaker, nameKey } from './name-key';
import {
  ageFollows,
  classifyRun,
  moodParticiple,
  nameRunAt,
  openingJobWord,
  type Vocabulary,
} from './name-runs';
import { parsePhrase, phraseStartBefore, timeAdverbialStart, type NounPhrase } from './phrases';
import type { Sentence, Token } from './text-units';
import type { KnownSpeaker } from './types';

export type EntityKind = 'person' | 'organisation' | 'place' | 'name' | 'collective';

export interface Entity {
  id: number;
  kind: EntityKind;
  /** the fullest form of the name the article gives */
  canonical: string;
  tokenKeys: Set<string>;
  fullKey: string;
  roleKeys: Set<string>;
  /** role phrases as written, most specific first */
  roles: string[];
  modifiers: string[];
  gender: Gender | null;
  known: KnownSpeaker | null;
  /** head noun of a group ("ministers") */
  head: string;
  /** where the article mentions it, in order */
  positions: number[];
  /** the place its office belongs to, when the article says ("Minister of Valdora") */
  place: string | null;
  /** what sort of body it is, from its name and the nouns that describe it ("business") */
  sorts: Set<BodySort>;
  /** a group the article names only by a bare plural ("Clubbers", "Local doctors"), never "the" */
  indefinite: boolean;
}

export interface Mention {
  entity: Entity;
  position: number;
  subject: boolean;
  /** the entity was reported as speaking here, not only named */
  spoke?: boolean;
  /** it spoke in an attribution after a quotation (`“…,” X said`), which closes its turn */
  closedTurn?: boolean;
  /** a subject inside a subordinate clause, which a pronoun in a later sentence passes over */
  clause?: boolean;
}

export interface Discourse {
  text: string;
  vocabulary: Vocabulary;
  entities: Entity[];
  /** sorted by position */
  mentions: Mention[];
  /** name runs by start offset, for looking up the entity of a written name */
  nameAt: Map<number, Entity>;
  /** entities by kind and name key */
  byKey: Map<string, Entity>;
  /** people by each word of their name key, for short forms */
  byToken: Map<string, Entity[]>;
  known: KnownSpeaker[];
  places: string[];
  /** end offset of the opening headline, or 0 when the article does not open with one */
  headlineEnd: number;
}

interface RawMention {
  sentence: Sentence;
  run: { from: number; to: number };
  phrase: NounPhrase;
  subject: boolean;
  /** the name stands in a subordinate clause (see inSubordinateClause) */
  clause: boolean;
  descriptors: NounPhrase[];
  /** an age follows the name ("Tomasz, 71,"): only people are given one */
  aged: boolean;
  /** a lower-case noun right before the name and its titles ("ride-hailing app X") */
  preceding: string | null;
}

export function buildDiscourse(
  text: string,
  sentences: Sentence[],
  vocabulary: Vocabulary,
  known: KnownSpeaker[],
): Discourse {
  const discourse: Discourse = {
    text,
    vocabulary,
    entities: [],
    mentions: [],
    nameAt: new Map(),
    byKey: new Map(),
    byToken: new Map(),
    known,
    places: [],
    headlineEnd: openingHeadlineEnd(sentences),
  };
  const raw: RawMention[] = [];
  for (const sentence of sentences) collectNameMentions(discourse, sentence, raw);

  // Full names first, so that short forms can find the person they shorten.
  const multi: RawMention[] = [];
  const single: RawMention[] = [];
  for (const mention of raw) {
    (tokenCount(mention) > 1 || mention.phrase.kind === 'person' ? multi : single).push(mention);
  }
  for (const mention of multi) registerName(discourse, mention);
  for (const mention of single) registerName(discourse, mention);
  inheritCounterpartRoles(discourse, raw);

  for (const sentence of sentences) {
    collectGroupSubjects(discourse, sentence);
    collectQualifiedBodies(discourse, sentence);
  }
  discourse.mentions.sort((a, b) => a.position - b.position);
  // Places the article names, to turn "Valdoran" into "Valdora" for a proposed speaker;
  // places the lexicon knows come before other one-word names.
  for (const kind of ['place', 'name'] as const) {
    for (const entity of discourse.entities) {
      if (entity.kind === kind && !/[\s-]/u.test(entity.canonical)) {
        discourse.places.push(entity.canonical);
      }
    }
  }
  return discourse;
}

/** A first paragraph of one short sentence with no closing full stop is a headline. */
function openingHeadlineEnd(sentences: Sentence[]): number {
  const first = sentences[0];
  if (first === undefined || sentences[1]?.paragraph === first.paragraph) return 0;
  const last = first.tokens[first.tokens.length - 1];
  if (last === undefined || first.tokens.length > 25) return 0;
  return ['.', '!', '?', '…'].includes(last.text) ? 0 : first.end;
}

function tokenCount(mention: RawMention): number {
  return mention.phrase.name === null ? 0 : mention.phrase.name.text.split(/\s+/u).length;
}

/** Titles, roles, nationalities and owners that can stand right before a name. */
function titleStartBefore(tokens: Token[], index: number, vocabulary: Vocabulary): number {
  let start = index;
  while (start > 0) {
    const token = tokens[start - 1];
    if (token === undefined || token.kind !== 'word') break;
    const base = token.base.replace(/\.$/u, '');
    const titleLike =
      isTitleWord(base) ||
      openingJobWord(tokens, start - 1, vocabulary) ||
      // "Union general secretary X", "party chair X": the body whose office it is.
      (isOrganisationNoun(base) && isTitleWord(tokens[start]?.base ?? '') && start < index) ||
      isRoleNoun(base) ||
      roleQualifiers.has(base) ||
      isDemonym(base) ||
      token.possessive ||
      (/(?:ist|logist|er|or|ian)$/u.test(base) &&
        !token.capitalised &&
        !isFiniteVerb(base) &&
        start === index);
    if (titleLike) {
      start--;
      continue;
    }
    if (token.lower === 'of' && start - 2 >= 0 && isTitleWord(tokens[start - 2]?.base ?? '')) {
      start--;
      continue;
    }
    if (token.capitalised && isTitleWord(tokens[start]?.base ?? '') && start < index) {
      // A nationality or organisation before a title: "Valdoran Foreign Minister".
      const run = nameRunAt(tokens, start - 1, vocabulary);
      if (run !== null) {
        start--;
        continue;
      }
    }
    break;
  }
  while (start > 0 && isDeterminer(tokens[start - 1]?.lower ?? '')) start--;
  return start;
}

function collectNameMentions(discourse: Discourse, sentence: Sentence, raw: RawMention[]): void {
  const { tokens } = sentence;
  const { text, vocabulary } = discourse;
  let index = 0;
  while (index < tokens.length) {
    const run = nameRunAt(tokens, index, vocabulary);
    if (run === null) {
      index++;
      continue;
    }
    const left = titleStartBefore(tokens, run.from, vocabulary);
    let right = run.to;
    // "President X of Valdora": the place after the name belongs to the phrase.
    if (tokens[right]?.lower === 'of' && nameRunAt(tokens, right + 1, vocabulary) !== null) {
      right = nameRunAt(tokens, right + 1, vocabulary)?.to ?? right;
    }
    index = run.to;
    // An owner ("Harwick's shares") is mentioned, but not as someone who could be speaking;
    // a word before a title ("Valdoran Foreign Minister X") qualifies the name that follows.
    // A full name as an owner ("X Y's ban was lifted") still introduces the person that a later
    // surname stands for.
    if (tokens[run.to - 1]?.possessive === true) {
      const owner =
        run.to - run.from >= 2 ? ownerName(text, tokens, left, run.to, vocabulary) : null;
      if (owner !== null && owner.name !== null && owner.kind === 'person') {
        raw.push({
          sentence,
          run,
          phrase: owner,
          preceding: null,
          clause: false,
          subject: false,
          descriptors: [],
          aged: false,
        });
      }
      continue;
    }
    if (
      isTitleWord(tokens[run.to]?.base ?? '') &&
      nameRunAt(tokens, run.to + 1, vocabulary) === null
    ) {
      const following = tokens.slice(run.to).findIndex((token) => !isTitleWord(token.base));
      if (following > 0 && nameRunAt(tokens, run.to + following, vocabulary) !== null) continue;
    }
    const phrase = parsePhrase(text, tokens, left, right, vocabulary);
    if (phrase === null || phrase.name === null) continue;
    const descriptors: NounPhrase[] = [];
    const after = appositionAfter(discourse, tokens, right);
    if (after !== null) descriptors.push(after);
    const before = appositionBefore(discourse, tokens, left);
    if (before !== null) descriptors.push(before);
    const aged = ageFollows(tokens, right);
    const afterAge = aged ? right + 2 : right;
    const appositive = aged ? (appositionAfter(discourse, tokens, afterAge) ?? after) : after;
    if (aged && appositive !== null && !descriptors.includes(appositive))
      descriptors.push(appositive);
    const leading = tokens[left - 1];
    raw.push({
      sentence,
      run,
      phrase,
      preceding:
        leading !== undefined && leading.kind === 'word' && !leading.capitalised
          ? leading.base
          : null,
      clause: inSubordinateClause(tokens, left),
      subject:
        relativeSubject(tokens, afterAge) ||
        (verbFollows(tokens, appositive === null ? afterAge : appositive.to + 1) &&
          !embedded(tokens, left) &&
          !isPreposition(tokens[left - 1]?.lower ?? '')),
      descriptors,
      aged,
    });
  }
}

/** The phrase of a name written as an owner ("X Y's"), read without its possessive ending. */
function ownerName(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  vocabulary: Vocabulary,
): NounPhrase | null {
  const last = tokens[to - 1];
  if (last === undefined) return null;
  const ending = /['’]s$/u.test(last.text) ? 2 : 1;
  const plain: Token = {
    ...last,
    text: last.text.slice(0, -ending),
    lower: last.lower.slice(0, -ending),
    base: last.base,
    end: last.end - ending,
    possessive: false,
  };
  return parsePhrase(text, [...tokens.slice(0, to - 1), plain], from, to, vocabulary);
}

/** ", a consumer goods analyst at X," after a name. */
function appositionAfter(discourse: Discourse, tokens: Token[], index: number): NounPhrase | null {
  if (tokens[index]?.text !== ',') return null;
  let end = index + 1;
  while (end < tokens.length && tokens[end]?.text !== ',' && tokens[end]?.kind !== 'quote') end++;
  const first = tokens[index + 1];
  if (first === undefined || first.kind !== 'word' || isPreposition(first.lower)) return null;
  if (['who', 'which', 'whose', 'where', 'when', 'in', 'however'].includes(first.lower))
    return null;
  // The apposition stops at a relative clause: "an ecologist at X who was not involved".
  let stop = index + 1;
  while (stop < end && !['who', 'which', 'whose', 'that'].includes(tokens[stop]?.lower ?? ''))
    stop++;
  if (
    tokens
      .slice(index + 1, stop)
      .some((token) => !token.capitalised && token.kind === 'word' && isFiniteVerb(token.lower))
  ) {
    return null;
  }
  const phrase = parsePhrase(discourse.text, tokens, index + 1, stop, discourse.vocabulary);
  if (phrase === null) return null;
  if (
    phrase.kind !== 'role' &&
    !(phrase.kind === 'organisation-noun' && /^(?:the|an?)\s/iu.test(phrase.text))
  )
    return null;
  return { ...phrase, to: end };
}

/** A role or body in apposition before a name ("The club’s captain, X", "its auditor, X"). */
function appositionBefore(discourse: Discourse, tokens: Token[], index: number): NounPhrase | null {
  if (tokens[index - 1]?.text !== ',') return null;
  const end = index - 1;
  const start = phraseStartBefore(tokens, end, discourse.vocabulary);
  if (start >= end) return null;
  const phrase = parsePhrase(discourse.text, tokens, start, end, discourse.vocabulary);
  if (phrase === null) return null;
  return phrase.kind === 'role' || phrase.kind === 'organisation-noun' ? phrase : null;
}

const subordinators = wordSet(`
  that whether if because which who although though unless since
`);

/**
 * A subject inside a subordinate clause ("suggests that regional countries opposed …", "She
 * said X had …") is a weaker antecedent for a later pronoun than the subject of a main clause.
 */
function embedded(tokens: Token[], start: number): boolean {
  const previous = tokens[start - 1];
  if (previous === undefined || previous.kind !== 'word') return false;
  if (subordinators.has(previous.lower)) return true;
  const verb = cueVerb(previous.lower);
  return verb !== undefined && !verb.participle && !previous.capitalised;
}

/**
 * "told the court that Mr X had …": a name inside a reported or subordinate clause, where
 * "that" may have been read as a determiner and an honorific stands before the name. Such a
 * name is the subject of its own clause, but a pronoun in a later sentence points past it to
 * the main clause's subject.
 */
function inSubordinateClause(tokens: Token[], start: number): boolean {
  if (tokens[start]?.lower === 'that' && !tokens[start]?.capitalised) return true;
  let before = start - 1;
  while (before >= 0 && isHonorific((tokens[before]?.base ?? '').replace(/\.$/u, ''))) before--;
  return embedded(tokens, before + 1);
}

/**
 * "X, who said …" or "X, who runs the club, …": the relative pronoun makes X the subject of the
 * clause it opens, even when X itself stands in a prepositional phrase ("was found by X, who").
 */
function relativeSubject(tokens: Token[], index: number): boolean {
  return (
    tokens[index]?.text === ',' &&
    tokens[index + 1]?.lower === 'who' &&
    finiteAt(tokens, index + 2 + sideWordsAt(tokens, index + 2))
  );
}

function sideWordsAt(tokens: Token[], index: number): number {
  let count = 0;
  while (isVerbSideWord(tokens[index + count]?.lower ?? '') && !finiteAt(tokens, index + count))
    count++;
  return count;
}

/**
 * A finite verb in subject position. Right after a name, a lower-case word in "-ed" is a past
 * tense ("X accepted", "Y focused on") even where the tagger reads it as an adjective; an
 * auxiliary standing alone ("X had two dogs", "Y has a plan") is the verb itself.
 */
function finiteAt(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || token.capitalised) return false;
  return isFiniteVerb(token.lower) || /^[a-z]{3,}[^e]ed$/u.test(token.lower);
}

/** Whether a finite verb follows, past an apposition and adverbs: then the phrase is a subject. */
function verbFollows(tokens: Token[], index: number): boolean {
  let cursor = index;
  if (tokens[cursor]?.text === ',' && finiteAt(tokens, cursor + 1)) {
    // "The board’s chair, X, said": the apposition closes right after the name.
    cursor++;
  } else if (tokens[cursor]?.text === ',') {
    let close = cursor + 1;
    while (close < tokens.length && tokens[close]?.text !== ',') close++;
    if (close < tokens.length) cursor = close + 1;
  }
  cursor += sideWordsAt(tokens, cursor);
  // "…, the kitchenware maker, on Wednesday reported": a time adverbial before the verb.
  for (let end = cursor + 1; end <= cursor + 4 && end < tokens.length; end++) {
    if (timeAdverbialStart(tokens, end) === cursor) {
      cursor = end;
      break;
    }
  }
  return finiteAt(tokens, cursor);
}

function registerName(discourse: Discourse, mention: RawMention): void {
  const { phrase } = mention;
  const written = phrase.name;
  if (written === null) return;
  // "Pellmark, the kitchenware maker," or "Corvane, the chip firm,": a business, not a person.
  // So is "freight operator Kestrel" or "carmaker Voltis": a business noun as its title.
  const titleHead = phrase.titles[phrase.titles.length - 1] ?? '';
  const business =
    mention.descriptors.some(
      (descriptor) => phrase.titles.length === 0 && companyNouns.has(descriptor.head),
    ) ||
    (companyNouns.has(titleHead) && phrase.titles.every((title) => !isHonorific(title)));
  const titled = phrase.titles.length > 0 || mention.descriptors.length > 0 || mention.aged;
  let nameClass =
    phrase.kind === 'person' || phrase.kind === 'organisation' || phrase.kind === 'place'
      ? phrase.kind
      : classifyRun(mention.sentence.tokens, mention.run, titled && !business);
  if (business && nameClass !== 'organisation' && tokenCount(mention) <= 3)
    nameClass = 'organisation';
  // "X Pennicks, the board's site manager," or "X Y, 61,": read as a firm only because the
  // surname ends in -s, but described as someone with a job or an age, so a person.
  if (
    nameClass === 'organisation' &&
    !business &&
    (mention.aged || mention.descriptors.some((descriptor) => descriptor.kind === 'role')) &&
    !written.text.split(/\s+/u).some((word) => isOrganisationNameWord(word.toLowerCase()))
  )
    nameClass = 'person';
  const key = nameKey(written.text);
  const tokens = key.split(' ').filter((token) => token !== '');
  // One written word is a short form, a hyphenated surname ("Vossberg-Quell") included,
  // though its key has a word for each part.
  const oneWord = tokens.length > 0 && !/\s/u.test(written.text);
  let entity: Entity | undefined;

  if (oneWord && nameClass !== 'organisation' && phrase.titles.length === 0) {
    // A short form wins over the lexicon's guess that a word is a place ("Caldwell admits"):
    // the person whose name has this word, or an organisation whose name starts with it.
    // Read as a place, the word must be the surname of someone already named.
    const owners = ownersOfAll(discourse, tokens).filter(
      (owner) =>
        nameClass !== 'place' ||
        (owner.kind === 'person' && nameKey(owner.canonical.split(/\s+/u).pop() ?? '') === key),
    );
    entity = latestBefore(owners, written.start);
    if (entity === undefined && nameClass !== 'place') {
      entity = bodyShortenedTo(discourse, key, written.start);
    }
  }
  let described = false;
  if (entity === undefined && (nameClass === 'person' || nameClass === 'name')) {
    entity = discourse.byKey.get(`person:${key}`);
    if (entity === undefined && !oneWord) {
      entity = describedPerson(discourse, written.text, tokens);
      described = entity !== undefined;
    }
    // "X Y" after "the X Y Farm" or "X Y Holdings": the body's name without its last word, not a
    // person, when the phrase has no title of its own.
    if (entity === undefined && !oneWord && phrase.titles.length === 0) {
      entity = bodyShortenedTo(discourse, key, written.start);
    }
    if (entity === undefined && oneWord) {
      // A short form: the person whose name has this word and whom its titles fit, the one
      // mentioned last before it.
      const owners = fittingOwners(ownersOfAll(discourse, tokens), phrase);
      entity = latestBefore(owners, written.start) ?? owners[0];
    }
  } else if (entity === undefined) {
    entity = discourse.byKey.get(`${nameClass}:${key}`);
  }

  if (entity === undefined) {
    entity = {
      id: discourse.entities.length,
      kind: nameClass,
      canonical: written.text,
      tokenKeys: new Set(tokens),
      fullKey: key,
      roleKeys: new Set(),
      roles: [],
      modifiers: [],
      gender: null,
      known: null,
      head: '',
      positions: [],
      place: null,
      sorts: new Set(),
      indefinite: false,
    };
    if (nameClass === 'name' && titled) entity.kind = 'person';
    addEntity(discourse, entity);
  } else if (
    !described &&
    written.text.split(/\s+/u).length > entity.canonical.split(/\s+/u).length
  ) {
    entity.canonical = written.text;
    for (const token of tokens) entity.tokenKeys.add(token);
    indexEntity(discourse, entity);
  }

  entity.place ??= phrase.place;
  if (entity.kind !== 'person') {
    const describing = [
      ...written.text.toLowerCase().split(/\s+/u),
      ...mention.descriptors.map((descriptor) => descriptor.head),
      ...phrase.titles,
      mention.preceding ?? '',
    ];
    for (const word of describing) {
      const sort = bodySortOf(word);
      if (sort !== undefined) entity.sorts.add(sort);
    }
  }
  for (const descriptor of [phrase, ...mention.descriptors]) {
    if (descriptor.roleText !== null && descriptor.roleKeys.length > 0) {
      const role = descriptor === phrase ? descriptor.roleText : appositionRole(descriptor);
      if (!entity.roles.includes(role)) entity.roles.push(role);
      for (const roleKey of descriptor.roleKeys) entity.roleKeys.add(roleKey);
    }
    for (const modifier of descriptor.modifiers) {
      if (!entity.modifiers.includes(modifier)) entity.modifiers.push(modifier);
    }
  }
  if (entity.gender === null) {
    const firstWord = written.text.split(/[\s-]+/u)[0]?.toLowerCase() ?? '';
    entity.gender =
      phrase.titles.map(genderOfTitle).find((gender) => gender !== null) ??
      (entity.kind === 'person' ? genderOfFirstName(firstWord) : null);
  }
  if (entity.known === null && discourse.known.length > 0) {
    entity.known =
      matchSpeaker(entity.canonical, discourse.known) ??
      matchSpeaker(written.text, discourse.known);
  }
  discourse.nameAt.set(written.start, entity);
  addMention(discourse, {
    entity,
    position: written.start,
    subject: mention.subject,
    ...(mention.clause ? { clause: true } : {}),
  });
}

/**
 * The role an apposition gives, with what it is a role of: "head of the regional chamber of
 * commerce", "analyst at Brightwater Securities". A role led by its owner ("the board’s chair")
 * is given without the owner.
 */
function appositionRole(descriptor: NounPhrase): string {
  if (descriptor.modifiers.length > 0 && /^\S+['’]s?\s/u.test(descriptor.bare)) {
    return descriptor.roleText ?? descriptor.bare;
  }
  return descriptor.bare.replace(/[\s,]+$/u, '');
}

/** "His Kestrian counterpart, X": X holds the same office as the person mentioned before. */
function inheritCounterpartRoles(discourse: Discourse, raw: RawMention[]): void {
  for (const mention of raw) {
    const written = mention.phrase.name;
    if (written === null) continue;
    const entity = discourse.nameAt.get(written.start);
    if (entity === undefined || !entity.roleKeys.has('counterpart')) continue;
    const others = discourse.mentions
      .filter(
        (other) =>
          other.position < written.start &&
          other.entity !== entity &&
          other.entity.kind === 'person',
      )
      .filter((other) => [...other.entity.roleKeys].some((roleKey) => roleKey !== 'counterpart'));
    const previous = others[others.length - 1];
    if (previous === undefined) continue;
    for (const roleKey of previous.entity.roleKeys) entity.roleKeys.add(roleKey);
    const office = previous.entity.roles.find((role) => !/counterpart/iu.test(role));
    if (office !== undefined) entity.roles.unshift(office);
  }
}

/** Groups and organisations named by common nouns in subject position ("the ministers agreed"). */
function collectGroupSubjects(discourse: Discourse, sentence: Sentence): void {
  const { tokens } = sentence;
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || token.capitalised || !isFiniteVerb(token.lower)) return;
    let end = index;
    while (end > 0 && isVerbSideWord(tokens[end - 1]?.lower ?? '')) end--;
    // Only a plural noun can head a group: skip the parse otherwise.
    const last = tokens[end - 1];
    if (
      last === undefined ||
      last.kind !== 'word' ||
      !(last.lower.endsWith('s') || isCollectiveNoun(last.lower))
    ) {
      return;
    }
    const start = phraseStartBefore(tokens, end, discourse.vocabulary);
    if (start >= end) return;
    const phrase = parsePhrase(discourse.text, tokens, start, end, discourse.vocabulary);
    if (phrase === null || phrase.kind !== 'collective') return;
    const entity = groupEntity(discourse, phrase);
    addMention(discourse, { entity, position: phrase.start, subject: !embedded(tokens, start) });
  });
}

/**
 * Bodies the article names by a qualified noun and no proper name ("the energy ministry", "the
 * regional health authority"), wherever they stand: a later "the ministry" or "a ministry
 * spokesperson" points back to them. A bare "the company" names no body of its own.
 */
function collectQualifiedBodies(discourse: Discourse, sentence: Sentence): void {
  const { tokens } = sentence;
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || token.capitalised) return;
    const sort = bodySortOf(token.lower);
    // A company is named by its name; "the regional carrier" is that name's epithet.
    if (sort === undefined || sort === 'business') return;
    let start = index;
    while (start > index - 3 && isModifierWord(tokens[start - 1])) start--;
    if (start === index || tokens[start - 1]?.lower !== 'the') return;
    // "X, the industry regulator,": an apposition describes the body just named.
    if (tokens[start - 2]?.text === ',') return;
    if (namedBodyOfSort(discourse, sort)) return;
    // "the ministry of X", "the company's": the noun is part of a name or owns what follows.
    const next = tokens[index + 1];
    if (token.possessive || next?.lower === 'of' || next?.capitalised === true) return;
    const phrase = parsePhrase(discourse.text, tokens, start - 1, index + 1, discourse.vocabulary);
    if (phrase === null || phrase.kind !== 'organisation-noun') return;
    if (!/\s/u.test(phrase.core.trim())) return;
    const entity = groupEntity(discourse, phrase, phrase.core);
    addMention(discourse, {
      entity,
      position: phrase.start,
      subject: verbFollows(tokens, index + 1) && !embedded(tokens, start - 1),
    });
  });
}

/** Whether a body of this sort already has a proper name here, which a description points to. */
function namedBodyOfSort(discourse: Discourse, sort: BodySort): boolean {
  return discourse.entities.some(
    (entity) => entity.kind !== 'collective' && entity.kind !== 'person' && entity.sorts.has(sort),
  );
}

function isModifierWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    !token.capitalised &&
    !token.possessive &&
    !isDeterminer(token.lower) &&
    !isPreposition(token.lower) &&
    !isFiniteVerb(token.lower) &&
    token.lower !== 'and'
  );
}

export function groupEntity(discourse: Discourse, phrase: NounPhrase, written?: string): Entity {
  // Only "the" goes: a quantifier is part of what names the group ("both clubs", "all
  // three bidders").
  const name = written ?? phrase.text.replace(/^the\s+/iu, '');
  const key = name.toLowerCase();
  const indefinite = written === undefined && barePlural(phrase.text);
  let entity = discourse.byKey.get(`collective:${key}`);
  if (entity !== undefined && !indefinite) entity.indefinite = false;
  if (entity === undefined) {
    entity = {
      id: discourse.entities.length,
      kind: 'collective',
      canonical: name,
      tokenKeys: new Set(),
      fullKey: key,
      roleKeys: new Set(),
      roles: [],
      modifiers: [],
      gender: null,
      known: discourse.known.length > 0 ? matchSpeaker(name, discourse.known) : null,
      head: phrase.head,
      positions: [],
      place: null,
      sorts: new Set(),
      indefinite,
    };
    const sort = bodySortOf(phrase.head);
    if (sort !== undefined) entity.sorts.add(sort);
    addEntity(discourse, entity);
  }
  return entity;
}

/**
 * "Clubbers said", "Local doctors say": a plural with no determiner, number or owner names
 * people in general, where "the clubs" or "both unions" points to parties the story has named.
 */
function barePlural(text: string): boolean {
  const first = text.split(/\s+/u)[0] ?? '';
  return !isDeterminer(first.toLowerCase()) && !/^\d|['’]s?$/u.test(first);
}

function addEntity(discourse: Discourse, entity: Entity): void {
  discourse.entities.push(entity);
  indexEntity(discourse, entity);
}

/**
 * "Bow X Y", "Busker X Y" where the article also names X Y: a first word that is not a given
 * name, before a full name the article gives without it, describes that person and is not part
 * of the name. The full name may come first or later; the canonical name is the one without.
 */
function describedPerson(
  discourse: Discourse,
  writtenText: string,
  tokens: string[],
): Entity | undefined {
  const firstWord = (text: string): string => text.split(/\s+/u)[0]?.toLowerCase() ?? '';
  const leading = firstWord(writtenText);
  if (tokens.length >= 3 && !isFirstName(leading) && !leading.includes('-')) {
    const named = discourse.byKey.get(`person:${tokens.slice(1).join(' ')}`);
    // The described form as written still names them, though the describing word is not
    // indexed as a short form of their name.
    named?.tokenKeys.add(tokens[0] ?? '');
    if (named !== undefined) return named;
  }
  if (tokens.length < 2) return undefined;
  // "Fuming Haverly hit back" after "X Haverly": a participle of mood before the surname of
  // someone the article has named in full.
  if (tokens.length === 2 && moodParticiple(leading)) {
    const surname = tokens[1] ?? '';
    const owners = (discourse.byToken.get(surname) ?? []).filter(
      (owner) => owner.kind === 'person' && owner.fullKey.split(' ').pop() === surname,
    );
    const owner = owners.length === 1 ? owners[0] : undefined;
    // As written the phrase still names them, though the participle is no short form of it.
    owner?.tokenKeys.add(tokens[0] ?? '');
    if (owner !== undefined) return owner;
  }
  const describedBefore = discourse.entities.find(
    (entity) =>
      entity.kind === 'person' &&
      entity.fullKey.endsWith(` ${tokens.join(' ')}`) &&
      entity.fullKey.split(' ').length === tokens.length + 1 &&
      !isFirstName(firstWord(entity.canonical)) &&
      !firstWord(entity.canonical).includes('-'),
  );
  if (describedBefore === undefined) return undefined;
  describedBefore.canonical = writtenText;
  describedBefore.fullKey = tokens.join(' ');
  indexEntity(discourse, describedBefore);
  return describedBefore;
}

/**
 * Of the people a short form could stand for, those its titles fit ("Professor Lind" is the one
 * called professor, "Mr Lind" is not a woman); all of them when none fits.
 */
function fittingOwners(owners: Entity[], phrase: NounPhrase): Entity[] {
  const titled = owners.filter((owner) => phrase.roleKeys.some((key) => owner.roleKeys.has(key)));
  const pool = titled.length > 0 ? titled : owners;
  const gender = phrase.titles.map(genderOfTitle).find((found) => found !== null) ?? null;
  const gendered = pool.filter((owner) => owner.gender === null || owner.gender === gender);
  return gender === null || gendered.length === 0 ? pool : gendered;
}

/** The people whose names hold every one of these key words. */
function ownersOfAll(discourse: Discourse, tokens: string[]): Entity[] {
  const [first, ...rest] = tokens;
  return (discourse.byToken.get(first ?? '') ?? []).filter((owner) =>
    rest.every((token) => owner.tokenKeys.has(token)),
  );
}

function indexEntity(discourse: Discourse, entity: Entity): void {
  const kind = entity.kind === 'name' ? 'person' : entity.kind;
  discourse.byKey.set(`${kind}:${entity.fullKey}`, entity);
  if (entity.kind !== 'person') return;
  for (const token of entity.tokenKeys) {
    const owners = discourse.byToken.get(token) ?? [];
    if (!owners.includes(entity)) owners.push(entity);
    discourse.byToken.set(token, owners);
  }
}

function addMention(discourse: Discourse, mention: Mention): void {
  discourse.mentions.push(mention);
  insertSorted(mention.entity.positions, mention.position);
}

function insertSorted(values: number[], value: number): void {
  let index = values.length;
  while (index > 0 && (values[index - 1] ?? 0) > value) index--;
  values.splice(index, 0, value);
}

/**
 * The body mentioned last before a position whose full name a short form opens: "Korvane" or
 * "a Korvane spokesman" for Korvane Energy, "X Y" for the X Y Farm. `kinds` widens it to names
 * the article could not classify.
 */
export function bodyShortenedTo(
  discourse: Discourse,
  key: string,
  position: number,
  kinds: readonly EntityKind[] = ['organisation'],
): Entity | undefined {
  return latestBefore(
    discourse.entities.filter(
      (candidate) => kinds.includes(candidate.kind) && candidate.fullKey.startsWith(`${key} `),
    ),
    position,
  );
}

/** The entity among `entities` mentioned last before `position`. */
export function latestBefore(entities: Entity[], position: number): Entity | undefined {
  let best: Entity | undefined;
  let bestPosition = -1;
  for (const entity of entities) {
    const { positions } = entity;
    let low = 0;
    let high = positions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((positions[middle] ?? 0) < position) low = middle + 1;
      else high = middle;
    }
    const last = low > 0 ? (positions[low - 1] ?? -1) : -1;
    if (last > bestPosition) {
      bestPosition = last;
      best = entity;
    }
  }
  return best;
}

/** Records that an entity spoke at a position, which makes it the antecedent of later pronouns. */
export function noteSpeaker(
  discourse: Discourse,
  entity: Entity,
  position: number,
  closedTurn = false,
): void {
  const same = discourse.mentions.find(
    (mention) => mention.entity === entity && mention.position === position && mention.spoke,
  );
  if (same !== undefined) {
    same.closedTurn = same.closedTurn === true || closedTurn;
    return;
  }
  const mention: Mention = { entity, position, subject: true, spoke: true, closedTurn };
  let index = discourse.mentions.length;
  while (index > 0 && (discourse.mentions[index - 1]?.position ?? 0) > position) index--;
  discourse.mentions.splice(index, 0, mention);
  insertSorted(entity.positions, position);
}

export type BodySort =
  | 'business'
  | 'regulator'
  | 'government'
  | 'court'
  | 'newspaper'
  | 'school'
  | 'health'
  | 'trust'
  | 'police'
  | 'union';

/**
 * Nouns that say what sort of body an organisation is. A later "the company" or "the
 * watchdog" points back to a body of the same sort, not just to the last one mentioned.
 */
const bodySortNouns: ReadonlyArray<readonly [BodySort, string]> = [
  [
    'business',
    `company firm business retailer manufacturer operator carrier insurer developer
     publisher broadcaster airline bank maker producer supplier lender chain brand giant
     conglomerate startup start-up exporter importer distributor miner automaker carmaker
     drugmaker chipmaker app platform corp corporation inc ltd llc plc holdings industries
     airlines airways pharmaceuticals pharma`,
  ],
  [
    'regulator',
    `regulator watchdog authority agency commission inspectorate ombudsman directorate bureau`,
  ],
  ['government', `government ministry department administration cabinet council`],
  ['court', `court tribunal`],
  ['newspaper', `newspaper paper daily weekly tabloid broadsheet magazine`],
  ['school', `school academy college university institute`],
  ['health', `hospital hospitals clinic practice surgery`],
  // A trust may run hospitals, a pool or a supporters' club: a sort of its own.
  ['trust', `trust`],
  ['police', `police constabulary force`],
  // "the union" after "the X Workers' Federation" or "the Y Guild".
  ['union', `union federation guild`],
];

const bodySortByNoun = new Map<string, BodySort>();
for (const [sort, nouns] of bodySortNouns) {
  for (const noun of nouns.split(/\s+/u)) if (noun !== '') bodySortByNoun.set(noun, sort);
}

export function bodySortOf(lower: string): BodySort | undefined {
  return bodySortByNoun.get(lower);
}

export const companyNouns = wordSet(`
  company firm group business retailer manufacturer operator carrier insurer developer publisher
  broadcaster airline bank maker producer supplier lender chain brand giant conglomerate startup
  start-up exporter importer distributor miner automaker carmaker drugmaker chipmaker
`);
