import { describe, expect, test } from 'vitest';
import { insertArticle } from '../../../../db/queries/articles';
import { createNotebook } from '../../../../main/composition';
import { AppError } from '../../../../main/domain/errors';
import type { MemoDocJson } from '../../../../main/domain/memo';
import { contentHash, countWords } from '../../../../main/services/imports';
import { createMemoVersionService, documentCounts } from '../../../../main/services/memo-versions';
import { tempDbFile } from '../../../helpers/temp';

// A fictional article and statement.
const TEXT = [
  'Brisk winds close the Orlen ferry',
  '“The ferry will sail again on Thursday,” said harbour master Lio Varga.',
].join('\n\n');

function setup() {
  const notebook = createNotebook({ dbFile: tempDbFile() });
  const articleId = insertArticle(notebook.db, {
    title: 'Brisk winds close the Orlen ferry',
    author: null,
    publisher: 'The Orlen Post',
    dateline: null,
    publishedAt: '2034-01-09',
    language: 'en',
    sourceUrl: null,
    format: 'text',
    sourcePath: null,
    originalName: null,
    original: new TextEncoder().encode(TEXT),
    text: TEXT,
    contentHash: contentHash(TEXT),
    wordCount: countWords(TEXT),
  });
  const phrase = 'The ferry will sail again on Thursday,';
  const start = TEXT.indexOf(phrase);
  const speakerId = notebook.services.speakers.create({ name: 'Lio Varga', role: null }).id;
  notebook.services.highlights.create({
    articleId,
    kind: 'direct',
    start,
    end: start + phrase.length,
    speakerId,
    tagIds: [],
    note: '',
  });
  let clock = Date.parse('2034-01-10T09:00:00Z');
  const versions = createMemoVersionService(notebook.db, notebook.services.memos, {
    now: () => new Date(clock),
  });
  const memo = notebook.services.memos.create({ scope: {}, title: 'Ferry note' });
  const withParagraph = (text: string): MemoDocJson => ({
    ...memo.document,
    content: [...memo.document.content, { type: 'paragraph', content: [{ type: 'text', text }] }],
  });
  const advance = (seconds: number) => {
    clock += seconds * 1000;
  };
  return { notebook, versions, memo, withParagraph, advance };
}

describe('memo versions', () => {
  test('the first save keeps the document it replaces, with its time and size', () => {
    const { versions, memo, withParagraph } = setup();
    versions.save(memo.id, withParagraph('Crossings resume soon.'));
    const [kept, ...rest] = versions.list(memo.id);
    expect(rest).toEqual([]);
    expect(kept).toMatchObject({
      memoId: memo.id,
      title: 'Ferry note',
      savedAt: memo.updatedAt,
      keptAt: '2034-01-10T09:00:00.000Z',
      size: new TextEncoder().encode(JSON.stringify(memo.document)).length,
      quotationCount: 1,
    });
    expect(versions.get(kept!.id).document).toEqual(memo.document);
  });

  test('saves within five minutes of the newest version make no new one', () => {
    const { versions, memo, withParagraph, advance } = setup();
    for (let keystroke = 1; keystroke <= 500; keystroke += 1) {
      versions.save(memo.id, withParagraph('x'.repeat(keystroke)));
      advance(0.5);
    }
    expect(versions.list(memo.id)).toHaveLength(1);
  });

  test('a save five minutes after the newest version keeps another', () => {
    const { versions, memo, withParagraph, advance } = setup();
    versions.save(memo.id, withParagraph('First thought.'));
    advance(301);
    versions.save(memo.id, withParagraph('Second thought.'));
    const listed = versions.list(memo.id);
    expect(listed).toHaveLength(2);
    const newest = versions.get(listed[0]!.id).document;
    expect(JSON.stringify(newest)).toContain('First thought.');
  });

  test('a save that changes nothing keeps no version', () => {
    const { versions, memo } = setup();
    versions.save(memo.id, memo.document);
    expect(versions.list(memo.id)).toEqual([]);
  });

  test('restoring a version keeps the current document first, so the restore can be undone', () => {
    const { versions, memo, withParagraph, advance } = setup();
    versions.save(memo.id, withParagraph('Draft to regret.'));
    const original = versions.list(memo.id)[0]!;
    advance(10);
    const restored = versions.restore(original.id);
    expect(restored.document).toEqual(memo.document);
    const [regretted] = versions.list(memo.id);
    expect(JSON.stringify(versions.get(regretted!.id).document)).toContain('Draft to regret.');
    expect(JSON.stringify(versions.restore(regretted!.id).document)).toContain('Draft to regret.');
  });

  test('a memo’s versions go with the memo', () => {
    const { notebook, versions, memo, withParagraph } = setup();
    versions.save(memo.id, withParagraph('Soon gone.'));
    notebook.services.memos.remove(memo.id);
    expect(notebook.db.prepare('SELECT count(*) AS n FROM memo_versions').get()).toEqual({ n: 0 });
  });

  test('an unknown version is reported as not found', () => {
    const { versions } = setup();
    expect(() => versions.restore(404)).toThrow(AppError);
  });

  test('counts words of text and quotations and the quotations themselves', () => {
    expect(
      documentCounts({
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Two words' }] },
          { type: 'quotation', attrs: { exact: 'three more words' } },
        ],
      }),
    ).toEqual({ words: 5, quotations: 1 });
  });
});
