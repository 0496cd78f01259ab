// Who is who in one article: the people, organisations and groups it mentions, with the names,
// titles and roles it gives them, and where it mentions them. Resolves a speaker phrase to one
// of them: a full name, a short form ("Vosberg"), a role ("the Valdoran Foreign Minister",
// "the expert"), a pronoun (the most recent compatible subject) or a group.
// It must not know any particular person; it only reads what the article says.

import {
  genderOfFirstName,
  genderOfTitle,
  isCollectiveNoun,
  isCountryName,
  isDemonym,
  isDeterminer,
  isFiniteVerb,
  isHonorific,
  isOrganisationNoun,
  isPreposition,
  isRoleNoun,
  isTitleWord,
  isVerbSideWord,
  personalPronoun,
  roleQualifiers,
  type Gender,
  wordSet,
} from './lexicon';
import { matchSpeaker, nameKey } from './name-key';
import {
  classifyRun,
  modifiersMatch,
  nameRunAt,
  openingJobWord,
  parsePhrase,
  phraseStartBefore,
  timeAdverbialStart,
  type NounPhrase,
  type Vocabulary,
} from './phrases';
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
}

export interface Mention {
  entity: Entity;
  position: number;
  subject: boolean;
  /** the entity was reported as speaking here, not only named */
  spoke?: boolean;
  /** it spoke in an attribution after a quotation (`“…,” X said`), which closes its turn */
  closedTurn?: boolean;
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

export interface Resolution {
  entity: Entity | null;
  /** canonical speaker name, or null when the phrase cannot be resolved */
  speaker: string | null;
  asWritten: string;
  /** how sure the resolution is, 0..1 */
  certainty: number;
  phrase: NounPhrase;
}

interface RawMention {
  sentence: Sentence;
  run: { from: number; to: number };
  phrase: NounPhrase;
  subject: boolean;
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

  for (const sentence of sentences) collectGroupSubjects(discourse, sentence);
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
    if (tokens[run.to - 1]?.possessive === true) continue;
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
      subject:
        verbFollows(tokens, appositive === null ? afterAge : appositive.to + 1) &&
        !embedded(tokens, left),
      descriptors,
      aged,
    });
  }
}

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
 * A subject inside a subordinate clause ("suggests that regional countries opposed …") is a
 * weaker antecedent for a later pronoun than the subject of a main clause.
 */
function embedded(tokens: Token[], start: number): boolean {
  return subordinators.has(tokens[start - 1]?.lower ?? '');
}

/** Whether a finite verb follows, past an apposition and adverbs: then the phrase is a subject. */
function verbFollows(tokens: Token[], index: number): boolean {
  let cursor = index;
  if (tokens[cursor]?.text === ',' && isFiniteVerb(tokens[cursor + 1]?.lower ?? '')) {
    // "The board’s chair, X, said": the apposition closes right after the name.
    cursor++;
  } else if (tokens[cursor]?.text === ',') {
    let close = cursor + 1;
    while (close < tokens.length && tokens[close]?.text !== ',') close++;
    if (close < tokens.length) cursor = close + 1;
  }
  while (cursor < tokens.length && isVerbSideWord(tokens[cursor]?.lower ?? '')) cursor++;
  // "…, the kitchenware maker, on Wednesday reported": a time adverbial before the verb.
  for (let end = cursor + 1; end <= cursor + 4 && end < tokens.length; end++) {
    if (timeAdverbialStart(tokens, end) === cursor) {
      cursor = end;
      break;
    }
  }
  const token = tokens[cursor];
  return (
    token !== undefined && token.kind === 'word' && !token.capitalised && isFiniteVerb(token.lower)
  );
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
  const key = nameKey(written.text);
  const tokens = key.split(' ').filter((token) => token !== '');
  let entity: Entity | undefined;

  if (tokens.length === 1 && nameClass !== 'organisation' && phrase.titles.length === 0) {
    // A short form wins over the lexicon's guess that a word is a place ("Caldwell admits"):
    // the person whose name has this word, or an organisation whose name starts with it.
    const word = tokens[0] ?? '';
    // Read as a place, the word must be the surname of someone already named.
    const owners = (discourse.byToken.get(word) ?? []).filter(
      (owner) =>
        nameClass !== 'place' ||
        (owner.kind === 'person' && nameKey(owner.canonical.split(/\s+/u).pop() ?? '') === word),
    );
    entity = latestBefore(owners, written.start);
    if (entity === undefined && nameClass !== 'place') {
      const organisations = discourse.entities.filter(
        (candidate) =>
          candidate.kind === 'organisation' &&
          candidate.fullKey.split(' ').length > 1 &&
          candidate.fullKey.split(' ')[0] === tokens[0],
      );
      entity = latestBefore(organisations, written.start);
    }
  }
  if (entity === undefined && (nameClass === 'person' || nameClass === 'name')) {
    entity = discourse.byKey.get(`person:${key}`);
    if (entity === undefined && tokens.length === 1) {
      // A short form: the person whose name has this word, the one mentioned last before it.
      const owners = discourse.byToken.get(tokens[0] ?? '') ?? [];
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
    };
    if (nameClass === 'name' && titled) entity.kind = 'person';
    addEntity(discourse, entity);
  } else if (written.text.split(/\s+/u).length > entity.canonical.split(/\s+/u).length) {
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
  addMention(discourse, { entity, position: written.start, subject: mention.subject });
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

export function groupEntity(discourse: Discourse, phrase: NounPhrase, written?: string): Entity {
  // Only "the" goes: a quantifier is part of what names the group ("both clubs", "all
  // three bidders").
  const name = written ?? phrase.text.replace(/^the\s+/iu, '');
  const key = name.toLowerCase();
  let entity = discourse.byKey.get(`collective:${key}`);
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
    };
    const sort = bodySortOf(phrase.head);
    if (sort !== undefined) entity.sorts.add(sort);
    addEntity(discourse, entity);
  }
  return entity;
}

