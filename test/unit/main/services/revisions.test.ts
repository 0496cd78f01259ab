// Revisions, not duplicates: a re-imported file that is a newer copy of an article (same
// source path, else source URL, else title and publisher, with different text) is offered as a
// revision; applied, its text becomes current, the old version is kept and the highlights
// re-anchor, those that cannot be placed listed. Fictional articles throughout.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createNotebook, type Notebook } from '../../../../main/composition';
import type { AppliedRevision, ImportOutcome } from '../../../../main/domain/records';
import { createRevisionService, type ParsedArticle } from '../../../../main/services/revisions';
import { contentHash, countWords } from '../../../../main/services/imports';
import { tempDir } from '../../../helpers/temp';

const opened: Notebook[] = [];
afterEach(() => {
  while (opened.length > 0) opened.pop()!.close();
});

function notebook(): { book: Notebook; folder: string } {
  const folder = tempDir();
  const book = createNotebook({ dbFile: path.join(folder, 'notebook.sqlite') });
  opened.push(book);
  return { book, folder };
}

const FERRY_PARAGRAPHS = [
  'The Brackwater ferry will run twice a day from June, the harbour board said on Monday.',
  '“We cannot keep the island waiting for the tide,” said Ilse Marrow, who chairs the board.',
  'The crossing takes forty minutes in calm weather.',
];

function markdown(
  paragraphs: string[],
  front: { title?: string; publisher?: string; url?: string } = {},
): string {
  const lines = [
    '---',
    `title: ${front.title ?? 'Brackwater ferry to run twice daily'}`,
    ...(front.publisher ? [`publisher: ${front.publisher}`] : []),
    ...(front.url ? [`url: ${front.url}`] : []),
    '---',
    '',
  ];
  return `${lines.join('\n')}${paragraphs.join('\n\n')}\n`;
}

async function importOne(book: Notebook, file: string): Promise<ImportOutcome> {
  const [outcome] = await book.services.imports.importPaths([file]);
  return outcome!;
}

function write(folder: string, name: string, content: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  return file;
}

