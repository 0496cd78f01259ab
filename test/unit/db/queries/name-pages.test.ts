// The keyset-paged speaker, tag and memo lists over fictional notebooks of 10,000 speakers:
// name order case aside, filters by name or alias, cursors that walk every entry once, counts
// beside each row, and fetching a few by id.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, test } from 'vitest';
import { migrate } from '../../../../db/migrate';
import { insertArticle } from '../../../../db/queries/articles';
import { insertHighlight } from '../../../../db/queries/highlights';
import { insertMemo, listMemoPage } from '../../../../db/queries/memos';
import { containsPattern } from '../../../../db/queries/name-pages';
import { getSpeakers, insertSpeaker, listSpeakerPage } from '../../../../db/queries/speakers';
import { getTags, insertTag, listTagPage, setHighlightTags } from '../../../../db/queries/tags';

const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'tu', 'sar', 'do', 'quel', 'bri', 'nes'];

/** A fictional two-word name for each number: "Kalo Mirven 0042", never a real person. */
function fictionalName(index: number): string {
  const word = (value: number) => SYLLABLES[value % 10]! + SYLLABLES[Math.floor(value / 10) % 10]!;
  const first = word(index);
  const last = word(Math.floor(index / 100));
  // Mixed case on purpose: the order must not care.
  const cased = index % 3 === 0 ? first.toUpperCase() : first[0]!.toUpperCase() + first.slice(1);
  return `${cased} ${last[0]!.toUpperCase()}${last.slice(1)} ${String(index).padStart(5, '0')}`;
}

