// Resolution: which entity a speaker phrase at a position stands for (a name, a pronoun, a
// role, a group, a body named by its noun), how sure that is, and the name to offer for it
// (none for people at large). It reads the entity registry built in discourse.ts; it knows
// English reference, not any article or person.

import {
  isCountryName,
  isFiniteVerb,
  shippedTags,
  isDemonym,
  isHonorific,
  isTitleWord,
  personalPronoun,
  roleQualifiers,
  type Gender,
  wordSet,
} from './lexicon';
import { nameKey } from './name-key';
import type { NounPhrase } from './phrases';
import { modifiersMatch, roleKeysOf } from './roles';

import {
  type EntityKind,
  type Entity,
  type Mention,
  type Discourse,
  groupEntity,
  latestBefore,
  bodyShortenedTo,
  bodySortOf,
  companyNouns,
} from './discourse';

export interface Resolution {
  entity: Entity | null;
  /** canonical speaker name, or null when the phrase cannot be resolved */
  speaker: string | null;
  asWritten: string;
  /** how sure the resolution is, 0..1 */
  certainty: number;
  /**
   * another entity fitted the phrase about as well (two women before a "she"), so the choice
   * between them is a guess; absent when nothing competed
   */
  competing?: boolean;
  phrase: NounPhrase;
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
  const words = wordsToHead(entity);
  const proper = words.some(
    (word, index) => /^\p{Lu}/u.test(word) && (index > 0 || isDemonym(word.toLowerCase())),
  );
  if (proper) return false;
  const first = (words[0] ?? '').toLowerCase();
  const head = entity.head.split('-').pop() ?? entity.head;
  return (
    (entity.indefinite && !partyPlurals.has(head)) ||
    vagueQuantifiers.has(first) ||
    peopleAtLarge.has(head) ||
    /\b(?:familiar with|close to|on both sides|briefed on)\b/u.test(entity.canonical)
  );
}

/**
 * The words of a group's name that say which group it is: a place after the head ("farmers on
 * X", "diplomats in Y") says where the people are, while "researchers at X" or "lawyers for Y"
 * say whose they are.
 */
function wordsToHead(entity: Entity): string[] {
  const words = entity.canonical.split(/\s+/u);
  const head = words.findIndex(
    (word) => (word.toLowerCase().split('-').pop() ?? '') === entity.head,
  );
  const next = words[head + 1]?.toLowerCase() ?? '';
  const where = locativePrepositions.has(next) || (next === 'of' && inhabitants.has(entity.head));
  if (head < 0 || !where) return words;
  return words.slice(0, head + 1);
}

/** People named by where they live or travel: "residents of X" are not X. */
const inhabitants = wordSet(`
  residents locals people villagers islanders citizens inhabitants neighbours neighbors commuters
  passengers shoppers voters tenants householders
`);

const locativePrepositions = wordSet(`in on near around across outside inside along`);

/**
 * Plurals that name the parties of the event reported ("participants agreed", "delegates
 * said", "opposition councillors said"): members of the bodies the story is about, which a
 * bare plural can point back to, unlike "clubbers" or "local doctors".
 */
const partyPlurals = wordSet(`
  participants delegates delegations signatories attendees negotiators ministers leaders
  councillors lawmakers legislators senators
`);

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
  // "Sources at X", "insiders at X": unnamed people, wherever they are.
  if (unnamedInformants.has(phrase.head)) return null;
  // "A Penlow Radio spokesman", "an Elmgrove spokeswoman": the name before the noun.
  const before = spokesOwnerBefore.exec(phrase.text);
  if (before !== null && before[1] !== undefined) {
    const at = before[0].length - before[1].length - (before[2]?.length ?? 0);
    return { start: phrase.start + at, text: before[1].trim() };
  }
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
  if (!/^\p{Lu}/u.test(rest) || !namesABody(rest.split(/\s+/u))) return null;
  return { start: phrase.start + offset, text: rest };
}

const unnamedInformants = wordSet(`sources source insiders insider`);

