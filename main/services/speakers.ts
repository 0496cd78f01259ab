// Speakers and their aliases: the people (and bodies) quotations are attributed to.
import type { NotebookDatabase } from '../../db/open';
import * as queries from '../../db/queries/speakers';
import type { Speaker } from '../../db/model';
import { conflict, notFound } from '../ipc/errors';

export interface SpeakerInput {
  name: string;
  role?: string | null | undefined;
  country?: string | null | undefined;
  aliases?: string[] | undefined;
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
    get: require,
    create(input: SpeakerInput): Speaker {
      return db.transaction(() => {
        assertNameFree(input.name);
        const id = queries.insertSpeaker(db, {
          name: input.name,
          role: input.role ?? null,
          country: input.country ?? null,
          aliases: cleanAliases(input.name, input.aliases),
        });
        return require(id);
      })();
    },
    update(id: number, input: Partial<SpeakerInput>): Speaker {
      return db.transaction(() => {
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
      })();
    },
    remove(id: number): { id: number } {
      if (!queries.deleteSpeaker(db, id)) throw notFound('Speaker', id);
      return { id };
    },
    merge(fromId: number, intoId: number): Speaker {
      return db.transaction(() => {
        require(fromId);
        require(intoId);
        if (fromId === intoId) throw conflict('A speaker cannot be merged into itself.');
        queries.mergeSpeakers(db, fromId, intoId);
        return require(intoId);
      })();
    },
  };
}

export type SpeakerService = ReturnType<typeof createSpeakerService>;
