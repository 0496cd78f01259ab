// Topic tags (trade, transport, security …) that analysts put on highlights.
import type { NotebookDatabase } from '../../db/open';
import * as queries from '../../db/queries/tags';
import type { Tag } from '../../db/model';
import { conflict, notFound } from '../domain/errors';
import { writeTransaction } from '../../db/transaction';
import type { NamePageRequest, TagPage } from '../domain/name-pages';

export function createTagService(db: NotebookDatabase) {
  function require(id: number): Tag {
    const tag = queries.getTag(db, id);
    if (!tag) throw notFound('Tag', id);
    return tag;
  }

  return {
    list: (): Tag[] => queries.listTags(db),
    /** What a section, manager or picker shows: one page, filtered by name. */
    page: (request: NamePageRequest): TagPage => queries.listTagPage(db, request),
    /** These tags afresh (after a change touched them); missing ones are left out. */
    getMany: (ids: readonly number[]): Tag[] => queries.getTags(db, ids),
    get: require,
    create(input: { name: string; colour?: string | null | undefined }): Tag {
      return writeTransaction(db, () => {
        const existing = queries.findTagByName(db, input.name);
        if (existing) throw conflict(`A tag called "${existing.name}" already exists.`);
        return require(queries.insertTag(db, input.name, input.colour ?? null));
      });
    },
    update(
      id: number,
      input: { name?: string | undefined; colour?: string | null | undefined },
    ): Tag {
      return writeTransaction(db, () => {
        const current = require(id);
        const name = input.name ?? current.name;
        const existing = queries.findTagByName(db, name);
        if (existing && existing.id !== id)
          throw conflict(`A tag called "${existing.name}" already exists.`);
        queries.updateTag(db, id, name, input.colour === undefined ? current.colour : input.colour);
        return require(id);
      });
    },
    remove(id: number): { id: number } {
      if (!queries.deleteTag(db, id)) throw notFound('Tag', id);
      return { id };
    },
    merge(fromId: number, intoId: number): Tag {
      return writeTransaction(db, () => {
        require(fromId);
        require(intoId);
        if (fromId === intoId) throw conflict('A tag cannot be merged into itself.');
        queries.mergeTags(db, fromId, intoId);
        return require(intoId);
      });
    },
  };
}

export type TagService = ReturnType<typeof createTagService>;
