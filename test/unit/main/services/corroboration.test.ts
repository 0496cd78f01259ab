// The corroboration service on two fictional outlets (test/fixtures/corroboration): one
// minister's remark, reported by both in different wordings, is found through the quote finder
// and the analyst's highlights, with the speaker's name spelled two ways.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Notebook } from '../../../../main/composition';
import { nameQuery } from '../../../../main/services/corroboration';
import { addArticle, notebookWith } from '../../../helpers/notebook';
import { repoRoot } from '../../../helpers/shared';

const fixture = (name: string) =>
  readFileSync(path.join(repoRoot, 'test/fixtures/corroboration', name), 'utf8').trim();
const COURIER = fixture('northern-rim-courier.txt');
const GAZETTE = fixture('harbour-gazette.txt');

let book: Notebook | null = null;
afterEach(() => {
  book?.close();
  book = null;
});

function twoOutlets() {
  const made = notebookWith([
    { text: COURIER, publisher: 'Northern Rim Courier', publishedAt: '2031-03-03' },
    { text: GAZETTE, publisher: 'Harbour Gazette', publishedAt: '2031-03-05' },
  ]);
  book = made.book;
  const speaker = book.services.speakers.create({ name: 'Arvid Kholmenko' });
  return { book: made.book, ids: made.ids, speaker };
}

describe('corroboration service', () => {
  test('finds the remark both outlets report, without the minister’s other remark', () => {
    const { book, ids, speaker } = twoOutlets();
    const found = book.services.corroboration.forSpeaker(speaker.id);
    expect(found.articlesRead).toBe(2);
    expect(found.statements).toHaveLength(1);
    const [statement] = found.statements;
    expect(statement!.first.articleId).toBe(ids[0]);
    expect(statement!.first.exact).toContain('the beacon among the NRF formats');
    expect(statement!.others).toHaveLength(1);
    const other = statement!.others[0]!;
    expect(other.articleId).toBe(ids[1]);
    expect(other.articlePublisher).toBe('Harbour Gazette');
    expect(other.highlightId).toBeNull();
    expect(other.comparison.runs.some((run) => run.kind === 'insert' && run.text === 'mark')).toBe(
      true,
    );
    expect(other.comparison.changes).toEqual([]);
    expect(
      [statement!.first, ...statement!.others].some((passage) =>
        passage.exact.includes('rail tariffs'),
      ),
    ).toBe(false);
  });

  test('a highlight of the remark becomes its first report and is compared with the other outlet', () => {
    const { book, ids, speaker } = twoOutlets();
    const start = COURIER.indexOf('We are laying');
    const end = COURIER.indexOf(' and the coming summit of the presidents will open');
    const highlight = book.services.highlights.create({
      articleId: ids[0]!,
      kind: 'direct',
      start,
      end,
      speakerId: speaker.id,
    });
    const statement = book.services.corroboration.forHighlight(highlight.id);
    expect(statement.first.highlightId).toBe(highlight.id);
    expect(statement.others.map((other) => other.articleId)).toEqual([ids[1]]);
    // The highlight covers one clause; the gazette quotes the whole remark, so its second
    // sentence lies beyond the shared words.
    const last = statement.others[0]!.comparison.runs.at(-1)!;
    expect(last).toMatchObject({ kind: 'insert', outside: true });
    expect(book.services.corroboration.forSpeaker(speaker.id).unmatched).toEqual([]);
  });

  test('marking the other outlet’s passage makes the memo cite both outlets for the remark', () => {
    const { book, ids, speaker } = twoOutlets();
    const [statement] = book.services.corroboration.forSpeaker(speaker.id).statements;
    for (const passage of [statement!.first, ...statement!.others])
      book.services.highlights.create({
        articleId: passage.articleId,
        kind: 'direct',
        start: passage.start,
        end: passage.end,
        speakerId: speaker.id,
      });
    const memo = book.services.memos.compile({ speakerIds: [speaker.id] });
    const quotations = memo.blocks.flatMap((block) =>
      block.type === 'quotation' ? [block.quotation] : [],
    );
    expect(quotations).toHaveLength(1);
    expect(quotations[0]!.source.articleId).toBe(ids[0]);
    expect(quotations[0]!.alsoReportedBy.map((citation) => citation.articleId)).toEqual([ids[1]]);
  });

  test('a highlight no other article reports is listed as unmatched', () => {
    const { book, ids, speaker } = twoOutlets();
    const start = COURIER.indexOf('The coming summit of the presidents will settle');
    const highlight = book.services.highlights.create({
      articleId: ids[0]!,
      kind: 'direct',
      start,
      end: COURIER.indexOf(',” Kholmenko added'),
      speakerId: speaker.id,
    });
    const found = book.services.corroboration.forSpeaker(speaker.id);
    expect(found.unmatched.map((passage) => passage.highlightId)).toEqual([highlight.id]);
    expect(book.services.corroboration.forHighlight(highlight.id).others).toEqual([]);
  });

  test('an article that does not name the speaker is not read', () => {
    const { book, speaker } = twoOutlets();
    addArticle(book, { text: 'Ferry timetables\n\nThe ferries to the islands run twice a day.' });
    expect(book.services.corroboration.forSpeaker(speaker.id).articlesRead).toBe(2);
  });

  test('a passage without a speaker cannot be corroborated', () => {
    const { book, ids } = twoOutlets();
    const highlight = book.services.highlights.create({
      articleId: ids[0]!,
      kind: 'highlight',
      start: 0,
      end: 10,
    });
    expect(() => book.services.corroboration.forHighlight(highlight.id)).toThrow(/no speaker/);
  });

  test('the search for a speaker’s articles asks for every word of every name', () => {
    expect(nameQuery({ name: 'Arvid Kholmenko', aliases: ['A. Holmenko', 'Li'] })).toBe(
      '"Arvid" OR "Kholmenko" OR "Holmenko"',
    );
  });
});
