// Check sources' fixes and current citation details (main/services/memos.ts), kept apart from
// memos.test.ts, which covers compiling and the checks' findings.
import { describe, expect, test } from 'vitest';
import { insertArticle } from '../../../../db/queries/articles';
import { createNotebook, type Notebook } from '../../../../main/composition';
import { contentHash, countWords } from '../../../../main/services/imports';
import { tempDbFile } from '../../../helpers/temp';

// Fictional articles and statements.
const QUARRY = [
  'Pellin quarry to close',
  'The council voted on Tuesday.',
  '“We will replant the hillside within two years,” said mayor Dana Ostrow.',
].join('\n\n');
const DIGEST = ['Week in Pellin', 'Ostrow: “We will replant the hillside within two years,”'].join(
  '\n\n',
);

function article(notebook: Notebook, title: string, text: string, publisher: string): number {
  return insertArticle(notebook.db, {
    title,
    author: null,
    publisher,
    dateline: null,
    publishedAt: '2035-06-01',
    language: 'en',
    sourceUrl: null,
    format: 'text',
    sourcePath: null,
    originalName: null,
    original: new TextEncoder().encode(text),
    text,
    contentHash: contentHash(text),
    wordCount: countWords(text),
  });
}

const PHRASE = 'We will replant the hillside within two years,';

function setup() {
  const notebook = createNotebook({ dbFile: tempDbFile() });
  const { services } = notebook;
  const quarry = article(notebook, 'Pellin quarry to close', QUARRY, 'Pellin Ledger');
  const digest = article(notebook, 'Week in Pellin', DIGEST, 'Valley Weekly');
  const speakerId = services.speakers.create({ name: 'Dana Ostrow', role: 'Mayor' }).id;
  const highlight = (articleId: number, text: string) =>
    services.highlights.create({
      articleId,
      kind: 'direct',
      start: text.indexOf(PHRASE),
      end: text.indexOf(PHRASE) + PHRASE.length,
      speakerId,
      tagIds: [],
      note: '',
    }).id;
  const inQuarry = highlight(quarry, QUARRY);
  const memo = services.memos.create({ scope: { articleIds: [quarry] }, title: 'Quarry' });
  return { notebook, services, quarry, digest, inQuarry, highlight, memo };
}

describe('memo service: what Check sources offers to fix', () => {
  test('a passage moved by a paragraph added above it is reported with where it is now', () => {
    const { services, quarry, inQuarry, memo } = setup();
    const revised = QUARRY.replace(
      'The council voted on Tuesday.',
      'Residents gathered early.\n\nThe council voted on Tuesday.',
    );
    services.highlights.reviseText(quarry, revised, contentHash, countWords);
    const [check] = services.memos.checkSources(memo.id);
    expect(check?.problems).toEqual([
      expect.objectContaining({
        code: 'citation-moved',
        current: expect.objectContaining({
          highlightId: inQuarry,
          paragraph: 4,
          start: revised.indexOf(PHRASE),
          exact: PHRASE,
          publisher: 'Pellin Ledger',
        }),
      }),
    ]);
  });

  test('a deleted highlight is offered another highlight reading the same words', () => {
    const { services, digest, inQuarry, highlight, memo } = setup();
    const other = highlight(digest, DIGEST);
    services.highlights.remove(inQuarry);
    const [check] = services.memos.checkSources(memo.id);
    expect(check?.problems).toEqual([
      expect.objectContaining({
        code: 'highlight-deleted',
        relinkTo: expect.objectContaining({
          highlightId: other,
          articleId: digest,
          paragraph: 2,
          title: 'Week in Pellin',
        }),
      }),
    ]);
  });

  test('a deleted highlight with no other reading the same words is offered nothing to re-link', () => {
    const { services, inQuarry, memo } = setup();
    services.highlights.remove(inQuarry);
    const [check] = services.memos.checkSources(memo.id);
    expect(check?.problems[0]?.relinkTo).toBeUndefined();
  });

  test('a highlight that now reads differently is reported with its current words', () => {
    const { services, quarry, memo } = setup();
    const revised = QUARRY.replace('within two years', 'within three years');
    services.highlights.reviseText(quarry, revised, contentHash, countWords);
    const [check] = services.memos.checkSources(memo.id);
    const differs = check?.problems.find((problem) => problem.code === 'quote-differs');
    expect(differs?.current?.exact).toBe('We will replant the hillside within three years,');
  });
});

describe('memo service: saved citations show the article as it is now', () => {
  test('a publisher and date edited after saving reach the saved memo and its export', async () => {
    const { services, quarry, memo } = setup();
    services.articles.updateMetadata(quarry, {
      publisher: 'Pellin Evening Ledger',
      publishedAt: '2035-06-02',
    });
    const quotation = services.memos
      .get(memo.id)
      .document.content.find((node) => node.type === 'quotation');
    expect(quotation?.attrs).toMatchObject({
      articlePublisher: 'Pellin Evening Ledger',
      articlePublishedAt: '2035-06-02',
    });
    const markdown = new TextDecoder().decode(
      await services.memos.export({ memoId: memo.id }, 'md'),
    );
    expect(markdown).toContain('Pellin Evening Ledger');
    expect(markdown).not.toMatch(/Pellin Ledger(?! )/);
  });
});
