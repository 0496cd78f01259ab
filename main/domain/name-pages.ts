// The paged speaker, tag and memo lists, as the API carries them: a filter (part of a name, an
// alias or a title), a cursor naming the last entry of the previous page, and the page with its
// total. Pure words: the queries that answer them live in db/queries/name-pages.ts and beside
// the speaker, tag and memo queries; the sections and pickers that page over them in renderer/.
import type { SavedMemoSummary } from './memo';
import type { Speaker, Tag } from './records';

/** The most entries one page may ask for; a section shows fifty, a picker eight. */
export const NAME_PAGE_LIMIT_MAX = 500;

export interface NamePageRequest {
  /** Part of the name (for a speaker, also of an alias; for a memo, of its title), case aside. */
  readonly filter?: string;
  /** The `next` of the previous page: this page starts after that entry. */
  readonly after?: string;
  readonly limit?: number;
}

export interface NamePage<T> {
  readonly items: readonly T[];
  /** How many entries match the filter, on every page. */
  readonly total: number;
  /** The cursor of the page after this one, or null on the last page. */
  readonly next: string | null;
}

export type SpeakerPage = NamePage<Speaker>;
export type TagPage = NamePage<Tag>;
export type MemoPage = NamePage<SavedMemoSummary>;
