// An in-memory stand-in for the server's paged speaker, tag and memo lists: the same filter
// (part of a name or alias, case aside), name order and cursors as db/queries, and a log of
// every request, so tests can say what was asked for (never the whole list).
import type {
  MemoPage,
  NamePageRequest,
  SavedMemoSummary,
  Speaker,
  SpeakerPage,
  Tag,
  TagPage,
} from '../../../../main/ipc/contract';

export interface FakeNameLists {
  speakers: Speaker[];
  tags: Tag[];
  memos: SavedMemoSummary[];
  readonly requests: string[];
  listSpeakerPage(request?: NamePageRequest): Promise<SpeakerPage>;
  getSpeakers(args?: { ids: number[] }): Promise<Speaker[]>;
  listTagPage(request?: NamePageRequest): Promise<TagPage>;
  getTags(args?: { ids: number[] }): Promise<Tag[]>;
  listMemoPage(request?: NamePageRequest): Promise<MemoPage>;
}

function paged<T>(
  all: readonly T[],
  request: NamePageRequest | undefined,
  key: (item: T) => string,
  texts: (item: T) => string[],
) {
  const needle = request?.filter?.trim().toLowerCase() ?? '';
  const matching = all
    .filter((item) => !needle || texts(item).some((text) => text.toLowerCase().includes(needle)))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const after = request?.after;
  const start = after === undefined ? 0 : matching.findIndex((item) => key(item) > after);
  const limit = request?.limit ?? 50;
  const items = start < 0 ? [] : matching.slice(start, start + limit);
  const last = items[items.length - 1];
  const more = start >= 0 && start + limit < matching.length;
  return { items, total: matching.length, next: more && last ? key(last) : null };
}

export function fakeNameLists(
  initial: { speakers?: Speaker[]; tags?: Tag[]; memos?: SavedMemoSummary[] } = {},
): FakeNameLists {
  const lists: FakeNameLists = {
    speakers: initial.speakers ?? [],
    tags: initial.tags ?? [],
    memos: initial.memos ?? [],
    requests: [],
    async listSpeakerPage(request) {
      lists.requests.push(`listSpeakerPage ${JSON.stringify(request ?? {})}`);
      return paged(
        lists.speakers,
        request,
        (speaker) => speaker.name.toLowerCase(),
        (speaker) => [speaker.name, ...speaker.aliases],
      );
    },
    async getSpeakers(args) {
      lists.requests.push(`getSpeakers ${JSON.stringify(args?.ids ?? [])}`);
      return lists.speakers.filter((speaker) => args?.ids.includes(speaker.id));
    },
    async listTagPage(request) {
      lists.requests.push(`listTagPage ${JSON.stringify(request ?? {})}`);
      return paged(
        lists.tags,
        request,
        (tag) => tag.name.toLowerCase(),
        (tag) => [tag.name],
      );
    },
    async getTags(args) {
      lists.requests.push(`getTags ${JSON.stringify(args?.ids ?? [])}`);
      return lists.tags.filter((tag) => args?.ids.includes(tag.id));
    },
    async listMemoPage(request) {
      lists.requests.push(`listMemoPage ${JSON.stringify(request ?? {})}`);
      // Newest first, as the server orders them; the cursor is the position's key.
      const ordered = [...lists.memos].reverse();
      return paged(
        ordered,
        request,
        (memo) => String(ordered.indexOf(memo)).padStart(8, '0'),
        (memo) => [memo.title],
      );
    },
  };
  return lists;
}