const spokesOwnerBefore =
  /^(?:[Aa]n?|[Tt]he)\s+((?:\p{Lu}[\p{L}\p{M}'’&.-]*\s+)+)((?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|representative|press officer))$/u;

/**
 * The words after "for" that name whom someone speaks for: a proper name, with small words
 * inside it ("Department for Harbours", "Bank of Valdora"), or a proper adjective before a
 * body's common noun ("Valdoran foreign ministry", "Ostmark regional government").
 */
function namesABody(words: string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (!/^\p{Lu}/u.test(last)) {
    const head = last.toLowerCase();
    return (
      words.length <= 4 &&
      (institutionNouns.has(head) || bodySortOf(head) !== undefined) &&
      words.slice(1).every((word) => /^\p{Ll}/u.test(word) && !nameJoiners.has(word))
    );
  }
  return words.every((word) => /^\p{Lu}/u.test(word) || nameJoiners.has(word));
}

const nameJoiners = wordSet(`of and & for on the`);

/**
 * "A spokesman for the authority", "lawyers for the prime minister": the principal named by a
 * common noun, which points back to the body or the person the story gave that noun.
 */
function commonPrincipal(discourse: Discourse, phrase: NounPhrase): Entity | undefined {
  if (phrase.kind !== 'role' && phrase.kind !== 'collective') return undefined;
  const match = /\s(?:for|at)\s+the\s+((?:[a-z-]+\s+){0,2}[a-z-]+)$/u.exec(phrase.text);
  if (match === null) return undefined;
  const words = (match[1] ?? '').split(/\s+/u);
  const head = words[words.length - 1] ?? '';
  if (bodySortOf(head) !== undefined || institutionNouns.has(head)) {
    return resolveBodyNoun(discourse, head, words.join(' '), phrase.start);
  }
  const wanted = roleKeysOf(words.join(' ')).filter((key) => !qualifierKeys.has(key));
  if (wanted.length === 0) return undefined;
  const holders = discourse.entities.filter(
    (entity) => entity.kind === 'person' && wanted.every((key) => entity.roleKeys.has(key)),
  );
  return latestBefore(holders, phrase.start);
}

/**
 * "X Energy has paused work": a capitalised phrase read as a role because its last word can
 * head one, while the article registered the name it opens with. It is that body's name.
 */
function bodyNamedAsRole(discourse: Discourse, phrase: NounPhrase): Entity | undefined {
  const words = phrase.text.split(/\s+/u);
  if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word))) return undefined;
  if (isTitleWord(words[0]?.toLowerCase() ?? '') || isHonorific(words[0]?.toLowerCase() ?? ''))
    return undefined;
  const entity = discourse.nameAt.get(phrase.start);
  if (entity === undefined || entity.kind === 'person') return undefined;
  if (words.length > entity.canonical.split(/\s+/u).length) entity.canonical = phrase.text;
  return entity;
}

/** Heads of a phrase for someone who speaks for a body ("a spokeswoman", "the press officer"). */
const spokesKeys = wordSet(`spokesperson spokesman spokeswoman representative`);

/**
 * "A ministry spokesperson" speaks for the ministry named before; a bare "A spokesman" or "The
 * spokesperson" for the body the passage is about: the last one reported as speaking or as a
 * subject, failing that the last one named, within the passage.
 */
function spokesBody(discourse: Discourse, phrase: NounPhrase): Entity | undefined {
  if (!phrase.roleKeys.some((key) => spokesKeys.has(key))) return undefined;
  const owner = phrase.roleKeys.find(
    (key) => !spokesKeys.has(key) && (bodySortOf(key) !== undefined || institutionNouns.has(key)),
  );
  if (owner !== undefined) return resolveBodyNoun(discourse, owner, owner, phrase.start);
  // "A spokesperson for X" names its principal; one the article does not identify stays unknown.
  if (/\s(?:for|at|of)\s/u.test(phrase.text)) return undefined;
  if (phrase.roleKeys.some((key) => !spokesKeys.has(key) && !qualifierKeys.has(key)))
    return undefined;
  let named: Entity | undefined;
  for (let index = discourse.mentions.length - 1; index >= 0; index--) {
    const mention = discourse.mentions[index];
    if (mention === undefined || mention.position >= phrase.start) continue;
    if (mention.position < phrase.start - passageLength) break;
    if (!canHaveSpokesperson(mention.entity)) continue;
    if (mention.subject) return mention.entity;
    named ??= mention.entity;
  }
  return named;
}

/** How far back a passage reaches for what a spokesperson or a pronoun points to. */
const passageLength = 600;

