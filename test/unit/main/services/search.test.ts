// The search service on a notebook of fictional articles: each kind of query the analyst can
// type (phrases, OR, NOT, prefixes, every field, dates), sorting, and the snippets that show
// why an article matched. Results are compared as sets of titles unless the order is the point.
import { describe, expect, test } from 'vitest';
import type { Notebook } from '../../../../main/composition';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../../main/services/snippet';
import { notebookWith } from '../../../helpers/notebook';

const CORRIDOR = {
  title: 'Ministers back the Veshan transport corridor',
  author: 'Ada Sorel',
  publisher: 'The Oldmere Courier',
  publishedAt: '2031-04-02T09:30:00+05:00',
  text: 'Foreign minister Ilvane Tormek said the transport corridor would open in spring.\n\nThe harbour at Quenby will take the first freight.',
};
const CORRIDORS = {
  title: 'Rail links across the steppe',
  author: 'Bram Kestrel and Ada Sorel',
  publisher: 'Harbour News',
  publishedAt: '2031-03-15',
  text: 'Two new transport corridors cross the steppe.\n\nMinister Yun Hesper called them overdue.',
};
const SCATTERED = {
  title: 'Storm damage in Quenby',
  author: 'Cato Limm',
  publisher: 'The Oldmere Courier',
  publishedAt: '2031-05-20',
  text: 'A corridor of old transport sheds was flattened by the storm.\n\nNobody was hurt.',
};
const UNDATED = {
  title: 'Orchard growers meet',
  author: null,
  publisher: null,
  publishedAt: null,
  text: 'Growers from Marisk met to discuss frost and the price of apples.',
};

interface Fixture {
  book: Notebook;
  ids: Record<'corridor' | 'corridors' | 'scattered' | 'undated', number>;
}