function addEntity(discourse: Discourse, entity: Entity): void {
  discourse.entities.push(entity);
  indexEntity(discourse, entity);
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

/** The entity among `entities` mentioned last before `position`. */
function latestBefore(entities: Entity[], position: number): Entity | undefined {
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

/**
 * A group the article does not identify: people at large ("critics", "residents", "festival-
 * goers") or a group counted vaguely ("several parents", "two people familiar with the
 * matter"). Someone spoke, but no name can be offered. The parties of the story ("the two
 * clubs", "the delegates", "both unions"), a group with a proper adjective ("Nordic
 * delegates") and a body noun ("the ministry") identify their speaker.
 */
function vagueGroup(entity: Entity): boolean {
  if (entity.kind !== 'collective' || entity.known !== null || entity.sorts.size > 0) return false;
  const words = entity.canonical.split(/\s+/u);
  const proper = words.some(
    (word, index) => /^\p{Lu}/u.test(word) && (index > 0 || isDemonym(word.toLowerCase())),
  );
  if (proper) return false;
  const first = (words[0] ?? '').toLowerCase();
  const head = entity.head.split('-').pop() ?? entity.head;
  return (
    vagueQuantifiers.has(first) ||
    peopleAtLarge.has(head) ||
    /\b(?:familiar with|close to|on both sides|briefed on)\b/u.test(entity.canonical)
  );
}

const vagueQuantifiers = wordSet(`some several many most few numerous various other others`);

const peopleAtLarge = wordSet(`
  critics residents locals campaigners activists protesters fans supporters opponents observers
  insiders sources officials experts commentators passengers commuters parents pupils students
  shoppers voters users customers neighbours neighbors witnesses goers regulars universities
  economists scientists representatives people pharmacists bystanders onlookers traders tenants
  landlords farmers fishermen drivers members staff employees
`);

/** The name after "for" or "at" that a spokesperson, lawyer or group speaks for or works at. */
function principalOf(
  discourse: Discourse,
  phrase: NounPhrase,
): { start: number; text: string } | null {
  if (phrase.kind !== 'role' && phrase.kind !== 'collective') return null;
  const match = /\s(?:for|at)\s+(?:the\s+)?/u.exec(phrase.text);
  if (match === null) return null;
  let rest = phrase.text.slice(match.index + match[0].length);
  let offset = match.index + match[0].length;
  const words = rest.split(/\s+/u);
  // A title before the name ("Cllr", "Dr") is not part of it.
  const first = (words[0] ?? '').replace(/\.$/u, '').toLowerCase();
  if (words.length > 1 && (isTitleWord(first) || isHonorific(first))) {
    const skip = (words[0] ?? '').length + 1;
    rest = rest.slice(skip);
    offset += skip;
  }
  if (
    !/^\p{Lu}/u.test(rest) ||
    !rest.split(/\s+/u).every((word) => /^(?:\p{Lu}|of$|and$|&$)/u.test(word))
  )
    return null;
  return { start: phrase.start + offset, text: rest };
}

function speakerName(entity: Entity): string {
  return entity.known?.name ?? entity.canonical;
}

/**
 * Resolves a speaker phrase at a position. Returns null for phrases that cannot speak (events,
 * documents, plain nouns); a Resolution with speaker null when the phrase could speak but the
 * article does not say who it is.
 */
export function resolvePhrase(discourse: Discourse, phrase: NounPhrase): Resolution | null {
  const asWritten = phrase.name?.text ?? phrase.text;
  const unresolved = (certainty: number): Resolution => ({
    entity: null,
    speaker: null,
    asWritten,
    certainty,
    phrase,
  });
  const found = (entity: Entity, certainty: number): Resolution => ({
    entity,
    speaker: vagueGroup(entity) ? null : speakerName(entity),
    asWritten,
    certainty,
    phrase,
  });

  // "A spokesman for X", "lawyers for X", "analysts at X": they speak for X, or as X.
  const principal = principalOf(discourse, phrase);
  if (principal !== null) {
    const entity =
      discourse.nameAt.get(principal.start) ??
      discourse.entities.find(
        (candidate) =>
          candidate.kind !== 'collective' &&
          nameKey(candidate.canonical) === nameKey(principal.text),
      );
    if (entity !== undefined) return found(entity, 0.8);
    return { entity: null, speaker: principal.text, asWritten, certainty: 0.6, phrase };
  }

  switch (phrase.kind) {
    case 'pronoun': {
      const entity = resolvePronoun(discourse, phrase.head, phrase.start);
      return entity === undefined ? unresolved(0.3) : found(entity, 0.8);
    }
    case 'person':
    case 'name':
    case 'organisation':
    case 'place': {
      const written = phrase.name;
      let entity = written === null ? undefined : discourse.nameAt.get(written.start);
      // A name with words the one registered at its start lacks ("the Ostfield Courier" where
      // only "Ostfield" was read as a name) is another body, not the one that word stands for.
      if (
        entity !== undefined &&
        written !== null &&
        nameKey(written.text)
          .split(' ')
          .some((token) => token !== '' && !entity?.tokenKeys.has(token))
      ) {
        entity = undefined;
      }
      if (entity === undefined) {
        return {
          entity: null,
          speaker: phrase.name?.text ?? phrase.bare,
          asWritten,
          certainty: 0.6,
          phrase,
        };
      }
      const partial =
        written !== null &&
        written.text.split(/\s+/u).length < entity.canonical.split(/\s+/u).length;
      return found(entity, partial ? 0.85 : 0.95);
    }
    case 'role': {
      // "A spokesperson for the ministry" introduces someone new; it never points back. In the
      // opening paragraphs the story may name that person next ("A judge ruled … Justice X
      // found …"): the first person introduced after it with the same role.
      if (/^an?\s/iu.test(phrase.text)) {
        const named = namedNext(discourse, phrase);
        return named === undefined ? unresolved(0.35) : found(named, 0.5);
      }
      const entity = resolveRole(discourse, phrase);
      if (entity !== undefined) return found(entity, 0.8);
      // A headline names a role before the story introduces the person ("…, says union
      // leader"): the first person the story gives that role, or failing that any role.
      const ahead = phrase.start < discourse.headlineEnd ? roleAhead(discourse, phrase) : undefined;
      return ahead === undefined ? unresolved(0.35) : found(ahead, 0.5);
    }
    case 'collective': {
      const entity = groupEntity(discourse, phrase);
      const fuller = fullerGroup(discourse, entity, phrase.start);
      return found(fuller ?? entity, 0.75);
    }
    case 'organisation-noun': {
      const entity = resolveOrganisationNoun(discourse, phrase);
      if (entity !== undefined) return found(entity, 0.75);
      // "the Tarvanian foreign ministry", "the regional health authority": qualified enough to
      // name one body even without a proper name.
      if (phrase.roleKeys.length + phrase.modifiers.length >= 2 && !/^an?\s/iu.test(phrase.text)) {
        const fuller = fullerBody(discourse, phrase.core, phrase.start);
        return found(fuller ?? groupEntity(discourse, phrase, phrase.core), 0.7);
      }
      // "The council says …" with no council named: the one body the story is about, named by
      // its noun. A guess, so it counts for less.
      if (/^the\s/iu.test(phrase.text) && institutionNouns.has(phrase.head)) {
        return found(
          fullerBody(discourse, phrase.core, phrase.start) ??
            groupEntity(discourse, phrase, phrase.core),
          0.5,
        );
      }
      return unresolved(0.35);
    }
    default:
      return null;
  }
}

function resolvePronoun(
  discourse: Discourse,
  pronoun: string,
  position: number,
): Entity | undefined {
  const info = personalPronoun(pronoun);
  if (info === undefined) return undefined;
  const wanted: EntityKind[] =
    info.number === 'plural'
      ? ['collective']
      : info.number === 'thing'
        ? ['organisation']
        : ['person'];
  // "it" is also a body named by its noun ("the defence ministry", "the mission"), which is
  // kept as a collective because it has no proper name.
  const isBody = (entity: Entity): boolean =>
    info.number === 'thing' && entity.kind === 'collective' && entity.sorts.size > 0;
  const compatible = (mention: Mention): boolean =>
    mention.position < position &&
    (wanted.includes(mention.entity.kind) || isBody(mention.entity)) &&
    (info.gender === null ||
      mention.entity.gender === null ||
      mention.entity.gender === info.gender);
  let fallback: Mention | undefined;
  for (let index = discourse.mentions.length - 1; index >= 0; index--) {
    const mention = discourse.mentions[index];
    if (mention === undefined || !compatible(mention)) continue;
    if (mention.subject) {
      const entity =
        mention.closedTurn === true && mention.entity.gender === null && info.gender !== null
          ? (knownGenderBefore(discourse, index, info.gender, mention.entity) ?? mention.entity)
          : mention.entity;
      learnGender(entity, info.gender);
      return entity;
    }
    fallback ??= mention;
  }
  if (fallback !== undefined) learnGender(fallback.entity, info.gender);
  return fallback?.entity;
}

/**
 * `X said: “…” … “…,” Y said. “…,” she added.` When the last speaker closed a turn after a
 * quotation and its gender is unknown, while a speaker shortly before is known to be a woman,
 * "she" marks the switch back to her: a writer who meant Y would have let the quotations run on.
 */
function knownGenderBefore(
  discourse: Discourse,
  from: number,
  gender: Gender,
  skip: Entity,
): Entity | undefined {
  const limit = (discourse.mentions[from]?.position ?? 0) - 800;
  for (let index = from - 1; index >= 0; index--) {
    const mention = discourse.mentions[index];
    if (mention === undefined || mention.position < limit) break;
    if (mention.entity === skip || mention.entity.kind !== 'person') continue;
    if (mention.spoke === true && mention.entity.gender === gender) return mention.entity;
    if (mention.spoke === true && mention.entity.gender !== null) return undefined;
  }
  return undefined;
}

function learnGender(entity: Entity, gender: Gender | null): void {
  if (entity.gender === null && gender !== null) entity.gender = gender;
}

const qualifierKeys = new Set([...roleQualifiers, 'top', 'senior']);

function resolveRole(discourse: Discourse, phrase: NounPhrase): Entity | undefined {
  const wanted = phrase.roleKeys.filter((key) => !qualifierKeys.has(key));
  if (wanted.length === 0) return undefined;
  const fits = (entity: Entity): boolean => {
    if (entity.kind !== 'person') return false;
    if (!wanted.every((key) => entity.roleKeys.has(key))) return false;
    return phrase.modifiers.every((modifier) =>
      entity.modifiers.some((have) => modifiersMatch(modifier, have)),
    );
  };
  const candidates = discourse.entities.filter(fits);
  const exact = latestBefore(candidates, phrase.start);
  if (exact !== undefined || phrase.modifiers.length > 0) return exact;
  // "the union leader" for "union general secretary X": a generic head, and the body it leads.
  if (genericHeads.has(phrase.head)) {
    const body = wanted.filter((key) => !genericHeads.has(key));
    if (body.length > 0) {
      const leaders = discourse.entities.filter(
        (entity) => entity.kind === 'person' && body.every((key) => entity.roleKeys.has(key)),
      );
      return latestBefore(leaders, phrase.start);
    }
  }
  // "the defender" for a player introduced as "Captain X": a role of the same kind.
  const group = roleGroupOf(phrase.head);
  if (group === undefined) return undefined;
  const kin = discourse.entities.filter(
    (entity) =>
      entity.kind === 'person' && [...entity.roleKeys].some((key) => roleGroupOf(key) === group),
  );
  return latestBefore(kin, phrase.start);
}

/** Heads that say only that someone leads: what they lead is in the words before them. */
const genericHeads = wordSet(`leader head chief boss`);

/**
 * Roles a story may use for one another when it refers back to someone: a team's captain is
 * also "the defender", an economist "the expert". Offices (minister, judge, coach) are not
 * grouped: a story that says "the coach" means the coach.
 */
const roleGroups: ReadonlyArray<ReadonlySet<string>> = [
  wordSet(`
    player captain skipper defender striker midfielder goalkeeper keeper forward winger
    full-back centre-back
  `),
  wordSet(`
    expert analyst economist researcher scientist academic specialist pollster strategist
    commentator
  `),
];

function roleGroupOf(key: string): number | undefined {
  const index = roleGroups.findIndex((group) => group.has(key));
  return index < 0 ? undefined : index;
}

/** "the ministers" after "the Nordic foreign ministers": the fuller name of the group. */
function fullerGroup(discourse: Discourse, entity: Entity, position: number): Entity | undefined {
  const fuller = discourse.entities.filter(
    (candidate) =>
      candidate.kind === 'collective' &&
      candidate !== entity &&
      candidate.head === entity.head &&
      candidate.canonical.length > entity.canonical.length &&
      candidate.canonical.toLowerCase().endsWith(entity.canonical.toLowerCase()),
  );
  return latestBefore(fuller, position);
}

export type BodySort = 'business' | 'regulator' | 'government' | 'court' | 'newspaper';

/**
 * Nouns that say what sort of body an organisation is. A later "the company" or "the
 * watchdog" points back to a body of the same sort, not just to the last one mentioned.
 */
const bodySortNouns: ReadonlyArray<readonly [BodySort, string]> = [
  [
    'business',
    `company firm group business retailer manufacturer operator carrier insurer developer
     publisher broadcaster airline bank maker producer supplier lender chain brand giant
     conglomerate startup start-up exporter importer distributor miner automaker carmaker
     drugmaker chipmaker app platform corp corporation inc ltd llc plc holdings industries
     airlines airways pharmaceuticals pharma`,
  ],
  [
    'regulator',
    `regulator watchdog authority agency commission inspectorate ombudsman directorate bureau`,
  ],
  ['government', `government ministry department administration cabinet`],
  ['court', `court tribunal`],
  ['newspaper', `newspaper paper daily weekly tabloid broadsheet magazine`],
];
const bodySortByNoun = new Map<string, BodySort>();
for (const [sort, nouns] of bodySortNouns) {
  for (const noun of nouns.split(/\s+/u)) if (noun !== '') bodySortByNoun.set(noun, sort);
}

export function bodySortOf(lower: string): BodySort | undefined {
  return bodySortByNoun.get(lower);
}

const companyNouns = wordSet(`
  company firm group business retailer manufacturer operator carrier insurer developer publisher
  broadcaster airline bank maker producer supplier lender chain brand giant conglomerate startup
  start-up exporter importer distributor miner automaker carmaker drugmaker chipmaker
`);

/** Public bodies a local story can call by their noun alone ("the council says"). */
const institutionNouns = wordSet(`
  council government ministry court agency authority commission committee board department
  parliament senate cabinet administration regulator embassy presidency municipality tribunal
  inspectorate directorate secretariat bureau
`);

/**
 * A body named more fully elsewhere in the story: "health agency" in a headline for the
 * "national health agency" of the first paragraph.
 */
function fullerBody(discourse: Discourse, core: string, position: number): Entity | undefined {
  const wanted = core.toLowerCase();
  const fuller = discourse.entities.filter(
    (entity) =>
      (entity.kind === 'collective' || entity.kind === 'organisation') &&
      entity.fullKey !== wanted &&
      entity.fullKey.endsWith(` ${wanted}`),
  );
  // Before: "the agency" after "the national health agency". After: only from a headline.
  return (
    latestBefore(fuller, position) ??
    (position < discourse.headlineEnd
      ? fuller.find((entity) => entity.positions.length > 0)
      : undefined)
  );
}

function namedNext(discourse: Discourse, phrase: NounPhrase): Entity | undefined {
  const wanted = phrase.roleKeys.filter((key) => !qualifierKeys.has(key));
  if (wanted.length === 0) return undefined;
  const next = discourse.mentions.find(
    (mention) =>
      mention.position > phrase.end &&
      mention.position < phrase.end + 400 &&
      mention.entity.kind === 'person' &&
      wanted.every((key) => mention.entity.roleKeys.has(key)),
  );
  // Only someone new: a person already named would have been called by name.
  if (next === undefined || (next.entity.positions[0] ?? 0) < phrase.start) return undefined;
  return next.entity;
}

/** The first person after a position whose role fits a role phrase, else the first with a role. */
function roleAhead(discourse: Discourse, phrase: NounPhrase): Entity | undefined {
  const people = discourse.mentions
    .filter((mention) => mention.position > phrase.end && mention.entity.kind === 'person')
    .map((mention) => mention.entity)
    .filter((entity) => entity.roles.length > 0);
  const wanted = phrase.roleKeys.filter((key) => !qualifierKeys.has(key) || key === 'chief');
  return people.find((entity) => wanted.some((key) => entity.roleKeys.has(key))) ?? people[0];
}

function resolveOrganisationNoun(discourse: Discourse, phrase: NounPhrase): Entity | undefined {
  const head = phrase.head;
  const organisations = discourse.entities.filter((entity) => entity.kind === 'organisation');
  const named = organisations.filter((entity) =>
    entity.canonical.toLowerCase().split(/\s+/u).includes(head),
  );
  const byName = latestBefore(named, phrase.start);
  if (byName !== undefined) return byName;
  // "the watchdog" after "the Data Protection Authority", "the company" after "app X": the
  // last body of the sort the noun names, wherever it stood in its sentence.
  // Only the bare noun: a qualified one ("the national health agency") names its own body.
  const sort = /\s/u.test(phrase.core.trim()) ? undefined : bodySortOf(head);
  if (sort !== undefined) {
    const sorted = discourse.entities.filter(
      (entity) => entity.kind !== 'person' && entity.kind !== 'place' && entity.sorts.has(sort),
    );
    const bySort = latestBefore(sorted, phrase.start);
    if (bySort !== undefined) return bySort;
  }
  if (!companyNouns.has(head)) return undefined;
  // "the company": the organisation last seen as the subject of a sentence, unless the story
  // has said it is a body of another sort (a regulator, a court).
  const otherSort = (entity: Entity): boolean =>
    entity.sorts.size > 0 && !entity.sorts.has('business');
  for (let index = discourse.mentions.length - 1; index >= 0; index--) {
    const mention = discourse.mentions[index];
    if (mention === undefined || mention.position >= phrase.start) continue;
    if (mention.subject && mention.entity.kind === 'organisation' && !otherSort(mention.entity))
      return mention.entity;
  }
  // Failing that, a one-word name with no title or first name that the story put in subject
  // position: businesses are often named without any word that says so ("Pellmark said").
  for (let index = discourse.mentions.length - 1; index >= 0; index--) {
    const mention = discourse.mentions[index];
    if (mention === undefined || mention.position >= phrase.start || !mention.subject) continue;
    const entity = mention.entity;
    if (
      entity.kind === 'name' &&
      entity.roles.length === 0 &&
      entity.gender === null &&
      !otherSort(entity)
    ) {
      if (!/\s/u.test(entity.canonical)) return entity;
    }
  }
  return undefined;
}

/** The country a person's modifiers point to, as the article spells it. */
export function countryOf(discourse: Discourse, entity: Entity): string | null {
  if (entity.kind !== 'person') return null;
  if (entity.place !== null) return entity.place;
  for (const modifier of entity.modifiers) {
    if (isCountryName(modifier.toLowerCase())) return modifier;
    // A nationality ("Valdoran") names the place the article spells out ("Valdora"); a bare
    // name before a title ("Aldersfeld coach") may be a club or a town, so it is not a country.
    const place = discourse.places.find(
      (candidate) => candidate !== modifier && modifiersMatch(modifier, candidate),
    );
    if (place !== undefined) return place;
  }
  return null;
}