function canHaveSpokesperson(entity: Entity): boolean {
  if (entity.kind === 'organisation') return true;
  return entity.kind === 'collective' && entity.sorts.size > 0;
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
    competing: false,
    phrase,
  });
  const found = (entity: Entity, certainty: number, competing = false): Resolution => ({
    entity,
    speaker: vagueGroup(entity) ? null : speakerName(entity),
    asWritten,
    certainty,
    competing,
    phrase,
  });

  // "A spokesman for X", "lawyers for X", "analysts at X": they speak for X, or as X.
  const principal = principalOf(discourse, phrase);
  if (principal !== null) {
    // "the Valdoran foreign ministry": the name at its start is the adjective, not the body.
    const proper = /^\p{Lu}/u.test(principal.text.split(/\s+/u).pop() ?? '');
    const entity =
      (proper ? discourse.nameAt.get(principal.start) : undefined) ??
      discourse.entities.find(
        (candidate) =>
          candidate.kind !== 'collective' &&
          nameKey(candidate.canonical) === nameKey(principal.text),
      ) ??
      // A short form of a body named in full before ("a Dunwick spokesman" for Dunwick Energy).
      bodyShortenedTo(discourse, nameKey(principal.text), phrase.start, [
        'organisation',
        'name',
        'person',
      ]);
    if (entity !== undefined) return found(entity, 0.8);
    return {
      entity: null,
      speaker: principal.text,
      asWritten,
      certainty: 0.6,
      competing: false,
      phrase,
    };
  }
  const common = commonPrincipal(discourse, phrase);
  if (common !== undefined) return found(common, 0.7);

  // "the 27-year-old", "the 31-year-old mother": someone the story has just named.
  if (ageReference.test(phrase.text)) {
    const person = lastPersonSubject(discourse, phrase.start);
    return person === undefined ? unresolved(0.3) : found(person, 0.7);
  }

  switch (phrase.kind) {
    case 'pronoun': {
      const choice = resolvePronoun(discourse, phrase.head, phrase.start);
      return choice === undefined
        ? unresolved(0.3)
        : found(choice.entity, choice.competing ? 0.6 : 0.8, choice.competing);
    }
    case 'person':
    case 'name':
    case 'organisation':
    case 'place': {
      const plural = phrase.kind === 'name' ? capitalisedPlural(discourse, phrase) : null;
      if (plural === 'police') {
        const force = policeForce(discourse, phrase.start);
        if (force !== undefined) return found(force, 0.7);
      }
      if (plural === 'people') return unresolved(0.5);
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
          competing: false,
          phrase,
        };
      }
      const partial =
        written !== null &&
        written.text.split(/\s+/u).length < entity.canonical.split(/\s+/u).length;
      return found(entity, partial ? 0.85 : 0.95);
    }
    case 'role': {
      const titled = bodyNamedAsRole(discourse, phrase);
      if (titled !== undefined) return found(titled, 0.6);
      const body = spokesBody(discourse, phrase);
      if (body !== undefined) return found(body, 0.6);
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
      const force = policeHeads.has(phrase.head) ? policeForce(discourse, phrase.start) : undefined;
      if (force !== undefined) return found(force, 0.7);
      const entity = groupEntity(discourse, phrase);
      const fuller = fullerGroup(discourse, entity, phrase.start);
      return found(fuller ?? entity, 0.75);
    }
    case 'organisation-noun': {
      const entity = resolveOrganisationNoun(discourse, phrase);
      if (entity !== undefined) return found(entity, 0.75);
      // "the hospital trust said …" in an opening paragraph that names the trust only later.
      const ahead = /^the\s/iu.test(phrase.text) ? namedBodyAhead(discourse, phrase) : undefined;
      if (ahead !== undefined) return found(ahead, 0.5);
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
    case 'document': {
      const issuer = documentIssuer(discourse, phrase);
      return issuer === undefined ? null : found(issuer, 0.6);
    }
    default:
      return null;
  }
}

/**
 * "Commuters said", "Police say": a plural common noun capitalised only because it opens the
 * sentence, read as a one-word name. Police point to a force; other plurals of people (agent
 * nouns) are people at large, unless they name the parties of the event ("Delegates said").
 */
function capitalisedPlural(discourse: Discourse, phrase: NounPhrase): 'police' | 'people' | null {
  const word = phrase.name?.text ?? '';
  if (/\s/u.test(word) || !openingWord(discourse.text, phrase.start)) return null;
  const lower = word.toLowerCase();
  if (policeHeads.has(lower)) return 'police';
  const tags = shippedTags(lower);
  if (tags.has('LastName') || tags.has('FirstName') || partyPlurals.has(lower)) return null;
  if (!/^\p{Lu}\p{Ll}+(?:er|or|ist|ian|ant|ent|eer)s$/u.test(word)) return null;
  // A surname standing alone belongs to someone named in full elsewhere in the story.
  const entity = discourse.nameAt.get(phrase.start);
  return entity === undefined || entity.canonical === word ? 'people' : null;
}

function openingWord(text: string, start: number): boolean {
  return /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, start - 4), start));
}

/** Plural nouns for a police force's officers: "police said", "officers believe". */
const policeHeads = wordSet(`police officers detectives`);