async function call<T>(book: Notebook, method: string, args: unknown): Promise<T> {
  const result = await book.dispatch(method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** The four articles; Ilvane Tormek (alias "Mr Tórmek") quoted in CORRIDOR, tagged "Freight". */
async function fixture(): Promise<Fixture> {
  const { book, ids } = notebookWith([CORRIDOR, CORRIDORS, SCATTERED, UNDATED]);
  const [corridor, corridors, scattered, undated] = ids as [number, number, number, number];
  const tormek = await call<{ id: number }>(book, 'createSpeaker', {
    name: 'Ilvane Tormek',
    aliases: ['Mr Tórmek'],
  });
  const hesper = await call<{ id: number }>(book, 'createSpeaker', { name: 'Yun Hesper' });
  const freight = await call<{ id: number }>(book, 'createTag', { name: 'Freight' });
  const start = CORRIDOR.text.indexOf('the transport corridor');
  await call(book, 'createHighlight', {
    articleId: corridor,
    kind: 'indirect',
    start,
    end: start + 'the transport corridor would open in spring'.length,
    speakerId: tormek.id,
    tagIds: [freight.id],
  });
  const overdue = CORRIDORS.text.indexOf('called them overdue');
  await call(book, 'createHighlight', {
    articleId: corridors,
    kind: 'indirect',
    start: overdue,
    end: overdue + 'called them overdue'.length,
    speakerId: hesper.id,
  });
  return { book, ids: { corridor, corridors, scattered, undated } };
}

function titles(
  book: Notebook,
  query: string,
  options: Parameters<Notebook['services']['articles']['search']>[2] = {},
) {
  return book.services.articles
    .search(query, 20, options)
    .map((hit) => hit.title)
    .sort();
}

describe('search service: words and operators', () => {
  test('a quoted phrase finds the words together, its plural included, and not scattered', async () => {
    const { book } = await fixture();
    expect(titles(book, '"transport corridor"')).toEqual([CORRIDOR.title, CORRIDORS.title].sort());
  });

  test('the same words without quotes find them anywhere in the article', async () => {
    const { book } = await fixture();
    expect(titles(book, 'transport corridor')).toEqual(
      [CORRIDOR.title, CORRIDORS.title, SCATTERED.title].sort(),
    );
  });

  test('OR finds articles with either name', async () => {
    const { book } = await fixture();
    expect(titles(book, 'Yun Hesper OR Tormek')).toEqual([CORRIDOR.title, CORRIDORS.title].sort());
  });

  test('NOT and -word leave out articles with the word', async () => {
    const { book } = await fixture();
    const expected = [CORRIDOR.title, CORRIDORS.title].sort();
    expect(titles(book, 'transport NOT storm')).toEqual(expected);
    expect(titles(book, 'transport -storm')).toEqual(expected);
  });

  test('a query of only exclusions lists the other live articles, newest first', async () => {
    const { book, ids } = await fixture();
    book.services.articles.remove(ids.corridors);
    expect(book.services.articles.search('-transport').map((hit) => hit.title)).toEqual([
      UNDATED.title,
    ]);
    expect(book.services.articles.search('-storm').map((hit) => hit.title)).toEqual([
      CORRIDOR.title,
      UNDATED.title,
    ]);
  });

  test('word* matches any ending, in every host', async () => {
    const { book } = await fixture();
    expect(titles(book, 'Torm*')).toEqual([CORRIDOR.title]);
    expect(titles(book, 'Torm')).toEqual([]);
  });

  test('as-you-type mode reads the unfinished last word as a prefix', async () => {
    const { book } = await fixture();
    expect(titles(book, 'Torm', { prefix: true })).toEqual([CORRIDOR.title]);
    expect(titles(book, 'Torm ', { prefix: true })).toEqual([]);
  });

  test('hostile syntax returns results or nothing, never an error', async () => {
    const { book } = await fixture();
    for (const query of ['harbour" OR NEAR(', '((', 'text:x', '^*', 'NOT', 'author:"', "'; --"]) {
      const result = await book.dispatch('searchArticles', { query });
      expect(result.ok, query).toBe(true);
    }
  });

  test('a query that means nothing returns nothing', async () => {
    const { book } = await fixture();
    expect(book.services.articles.search('() OR -')).toEqual([]);
  });
});

describe('search service: fields', () => {
  test('author: matches part of the author line, case aside', async () => {
    const { book } = await fixture();
    expect(titles(book, 'author:sorel')).toEqual([CORRIDOR.title, CORRIDORS.title].sort());
    expect(titles(book, 'author:"Bram Kestrel"')).toEqual([CORRIDORS.title]);
  });

  test('publisher: combines with words', async () => {
    const { book } = await fixture();
    expect(titles(book, 'transport publisher:"oldmere courier"')).toEqual(
      [CORRIDOR.title, SCATTERED.title].sort(),
    );
  });

  test('-publisher: leaves out a publisher, and articles with none stay in', async () => {
    const { book } = await fixture();
    expect(titles(book, '-publisher:Oldmere')).toEqual([CORRIDORS.title, UNDATED.title].sort());
  });

  test('a LIKE wildcard in a field value is taken literally', async () => {
    const { book } = await fixture();
    expect(titles(book, 'publisher:%')).toEqual([]);
    expect(titles(book, 'author:"_ Sorel"')).toEqual([]);
  });

  test('title: looks only at titles', async () => {
    const { book } = await fixture();
    expect(titles(book, 'title:Quenby')).toEqual([SCATTERED.title]);
    expect(titles(book, 'Quenby')).toEqual([CORRIDOR.title, SCATTERED.title].sort());
  });

  test('speaker: finds articles quoting the speaker, by any word of the name', async () => {
    const { book } = await fixture();
    expect(titles(book, 'speaker:Tormek')).toEqual([CORRIDOR.title]);
    expect(titles(book, 'speaker:"yun hesper"')).toEqual([CORRIDORS.title]);
  });

  test('speaker: matches aliases with accents and case ignored', async () => {
    const { book } = await fixture();
    expect(titles(book, 'speaker:"MR TORMEK"')).toEqual([CORRIDOR.title]);
  });

  test('speaker: naming nobody finds nothing', async () => {
    const { book } = await fixture();
    expect(titles(book, 'speaker:Nobody')).toEqual([]);
  });

  test('-speaker: leaves out the articles quoting the speaker', async () => {
    const { book } = await fixture();
    expect(titles(book, 'transport -speaker:Tormek')).toEqual(
      [CORRIDORS.title, SCATTERED.title].sort(),
    );
  });

  test('tag: finds articles with a highlight carrying the tag', async () => {
    const { book } = await fixture();
    expect(titles(book, 'tag:freight')).toEqual([CORRIDOR.title]);
    expect(titles(book, 'tag:passengers')).toEqual([]);
  });

  test('after: is on or after the date, before: is before it', async () => {
    const { book } = await fixture();
    expect(titles(book, 'after:2031-04-02')).toEqual([CORRIDOR.title, SCATTERED.title].sort());
    expect(titles(book, 'before:2031-04-02')).toEqual([CORRIDORS.title]);
    expect(titles(book, 'transport after:2031-04 before:2031-05')).toEqual([CORRIDOR.title]);
  });

  test('a year or month stands for its whole span', async () => {
    const { book } = await fixture();
    expect(titles(book, 'after:2031-05')).toEqual([SCATTERED.title]);
    expect(titles(book, 'before:2031')).toEqual([]);
  });

  test('an unreadable date finds nothing', async () => {
    const { book } = await fixture();
    expect(titles(book, 'transport after:someday')).toEqual([]);
  });

  test('filters alone list the articles they allow, newest first', async () => {
    const { book } = await fixture();
    expect(book.services.articles.search('publisher:Oldmere').map((hit) => hit.title)).toEqual([
      SCATTERED.title,
      CORRIDOR.title,
    ]);
  });

  test('filters apply before the limit, so a filtered search still fills it', async () => {
    const { book } = await fixture();
    const hits = book.services.articles.search('transport publisher:"Harbour News"', 1);
    expect(hits.map((hit) => hit.title)).toEqual([CORRIDORS.title]);
  });
});

describe('search service: sorting', () => {
  test('newest and oldest order by publication date, undated last', async () => {
    const { book } = await fixture();
    const order = (sort: 'newest' | 'oldest') =>
      book.services.articles.search('-quince', 20, { sort }).map((hit) => hit.title);
    expect(order('newest')).toEqual([
      SCATTERED.title,
      CORRIDOR.title,
      CORRIDORS.title,
      UNDATED.title,
    ]);
    expect(order('oldest')).toEqual([
      CORRIDORS.title,
      CORRIDOR.title,
      SCATTERED.title,
      UNDATED.title,
    ]);
  });

  test('relevance puts a title match first', async () => {
    const { book } = await fixture();
    expect(book.services.articles.search('Quenby')[0]?.title).toBe(SCATTERED.title);
  });

  test('date order applies to word searches too', async () => {
    const { book } = await fixture();
    expect(
      book.services.articles.search('transport', 20, { sort: 'oldest' }).map((hit) => hit.title),
    ).toEqual([CORRIDORS.title, CORRIDOR.title, SCATTERED.title]);
  });

  test('an unknown sort is refused by the API schema', async () => {
    const { book } = await fixture();
    const result = await book.dispatch('searchArticles', { query: 'transport', sort: 'random' });
    expect(result.ok).toBe(false);
  });
});

describe('search service: snippets', () => {
  const marked = (snippet: string) =>
    [...snippet.matchAll(new RegExp(`${SNIPPET_OPEN}(.*?)${SNIPPET_CLOSE}`, 'g'))].map(
      (match) => match[1],
    );

  test('a phrase is marked as one run, its plural included', async () => {
    const { book, ids } = await fixture();
    const hits = book.services.articles.search('"transport corridor"');
    const byId = new Map(hits.map((hit) => [hit.articleId, hit.snippet]));
    expect(marked(byId.get(ids.corridor)!)).toEqual(['transport corridor']);
    expect(marked(byId.get(ids.corridors)!)).toEqual(['transport corridors']);
  });

  test('a prefix marks the whole word it matched', async () => {
    const { book } = await fixture();
    expect(marked(book.services.articles.search('Torm*')[0]!.snippet)).toEqual(['Tormek']);
  });

  test('excluded words are not marked', async () => {
    const { book, ids } = await fixture();
    const hit = book.services.articles
      .search('harbour -storm')
      .find((candidate) => candidate.articleId === ids.corridor)!;
    expect(marked(hit.snippet)).toEqual(['harbour']);
  });

  test('a word found through folded accents is marked', async () => {
    const { book } = await fixture();
    expect(marked(book.services.articles.search('Törmek')[0]!.snippet)).toEqual(['Tormek']);
  });
});

describe('search as you type on a large notebook', () => {
  // Article 0 has "ferry" in its title and is imported first; the rest mention a ferry once in
  // their text, and article 5 also has it in its title.
  const articles = [
    { title: 'Ferry timetable for Quenby', text: 'The ferry to Quenby sails at nine.' },
    ...Array.from({ length: 8 }, (_, index) => ({
      title: index === 4 ? 'Ferry strike at Oldmere' : `Harbour notes ${index + 1}`,
      text: `Gulls, rope and one ferry at berth ${index + 1}.`,
    })),
  ];

  async function typed(
    book: ReturnType<typeof notebookWith>['book'],
    query: string,
    window: number,
  ) {
    const { searchArticles } = await import('../../../../db/queries/articles');
    const { parseSearchQuery } = await import('../../../../main/domain/search-query');
    const parsed = parseSearchQuery(query, { typing: true });
    return searchArticles(book.db, {
      match: parsed.match,
      complement: false,
      filters: parsed.filters,
      sort: 'relevance',
      limit: 4,
      typingWindow: window,
    }).map((row) => row.title);
  }

  test('while typing, title matches come first, then the others, each newest first', async () => {
    const { book } = notebookWith(articles);
    expect(await typed(book, 'ferr', 100)).toEqual([
      'Ferry strike at Oldmere',
      'Ferry timetable for Quenby',
      'Harbour notes 8',
      'Harbour notes 7',
    ]);
    book.close();
  });

  test('a title match older than the window is found as an ordinary match', async () => {
    const { book } = notebookWith(articles);
    // The window holds the newest 5 articles: article 5's title counts, article 0's does not
    // (and it is too old to be among the newest ordinary matches).
    expect(await typed(book, 'ferr', 5)).toEqual([
      'Ferry strike at Oldmere',
      'Harbour notes 8',
      'Harbour notes 7',
      'Harbour notes 6',
    ]);
    book.close();
  });

  test('an excluded word excludes in the title lookup too', async () => {
    const { book } = notebookWith(articles);
    expect(await typed(book, '-strike ferr', 100)).toEqual([
      'Ferry timetable for Quenby',
      'Harbour notes 8',
      'Harbour notes 7',
      'Harbour notes 6',
    ]);
    book.close();
  });

  test('a finished query ranks every match by relevance', async () => {
    const { book } = notebookWith(articles);
    const hits = book.services.articles.search('ferry', 2);
    expect(hits.map((hit) => hit.title).sort()).toEqual([
      'Ferry strike at Oldmere',
      'Ferry timetable for Quenby',
    ]);
    book.close();
  });

  test('the search box (prefix) puts the title matches first', async () => {
    const { book } = notebookWith(articles);
    const hits = await call<{ title: string }[]>(book, 'searchArticles', {
      query: 'ferr',
      limit: 3,
      prefix: true,
    });
    expect(hits.map((hit) => hit.title)).toEqual([
      'Ferry strike at Oldmere',
      'Ferry timetable for Quenby',
      'Harbour notes 8',
    ]);
    book.close();
  });
});