function notebook(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function addArticle(db: Database.Database): number {
  return insertArticle(db, {
    title: 'Harbour dues in Veltmark',
    author: null,
    publisher: 'Marisk Ledger',
    dateline: null,
    publishedAt: null,
    language: 'en',
    sourceUrl: null,
    format: 'text',
    sourcePath: null,
    originalName: null,
    original: new Uint8Array([1]),
    text: 'The harbour master said the dues would rise.',
    contentHash: 'hash-1',
    wordCount: 8,
  });
}

function quote(db: Database.Database, articleId: number, speakerId: number | null): number {
  return insertHighlight(db, {
    articleId,
    kind: 'direct',
    exact: 'the dues would rise',
    prefix: '',
    suffix: '',
    start: 25,
    end: 44,
    speakerId,
    note: '',
    orphaned: false,
  });
}

describe('speaker pages at 10,000 speakers', () => {
  const db = notebook();
  const ids: number[] = [];
  let articleId = 0;

  beforeAll(() => {
    db.transaction(() => {
      for (let index = 0; index < 10_000; index += 1)
        ids.push(
          insertSpeaker(db, {
            name: fictionalName(index),
            role: index % 2 ? 'harbour master' : null,
            country: null,
            aliases: index === 4321 ? ['The Quay Warden'] : [],
          }),
        );
      articleId = addArticle(db);
      for (let count = 0; count < 3; count += 1) quote(db, articleId, ids[17]!);
      quote(db, articleId, ids[18]!);
    })();
  });

  test('the first page holds the first fifty names in order, case aside, with the total', () => {
    const page = listSpeakerPage(db, {});
    const names = page.items.map((speaker) => speaker.name);
    expect(page.items).toHaveLength(50);
    expect(page.total).toBe(10_000);
    const lower = names.map((name) => name.toLowerCase());
    expect(lower).toEqual([...lower].sort());
    expect(page.next).toBe(names[49]);
  });

  test('walking the cursors visits every speaker exactly once, in order', () => {
    const seen: string[] = [];
    let page = listSpeakerPage(db, { limit: 500 });
    seen.push(...page.items.map((speaker) => speaker.name));
    while (page.next !== null) {
      page = listSpeakerPage(db, { limit: 500, after: page.next });
      seen.push(...page.items.map((speaker) => speaker.name));
    }
    expect(seen).toHaveLength(10_000);
    expect(new Set(seen).size).toBe(10_000);
    const lower = seen.map((name) => name.toLowerCase());
    expect(lower).toEqual([...lower].sort());
  });

  test('the last page says there is no next page', () => {
    const all = listSpeakerPage(db, { limit: 500, filter: 'quelnes' });
    expect(all.next).toBeNull();
    expect(all.items.length).toBe(all.total);
  });

  test('a filter matches part of a name, case aside, and counts only the matches', () => {
    const page = listSpeakerPage(db, { filter: 'TUDO' });
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBeLessThan(10_000);
    for (const speaker of page.items) expect(speaker.name.toLowerCase()).toContain('tudo');
    const exact = listSpeakerPage(db, { filter: '04321' });
    expect(exact.items.map((speaker) => speaker.name)).toEqual([fictionalName(4321)]);
  });

  test('a filter matches an alias too', () => {
    const page = listSpeakerPage(db, { filter: 'quay warden' });
    expect(page.items.map((speaker) => speaker.id)).toEqual([ids[4321]]);
    expect(page.items[0]!.aliases).toEqual(['The Quay Warden']);
  });

  test('the filter takes % and _ literally', () => {
    expect(listSpeakerPage(db, { filter: '%' }).total).toBe(0);
    expect(listSpeakerPage(db, { filter: '_' }).total).toBe(0);
    expect(containsPattern('5%_\\')).toBe('%5\\%\\_\\\\%');
  });

  test('a filtered page pages on after its cursor within the filter', () => {
    const first = listSpeakerPage(db, { filter: 'ka', limit: 20 });
    const second = listSpeakerPage(db, { filter: 'ka', limit: 20, after: first.next! });
    expect(second.total).toBe(first.total);
    const firstNames = new Set(first.items.map((speaker) => speaker.name));
    for (const speaker of second.items) {
      expect(firstNames.has(speaker.name)).toBe(false);
      expect(speaker.name.toLowerCase()).toContain('ka');
      expect(speaker.name.toLowerCase() > first.next!.toLowerCase()).toBe(true);
    }
  });

  test('each row carries its quotation count', () => {
    const byId = getSpeakers(db, [ids[17]!, ids[18]!, ids[19]!]);
    const counts = Object.fromEntries(byId.map((speaker) => [speaker.id, speaker.quoteCount]));
    expect(counts).toEqual({ [ids[17]!]: 3, [ids[18]!]: 1, [ids[19]!]: 0 });
  });

  test('getting speakers by id leaves out ids that do not exist', () => {
    expect(getSpeakers(db, [ids[5]!, 999_999]).map((speaker) => speaker.id)).toEqual([ids[5]]);
    expect(getSpeakers(db, [])).toEqual([]);
  });

  test('the page query seeks the name index instead of sorting every speaker', () => {
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT s.id FROM speakers s WHERE s.name > 'm' ORDER BY s.name LIMIT 51`,
      )
      .all() as { detail: string }[];
    const details = plan.map((row) => row.detail).join(' | ');
    expect(details).toMatch(/USING (COVERING )?INDEX sqlite_autoindex_speakers/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });
});

describe('tag pages', () => {
  const db = notebook();
  const ids: number[] = [];

  beforeAll(() => {
    db.transaction(() => {
      for (let index = 0; index < 2_000; index += 1)
        ids.push(insertTag(db, fictionalName(index).toLowerCase(), null));
      const articleId = addArticle(db);
      const highlight = quote(db, articleId, null);
      setHighlightTags(db, highlight, [ids[7]!, ids[8]!]);
      setHighlightTags(db, quote(db, articleId, null), [ids[7]!]);
    })();
  });

  test('walking the cursors visits every tag once, in name order', () => {
    const seen: string[] = [];
    let page = listTagPage(db, { limit: 300 });
    expect(page.total).toBe(2_000);
    seen.push(...page.items.map((tag) => tag.name));
    while (page.next !== null) {
      page = listTagPage(db, { limit: 300, after: page.next });
      seen.push(...page.items.map((tag) => tag.name));
    }
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(2_000);
  });

  test('a tag filter matches part of the name and counts the matches', () => {
    const page = listTagPage(db, { filter: '00007' });
    expect(page.total).toBe(1);
    expect(page.items[0]!.highlightCount).toBe(2);
  });

  test('getting tags by id returns their counts afresh', () => {
    const tags = getTags(db, [ids[8]!, ids[9]!]);
    expect(Object.fromEntries(tags.map((tag) => [tag.id, tag.highlightCount]))).toEqual({
      [ids[8]!]: 1,
      [ids[9]!]: 0,
    });
  });
});

describe('memo pages', () => {
  test('memos come most recently changed first and the cursor walks them all once', () => {
    const db = notebook();
    const titles: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      const title = `Veltmark harbour brief ${index}`;
      titles.push(title);
      insertMemo(db, { title, scope: '{}', document: '{"type":"doc","content":[]}' });
    }
    // Equal update times (inserted within one millisecond) are ordered by id, newest first.
    db.prepare(
      `UPDATE memos SET updated_at = '2030-01-01T00:00:00.000Z' WHERE id IN (2, 3, 4)`,
    ).run();
    const seen: number[] = [];
    let page = listMemoPage(db, { limit: 2 });
    expect(page.total).toBe(7);
    seen.push(...page.items.map((memo) => memo.id));
    while (page.next !== null) {
      page = listMemoPage(db, { limit: 2, after: page.next });
      seen.push(...page.items.map((memo) => memo.id));
    }
    expect(seen.slice(0, 3)).toEqual([4, 3, 2]);
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(listMemoPage(db, { filter: 'brief 5' }).items.map((memo) => memo.title)).toEqual([
      titles[5],
    ]);
  });
});
