// Resolution: which entity a speaker phrase at a position stands for (a name, a pronoun, a
// role, a group, a body named by its noun), how sure that is, and the name to offer for it
// (none for people at large). It reads the entity registry built in discourse.ts; it knows
// English reference, not any article or person.

import {
  isCountryName,
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
import { modifiersMatch } from './roles';

import {
  type EntityKind,
  type Entity,
  type Mention,
  type Discourse,
  groupEntity,
  latestBefore,
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
