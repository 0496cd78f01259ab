// Speakers and their aliases: the people (and bodies) quotations are attributed to.
import type { NotebookDatabase } from '../../db/open';
import * as queries from '../../db/queries/speakers';
import type { Speaker } from '../../db/model';
import { conflict, notFound } from '../domain/errors';
import { nameKey } from '../quotes';
import { writeTransaction } from '../../db/transaction';
import type { NamePageRequest, SpeakerPage } from '../domain/name-pages';

/**
 * The transliteration keys of a name's words, remembered: the Speaker box scores every speaker
 * on each key typed, and folding a word (main/quotes' nameKey) costs far more than the plain
 * comparisons. A notebook has some tens of thousands of distinct name words at most; the memory
 * is dropped whole if it ever passes a bound.
 */
const wordKeys = new Map<string, string>();
const WORD_KEYS_MAX = 200_000;

function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    if (wordKeys.size >= WORD_KEYS_MAX) wordKeys.clear();
    key = nameKey(word);
    wordKeys.set(word, key);
  }
  return key;
}

/**
 * How well a typed query matches a speaker's names: plain prefix and substring matches first,
 * then transliteration-aware matches word by word (so "Kulubaev" finds "Kulubayev"). 0 means no
 * match. Made once per query and applied to every speaker.
 */
export function speakerMatcher(query: string): (names: string[]) => number {
  const typed = query.trim().toLowerCase();
  if (!typed) return () => 1;
  const typedKeys = typed
    .split(/\s+/)
    .map((word) => wordKey(word))
    .filter(Boolean);
  return (names) => {
    let best = 0;
    for (const name of names) {
      const lower = name.toLowerCase();
      if (lower === typed) best = Math.max(best, 6);
      else if (lower.startsWith(typed)) best = Math.max(best, 5);
      else if (lower.split(/[\s-]+/).some((word) => word.startsWith(typed)))
        best = Math.max(best, 4);
      else if (lower.includes(typed)) best = Math.max(best, 3);
      else if (typedKeys.length > 0 && best < 2) {
        const nameKeys = lower.split(/[\s-]+/).map(wordKey);
        const all = typedKeys.every((key) =>
          nameKeys.some(
            (candidate) =>
              candidate.startsWith(key) || (key.startsWith(candidate) && candidate.length >= 4),
          ),
        );
        if (all) best = 2;
      }
    }
    return best;
  };
}

/** speakerMatcher for one speaker. */
export function speakerMatchScore(query: string, names: string[]): number {
  return speakerMatcher(query)(names);
}

export interface SpeakerInput {
  name: string;
  role?: string | null | undefined;
  country?: string | null | undefined;
  aliases?: string[] | undefined;
  /** A collective ("the ministers") rather than a person or a named body. */
  group?: boolean | undefined;
}

export function createSpeakerService(db: NotebookDatabase) {
  function require(id: number): Speaker {
    const speaker = queries.getSpeaker(db, id);
    if (!speaker) throw notFound('Speaker', id);
    return speaker;
  }

  function assertNameFree(name: string, exceptId?: number): void {
    const existing = queries.findSpeakerByName(db, name);
    if (existing && existing.id !== exceptId) {
      throw conflict(
        `A speaker called "${existing.name}" already exists (it has "${name}" as its name or an alias).`,
      );
    }
  }

  function cleanAliases(name: string, aliases: string[] | undefined): string[] {
    const seen = new Set([name.toLowerCase()]);
    return (aliases ?? []).filter((alias) => {
      const key = alias.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  return {
    list: (): Speaker[] => queries.listSpeakers(db),
    /** What a section, manager or picker shows: one page, filtered by name or alias. */
    page: (request: NamePageRequest): SpeakerPage => queries.listSpeakerPage(db, request),
    /** These speakers afresh (after a change touched them); missing ones are left out. */
    getMany: (ids: readonly number[]): Speaker[] => queries.getSpeakers(db, ids),
    suggest(query: string, limit = 8): Speaker[] {
      // Names alone are matched against every speaker; counts (the tie-break) are looked up
      // only for the best-scoring band, and full rows fetched only for those returned.
      const score = speakerMatcher(query);
      const matches = queries
        .listSpeakerNames(db)
        .map((entry) => ({ ...entry, score: score(entry.names) }))
        .filter((entry) => entry.score > 0)
        .sort((a, b) => b.score - a.score);
      if (matches.length === 0) return [];
      const cutoff = matches[Math.min(limit, matches.length) - 1]!.score;
      const band = matches.filter((entry) => entry.score >= cutoff);
      const counts = queries.countSpeakerQuotations(
        db,
        band.map((entry) => entry.id),
      );
      const chosen = band
        .sort(
          (a, b) =>
            b.score - a.score ||
            (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) ||
            a.names[0]!.localeCompare(b.names[0]!),
        )
        .slice(0, limit);
      const rows = new Map(
        queries
          .getSpeakers(
            db,
            chosen.map((entry) => entry.id),
          )
          .map((row) => [row.id, row]),
      );
      return chosen.flatMap((entry) => rows.get(entry.id) ?? []);
    },
    get: require,
    create(input: SpeakerInput): Speaker {
      return writeTransaction(db, () => {
        assertNameFree(input.name);
        const id = queries.insertSpeaker(db, {
          name: input.name,
          role: input.role ?? null,
          country: input.country ?? null,
          aliases: cleanAliases(input.name, input.aliases),
          group: input.group,
        });
        return require(id);
      });
    },
    update(id: number, input: Partial<SpeakerInput>): Speaker {
      return writeTransaction(db, () => {
        const current = require(id);
        const name = input.name ?? current.name;
        if (name.toLowerCase() !== current.name.toLowerCase()) assertNameFree(name, id);
        queries.updateSpeaker(db, id, {
          name,
          role: input.role === undefined ? current.role : input.role,
          country: input.country === undefined ? current.country : input.country,
          aliases: cleanAliases(name, input.aliases ?? current.aliases),
        });
        return require(id);
      });
    },
    remove(id: number): { id: number } {
      if (!queries.deleteSpeaker(db, id)) throw notFound('Speaker', id);
      return { id };
    },
    merge(fromId: number, intoId: number): Speaker {
      return writeTransaction(db, () => {
        require(fromId);
        require(intoId);
        if (fromId === intoId) throw conflict('A speaker cannot be merged into itself.');
        queries.mergeSpeakers(db, fromId, intoId);
        return require(intoId);
      });
    },
  };
}

export type SpeakerService = ReturnType<typeof createSpeakerService>;