/**
 * The police force the article names last before a position, or, when "Police say" opens the
 * story, the one it names first.
 */
function policeForce(discourse: Discourse, position: number): Entity | undefined {
  const forces = discourse.entities.filter(
    (entity) =>
      entity.kind !== 'person' && entity.kind !== 'collective' && entity.sorts.has('police'),
  );
  return latestBefore(forces, position) ?? forces[0];
}

/**
 * "the company's trading statement", "ministry figures": a document whose owner the phrase
 * names is credited to that owner. A document with no owner named has no speaker.
 */
function documentIssuer(discourse: Discourse, phrase: NounPhrase): Entity | undefined {
  const owner = /^(?:the\s+)?([\p{L}-]+)(['’]s?)?\s/u.exec(phrase.text);
  const word = owner?.[1]?.toLowerCase() ?? '';
  if (owner === null || word === phrase.head) return undefined;
  if (bodySortOf(word) !== undefined || institutionNouns.has(word)) {
    return resolveBodyNoun(discourse, word, word, phrase.start);
  }
  if (owner[2] === undefined || !/^\p{Lu}/u.test(owner[1] ?? '')) return undefined;
  const at = phrase.start + owner[0].indexOf(owner[1] ?? '');
  const entity = discourse.nameAt.get(at);
  if (entity !== undefined) return entity.kind !== 'person' ? entity : undefined;
  // "Pellacombe's quarterly report": an owner is not registered as a name of its own; it is the
  // body whose name is that word or starts with it.
  const key = nameKey(owner[1] ?? '');
  return (
    discourse.byKey.get(`organisation:${key}`) ?? bodyShortenedTo(discourse, key, phrase.start)
  );
}

function resolvePronoun(
  discourse: Discourse,
  pronoun: string,
  position: number,
): { entity: Entity; competing: boolean } | undefined {
  const info = personalPronoun(pronoun);
  if (info === undefined) return undefined;
  const wanted: EntityKind[] =
    info.number === 'plural'
      ? ['collective']
      : info.number === 'thing'
        ? ['organisation']
        : ['person'];
  const compatible = (mention: Mention): boolean =>
    mention.position < position &&
    (wanted.includes(mention.entity.kind) ||
      (standsFor(info.number, mention) &&
        !(info.number !== 'thing' && namesAPeople(discourse, mention.entity)))) &&
    (info.gender === null ||
      mention.entity.gender === null ||
      mention.entity.gender === info.gender);
  const described = info.number === 'thing' ? bodyNounSubjectBefore(discourse, position) : null;
  let fallback: Mention | undefined;
  for (let index = discourse.mentions.length - 1; index >= 0; index--) {
    const mention = discourse.mentions[index];
    if (mention === undefined || !compatible(mention)) continue;
    if (described !== null && described.position > mention.position) {
      return { entity: described.entity, competing: false };
    }
    if (
      mention.subject &&
      !(mention.clause === true && sentenceEndsBetween(discourse.text, mention.position, position))
    ) {
      const entity =
        mention.closedTurn === true && mention.entity.gender === null && info.gender !== null
          ? (knownGenderBefore(discourse, index, info.gender, mention.entity) ?? mention.entity)
          : mention.entity;
      return settle(discourse, entity, index, compatible, info.gender);
    }
    fallback ??= mention;
  }
  if (fallback === undefined) return undefined;
  return settle(
    discourse,
    fallback.entity,
    discourse.mentions.indexOf(fallback),
    compatible,
    info.gender,
  );
}

const ageReference = /^the\s+(?:\d+|[a-z]+(?:-[a-z]+)*)-year-old(?:\s+[a-z]+)?$/iu;

/** The person last mentioned as a subject before a position. */
function lastPersonSubject(discourse: Discourse, position: number): Entity | undefined {
  for (let index = discourse.mentions.length - 1; index >= 0; index--) {
    const mention = discourse.mentions[index];
    if (mention === undefined || mention.position >= position) continue;
    if (mention.subject && mention.entity.kind === 'person') return mention.entity;
  }
  return undefined;
}

const peopleNamed = new WeakMap<Entity, boolean>();

/**
 * A one-word name the article also turns into an adjective of a people ("Velmoria" beside
 * "Velmorian"): a country, which "he" or "she" never stands for.
 */
function namesAPeople(discourse: Discourse, entity: Entity): boolean {
  const known = peopleNamed.get(entity);
  if (known !== undefined) return known;
  const name = entity.canonical;
  let found = false;
  if (/^\p{Lu}\p{Ll}{3,}$/u.test(name)) {
    const stem = name.replace(/[aeiouy]$/u, '');
    found = new RegExp(
      `(?:^|[^\\p{L}])(?:${name}|${stem})(?:n|an|ian|ese|i|ish)(?![\\p{L}])`,
      'u',
    ).test(discourse.text);
  }
  peopleNamed.set(entity, found);
  return found;
}

/** Whether a sentence ends between two positions of the text. */
function sentenceEndsBetween(text: string, from: number, to: number): boolean {
  return /[.!?]["”’»“]?\s|\n/u.test(text.slice(from, to));
}

/**
 * "X said the company would launch what it calls …": a body named by its noun as the subject of
 * a clause earlier in the pronoun's sentence, which no mention records. Where it stands and the
 * body it points back to.
 */
function bodyNounSubjectBefore(
  discourse: Discourse,
  position: number,
): { position: number; entity: Entity } | null {
  const from = Math.max(
    discourse.text.lastIndexOf('. ', position),
    discourse.text.lastIndexOf('\n', position),
  );
  const sentence = discourse.text.slice(from + 1, position);
  let best: { position: number; entity: Entity } | null = null;
  for (const match of sentence.matchAll(/\b[Tt]he\s+([a-z]+)\s+([a-z]+)\b/gu)) {
    const [, head = '', verb = ''] = match;
    if (bodySortOf(head) === undefined && !institutionNouns.has(head)) continue;
    if (!isFiniteVerb(verb)) continue;
    const at = from + 1 + (match.index ?? 0);
    const entity = resolveBodyNoun(discourse, head, head, at);
    if (entity !== undefined) best = { position: at, entity };
  }
  return best;
}

/**
 * Entities a pronoun can stand for beyond its own kind. "It" is also a body named by its noun
 * ("the defence ministry"), kept as a collective because it has no proper name, and a one-word
 * name in subject position with nothing that makes it a person ("Animal charity X has warned
 * of what it calls"). "He" or "she" is also a name the article reported as speaking.
 */
function standsFor(number: string, mention: Mention): boolean {
  const { entity } = mention;
  if (number === 'thing') {
    if (entity.kind === 'collective') return entity.sorts.size > 0;
    return (
      entity.kind === 'name' &&
      mention.subject &&
      entity.gender === null &&
      entity.roles.length === 0
    );
  }
  return number !== 'plural' && entity.kind === 'name' && mention.spoke === true;
}

/**
 * Whether another entity the pronoun could stand for was a subject in the passage before it,
 * and learning the pronoun's gender only when there was none: a guess must not decide a name's
 * gender for the rest of the article.
 */
function settle(
  discourse: Discourse,
  entity: Entity,
  from: number,
  compatible: (mention: Mention) => boolean,
  gender: Gender | null,
): { entity: Entity; competing: boolean } {
  const limit = (discourse.mentions[from]?.position ?? 0) - passageLength;
  let competing = false;
  for (let index = from; index >= 0; index--) {
    const mention = discourse.mentions[index];
    if (mention === undefined || mention.position < limit) break;
    if (mention.entity !== entity && mention.subject && compatible(mention)) {
      competing = true;
      break;
    }
  }
  if (!competing) learnGender(entity, gender);
  return { entity, competing };
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
    full-back centre-back flanker prop hooker fly-half scrum-half wing fullback batsman batter
    bowler all-rounder wicketkeeper
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

/** Public bodies a local story can call by their noun alone ("the council says"). */
const institutionNouns = wordSet(`
  council government ministry court agency authority commission committee board department
  parliament senate cabinet administration regulator embassy presidency municipality tribunal
  inspectorate directorate secretariat bureau prosecution defence defense
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

/** The first body named after a phrase whose name has the phrase's noun, or is of its sort. */
function namedBodyAhead(discourse: Discourse, phrase: NounPhrase): Entity | undefined {
  const sort = bodySortOf(phrase.head);
  const next = discourse.mentions.find(
    (mention) =>
      mention.position > phrase.end &&
      mention.entity.kind === 'organisation' &&
      (mention.entity.tokenKeys.has(phrase.head) ||
        (sort !== undefined && mention.entity.sorts.has(sort))),
  );
  return next?.entity;
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
  return resolveBodyNoun(discourse, phrase.head, phrase.core, phrase.start);
}

/**
 * The body a common noun points back to ("the company", "the watchdog", "the school"), from its
 * head, its words up to the head ("hospital trust") and where it stands.
 */
function resolveBodyNoun(
  discourse: Discourse,
  head: string,
  core: string,
  start: number,
): Entity | undefined {
  const phrase = { start, core };
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