describe('recognising a newer copy', () => {
  test('a file re-imported from the same path with different text is a revision, not a new article', async () => {
    const { book, folder } = notebook();
    const file = write(folder, 'ferry.md', markdown(FERRY_PARAGRAPHS));
    const first = await importOne(book, file);
    write(folder, 'ferry.md', markdown([...FERRY_PARAGRAPHS, 'Fares stay at four crowns.']));
    const second = await importOne(book, file);
    expect(second).toMatchObject({
      status: 'revision',
      articleId: first.articleId,
      title: 'Brackwater ferry to run twice daily',
      revision: { matchedBy: 'source-path', highlightCount: 0 },
    });
    expect(second.revision?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(book.services.articles.count()).toBe(1);
  });

  test('a file from elsewhere with the same source URL is a revision of that article', async () => {
    const { book, folder } = notebook();
    const url = 'https://harbour-gazette.example/ferry';
    const first = await importOne(book, write(folder, 'a.md', markdown(FERRY_PARAGRAPHS, { url })));
    const second = await importOne(
      book,
      write(
        folder,
        'b.md',
        markdown(FERRY_PARAGRAPHS.slice(0, 2), { url, title: 'Ferry timetable doubled' }),
      ),
    );
    expect(second).toMatchObject({
      status: 'revision',
      articleId: first.articleId,
      revision: { matchedBy: 'source-url', newTitle: 'Ferry timetable doubled' },
    });
  });

  test('a file from elsewhere with the same title and publisher is a revision of that article', async () => {
    const { book, folder } = notebook();
    const publisher = 'The Brackwater Gazette';
    const first = await importOne(
      book,
      write(folder, 'a.md', markdown(FERRY_PARAGRAPHS, { publisher })),
    );
    const second = await importOne(
      book,
      write(folder, 'b.md', markdown(FERRY_PARAGRAPHS.slice(1), { publisher })),
    );
    expect(second).toMatchObject({
      status: 'revision',
      articleId: first.articleId,
      revision: { matchedBy: 'title-and-publisher' },
    });
  });

  test('the same title without a publisher is a new article, not a revision', async () => {
    const { book, folder } = notebook();
    await importOne(book, write(folder, 'a.md', markdown(FERRY_PARAGRAPHS)));
    const second = await importOne(
      book,
      write(folder, 'b.md', markdown(FERRY_PARAGRAPHS.slice(1))),
    );
    expect(second.status).toBe('imported');
    expect(book.services.articles.count()).toBe(2);
  });

  test('the same text again is a duplicate, as before', async () => {
    const { book, folder } = notebook();
    const file = write(folder, 'ferry.md', markdown(FERRY_PARAGRAPHS));
    const first = await importOne(book, file);
    const again = await importOne(book, file);
    expect(again).toMatchObject({ status: 'duplicate', articleId: first.articleId });
    expect(again.revision).toBeUndefined();
  });
});

describe('applying a revision', () => {
  async function articleWithQuotation() {
    const { book, folder } = notebook();
    const file = write(folder, 'ferry.md', markdown(FERRY_PARAGRAPHS));
    const { articleId } = await importOne(book, file);
    const text = book.services.articles.get(articleId!).text;
    const quote = '“We cannot keep the island waiting for the tide,”';
    const quotation = book.services.highlights.create({
      articleId: articleId!,
      kind: 'direct',
      start: text.indexOf(quote),
      end: text.indexOf(quote) + quote.length,
    });
    const crossing = 'The crossing takes forty minutes';
    const doomed = book.services.highlights.create({
      articleId: articleId!,
      kind: 'highlight',
      start: text.indexOf(crossing),
      end: text.indexOf(crossing) + crossing.length,
    });
    const inserted = 'Islanders had asked for a second sailing since the winter storms.';
    write(
      folder,
      'ferry.md',
      markdown([
        FERRY_PARAGRAPHS[0]!,
        inserted,
        FERRY_PARAGRAPHS[1]!,
        'Fares stay at four crowns.',
      ]),
    );
    const offer = await importOne(book, file);
    return { book, articleId: articleId!, oldText: text, quote, quotation, doomed, offer };
  }

  test('the new text becomes current, the quotation moves with it and the lost passage is listed as orphaned', async () => {
    const { book, articleId, quote, quotation, doomed, offer } = await articleWithQuotation();
    expect(offer.revision?.highlightCount).toBe(2);
    const applied = await book.dispatch('applyRevision', {
      revisionId: offer.revision!.id!,
      articleId,
    });
    if (!applied.ok) throw new Error(applied.error.message);
    const revision = applied.value as AppliedRevision;
    const text = revision.article.text;
    expect(text).toContain('Islanders had asked for a second sailing');
    expect(revision.placed).toBe(1);
    expect(revision.orphaned.map((highlight) => highlight.id)).toEqual([doomed.id]);
    const moved = book.services.highlights.get(quotation.id);
    expect(moved.orphaned).toBe(false);
    expect(moved.start).toBeGreaterThan(quotation.start);
    expect(text.slice(moved.start, moved.end)).toBe(quote);
    expect(book.services.articles.count()).toBe(1);
  });

  test('the replaced text is kept as a version and can be read', async () => {
    const { book, articleId, oldText, offer } = await articleWithQuotation();
    book.services.revisions.applyHeld(offer.revision!.id!, articleId);
    const versions = book.services.revisions.listVersions(articleId);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ articleId, title: 'Brackwater ferry to run twice daily' });
    const version = book.services.revisions.getVersion(versions[0]!.id);
    expect(version.text).toBe(oldText);
    expect(version.metadata.sourcePath).toMatch(/ferry\.md$/);
  });

  test('search finds the new text and no longer the removed passage', async () => {
    const { book, articleId, offer } = await articleWithQuotation();
    book.services.revisions.applyHeld(offer.revision!.id!, articleId);
    const found = (query: string) =>
      book.services.articles.search(query, 10).map((hit) => hit.articleId);
    expect(found('storms')).toEqual([articleId]);
    expect(found('crossing')).toEqual([]);
  });

  test('a held copy is applied once: a second Update says it is no longer held', async () => {
    const { book, articleId, offer } = await articleWithQuotation();
    book.services.revisions.applyHeld(offer.revision!.id!, articleId);
    const again = await book.dispatch('applyRevision', {
      revisionId: offer.revision!.id!,
      articleId,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(book.services.revisions.listVersions(articleId)).toHaveLength(1);
  });

  test('Keep both imports the copy as an article of its own and leaves the first as it was', async () => {
    const { book, articleId, oldText, offer } = await articleWithQuotation();
    const kept = book.services.revisions.keepBoth(offer.revision!.id!);
    expect(kept.status).toBe('imported');
    expect(kept.articleId).not.toBe(articleId);
    expect(book.services.articles.get(articleId).text).toBe(oldText);
    expect(book.services.articles.count()).toBe(2);
  });

  test('Skip lets the copy go and stores nothing', async () => {
    const { book, articleId, oldText, offer } = await articleWithQuotation();
    expect(book.services.revisions.discard(offer.revision!.id!)).toEqual({ discarded: true });
    expect(book.services.articles.get(articleId).text).toBe(oldText);
    expect(book.services.revisions.listVersions(articleId)).toEqual([]);
    expect(() => book.services.revisions.applyHeld(offer.revision!.id!, articleId)).toThrow(
      /no longer held/,
    );
  });

  test('a field the analyst edited keeps their value; one the new copy states takes its value', async () => {
    const { book, folder } = notebook();
    const file = write(
      folder,
      'ferry.md',
      markdown(FERRY_PARAGRAPHS, { publisher: 'The Brackwater Gazette' }),
    );
    const { articleId } = await importOne(book, file);
    book.services.articles.updateMetadata(articleId!, { title: 'Ferry (my title)' });
    write(
      folder,
      'ferry.md',
      markdown(FERRY_PARAGRAPHS.slice(1), {
        title: 'Ferry doubles its sailings',
        publisher: 'Brackwater Gazette Online',
      }),
    );
    const offer = await importOne(book, file);
    const applied = book.services.revisions.applyHeld(offer.revision!.id!, articleId!);
    expect(applied.article.title).toBe('Ferry (my title)');
    expect(applied.article.publisher).toBe('Brackwater Gazette Online');
    expect(applied.article.metadataSources?.title).toBe('edited');
  });
});

describe('holding copies for an answer', () => {
  function parsedCopy(text: string): ParsedArticle {
    return {
      label: 'ferry.md',
      article: {
        title: 'Brackwater ferry to run twice daily',
        author: null,
        publisher: null,
        dateline: null,
        publishedAt: null,
        language: 'en',
        sourceUrl: null,
        format: 'text',
        text,
        removed: [],
        metadataSources: {},
      },
      bytes: new TextEncoder().encode(text),
      contentHash: contentHash(text),
      wordCount: countWords(text),
      sourcePath: '/notes/ferry.md',
      originalName: 'ferry.md',
    };
  }

  function serviceOver(book: Notebook, options: Parameters<typeof createRevisionService>[3]) {
    return createRevisionService(
      book.db,
      book.services.highlights,
      { hashOf: contentHash, wordsOf: countWords },
      options,
    );
  }

  async function storedFerry(book: Notebook, folder: string): Promise<void> {
    const file = write(folder, 'ferry.md', 'Brackwater ferry to run twice daily\n\nOld text.\n');
    await importOne(book, file);
    book.db.prepare('UPDATE articles SET source_path = ?').run('/notes/ferry.md');
  }

  test('at most maxHeld copies are held, the oldest letting go first', async () => {
    const { book, folder } = notebook();
    await storedFerry(book, folder);
    const revisions = serviceOver(book, { maxHeld: 2 });
    const ids = ['First.', 'Second.', 'Third.'].map(
      (text) => revisions.consider(parsedCopy(text), 'offer')!.revision!.id!,
    );
    expect(revisions.heldCount().copies).toBe(2);
    expect(revisions.discard(ids[0]!)).toEqual({ discarded: false });
    expect(revisions.discard(ids[2]!)).toEqual({ discarded: true });
  });

  test('copies beyond the byte budget let the oldest go', async () => {
    const { book, folder } = notebook();
    await storedFerry(book, folder);
    const revisions = serviceOver(book, { maxHeldBytes: 1000 });
    const long = 'x'.repeat(300);
    revisions.consider(parsedCopy(`${long} one`), 'offer');
    revisions.consider(parsedCopy(`${long} two`), 'offer');
    const held = revisions.heldCount();
    expect(held.copies).toBe(1);
    expect(held.bytes).toBeLessThanOrEqual(1000);
  });

  test('a copy not answered within the hold time is let go', async () => {
    const { book, folder } = notebook();
    await storedFerry(book, folder);
    let clock = 0;
    const revisions = serviceOver(book, { holdMs: 1000, now: () => clock });
    const id = revisions.consider(parsedCopy('Newer text.'), 'offer')!.revision!.id!;
    clock = 1001;
    expect(revisions.heldCount().copies).toBe(0);
    expect(() => revisions.applyHeld(id, 1)).toThrow(/no longer held/);
  });

  test('in report mode a revision is named but nothing is held', async () => {
    const { book, folder } = notebook();
    await storedFerry(book, folder);
    const revisions = serviceOver(book, {});
    const outcome = revisions.consider(parsedCopy('Newer text.'), 'report');
    expect(outcome).toMatchObject({ status: 'revision', revision: { id: null } });
    expect(revisions.heldCount().copies).toBe(0);
  });
});
