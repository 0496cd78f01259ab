// The search language, checked by what each parsed query matches in a small FTS5 table built
// like the notebook's index (same tokenizer), so the tests say what a query finds, not how the
// expression is spelled. Fictional text throughout.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import {
  parseSearchQuery,
  pluralOf,
  type SearchQuery,
  type SearchQueryOptions,
} from '../../../../main/domain/search-query';

const DOCUMENTS: Record<number, { title: string; text: string }> = {
  1: {
    title: 'Harbour dues rise',
    text: 'The Quenby harbour board met on the transport corridor.',
  },
  2: { title: 'Ferry timetable', text: 'New transport corridors open for the Saltmere ferries.' },
  3: { title: 'Orchard frost', text: 'A corridor of transport sheds stood idle after the frost.' },
  4: {
    title: 'Minister Ilvane visits',
    text: 'Ilvane Tormek spoke of a well-known route at 12:30.',
  },
  5: { title: 'Café owners', text: 'Owners of the Brâsserie said the harbour policies hurt.' },
};

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE docs USING fts5(title, text,
  tokenize = 'unicode61 remove_diacritics 2')`);
for (const [id, document] of Object.entries(DOCUMENTS)) {
  db.prepare('INSERT INTO docs(rowid, title, text) VALUES (?, ?, ?)').run(
    Number(id),
    document.title,
    document.text,
  );
}
afterAll(() => db.close());

const ALL = Object.keys(DOCUMENTS).map(Number);

function run(parsed: SearchQuery): number[] {
  if (!parsed.meaningful || parsed.impossible) return [];
  if (parsed.match === null) return ALL;
  const found = (
    db.prepare('SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rowid').all(parsed.match) as {
      rowid: number;
    }[]
  ).map((row) => row.rowid);
  return parsed.complement ? ALL.filter((id) => !found.includes(id)) : found;
}

function finds(query: string, options?: SearchQueryOptions): number[] {
  return run(parseSearchQuery(query, options));
}

describe('search query: words, phrases and operators', () => {
  test('words are all required', () => {
    expect(finds('harbour board')).toEqual([1]);
  });

  test('a word also finds its plural', () => {
    expect(finds('ferry')).toEqual([2]);
    expect(finds('policy')).toEqual([5]);
  });

  test('a quoted phrase needs its words together and in order', () => {
    expect(finds('"transport corridor"')).toEqual([1, 2]);
    expect(finds('transport corridor')).toEqual([1, 2, 3]);
  });

  test('typographic quotes make a phrase too', () => {
    expect(finds('“transport corridor”')).toEqual([1, 2]);
  });

  test('OR finds either side, and binds looser than the words around it', () => {
    expect(finds('Quenby board OR Ilvane')).toEqual([1, 4]);
  });

  test('a vertical bar is OR', () => {
    expect(finds('Quenby|Ilvane')).toEqual([1, 4]);
    expect(finds('Quenby | Ilvane')).toEqual([1, 4]);
  });

  test('lower-case or is an ordinary word', () => {
    expect(finds('Quenby or Ilvane')).toEqual([]);
  });

  test('NOT and a leading minus leave out what follows', () => {
    expect(finds('transport NOT frost')).toEqual([1, 2]);
    expect(finds('transport -frost')).toEqual([1, 2]);
  });

  test('a minus inside a word is part of the word', () => {
    expect(finds('well-known')).toEqual([4]);
  });

  test('a query of only exclusions finds every article without those words', () => {
    const parsed = parseSearchQuery('-harbour');
    expect(parsed.complement).toBe(true);
    expect(run(parsed)).toEqual([2, 3, 4]);
  });

  test('OR with an exclusion keeps everything but what only the exclusion rules out', () => {
    expect(finds('Ilvane OR -transport')).toEqual([4, 5]);
  });

  test('parentheses group', () => {
    expect(finds('(Quenby OR Saltmere) transport')).toEqual([1, 2]);
    expect(finds('transport -(frost OR ferries)')).toEqual([1]);
  });

  test('a trailing star matches any ending', () => {
    expect(finds('corri*')).toEqual([1, 2, 3]);
    expect(finds('"transport corri*"')).toEqual([1, 2]);
  });

  test('without a star a word is whole, not a prefix', () => {
    expect(finds('corri')).toEqual([]);
  });

  test('case and accents are ignored', () => {
    expect(finds('CAFE brasserie')).toEqual([5]);
  });

  test('a word written with separators is matched as its words in order', () => {
    expect(finds('12:30')).toEqual([4]);
  });
});

describe('search query: typing mode', () => {
  test('the word being typed matches as a prefix', () => {
    expect(finds('Ilva', { typing: true })).toEqual([4]);
  });

  test('a finished word, with a space after it, is whole again', () => {
    expect(finds('Ilva ', { typing: true })).toEqual([]);
  });

  test('the last word of an unclosed phrase being typed is a prefix', () => {
    expect(finds('"transport corri', { typing: true })).toEqual([1, 2]);
  });

  test('without typing mode the same query matches whole words only', () => {
    expect(finds('Ilva')).toEqual([]);
  });
});

describe('search query: fields', () => {
  test('title: looks only in titles', () => {
    expect(finds('title:harbour')).toEqual([1]);
    expect(finds('harbour')).toEqual([1, 5]);
  });

  test('title: takes a quoted phrase', () => {
    expect(finds('title:"dues rise"')).toEqual([1]);
  });

  test('author:, publisher:, speaker: and tag: become filters, values kept whole when quoted', () => {
    const { filters, match } = parseSearchQuery(
      'author:"Ada Sorel" publisher:Courier speaker:“Ilvane Tormek” tag:ports',
    );
    expect(match).toBeNull();
    expect(filters).toMatchObject({
      author: [{ value: 'Ada Sorel', negated: false }],
      publisher: [{ value: 'Courier', negated: false }],
      speaker: [{ value: 'Ilvane Tormek', negated: false }],
      tag: [{ value: 'ports', negated: false }],
    });
  });

  test('field names are case-insensitive', () => {
    expect(parseSearchQuery('Author:Sorel').filters.author).toEqual([
      { value: 'Sorel', negated: false },
    ]);
  });

  test('a minus before a field negates the filter', () => {
    expect(parseSearchQuery('harbour -publisher:Courier').filters.publisher).toEqual([
      { value: 'Courier', negated: true },
    ]);
  });

  test('after: and before: take years, months and days', () => {
    const { filters, impossible } = parseSearchQuery('after:2031-03 before:2031-04-15 after:2030');
    expect(impossible).toBe(false);
    expect(filters.after).toEqual(['2031-03', '2030']);
    expect(filters.before).toEqual(['2031-04-15']);
  });

  test('not after a date means before it', () => {
    const { filters } = parseSearchQuery('-after:2031-03-01');
    expect(filters).toMatchObject({ after: [], before: ['2031-03-01'] });
  });

  test('an unreadable date matches nothing instead of being ignored', () => {
    expect(parseSearchQuery('harbour after:yesterday').impossible).toBe(true);
    expect(parseSearchQuery('harbour before:2031-02-30').impossible).toBe(true);
  });

  test('filters alone are a meaningful query with no words', () => {
    const parsed = parseSearchQuery('publisher:Courier');
    expect(parsed).toMatchObject({ meaningful: true, match: null });
  });

  test('an unknown field is read as words', () => {
    expect(finds('board:met')).toEqual([1]);
    expect(parseSearchQuery('board:met').filters.author).toEqual([]);
  });
});

describe('search query: marks for snippets', () => {
  test('a phrase is marked as one run of words, with its plural', () => {
    expect(parseSearchQuery('"transport corridor"').marks).toEqual([
      {
        tokens: [
          { forms: ['transport'], prefix: false },
          { forms: ['corridor', 'corridors'], prefix: false },
        ],
      },
    ]);
  });

  test('excluded words and title-only words are not marked', () => {
    const marks = parseSearchQuery('harbour -ferry title:dues').marks;
    expect(marks.map((mark) => mark.tokens[0]!.forms[0])).toEqual(['harbour']);
  });

  test('a prefix is marked as a prefix', () => {
    expect(parseSearchQuery('corri*').marks).toEqual([
      { tokens: [{ forms: ['corri'], prefix: true }] },
    ]);
  });
});

describe('search query: plurals', () => {
  test('regular English plurals are formed by the usual endings', () => {
    expect([pluralOf('corridor'), pluralOf('policy'), pluralOf('box'), pluralOf('church')]).toEqual(
      ['corridors', 'policies', 'boxes', 'churches'],
    );
  });

  test('short words, words ending in s and words with digits get no plural', () => {
    expect([pluralOf('yi'), pluralOf('talks'), pluralOf('g20')]).toEqual([null, null, null]);
  });
});

describe('search query: anything else stays safe', () => {
  const hostile = [
    '"',
    '""',
    '"harbour',
    'harbour"',
    'harbour" OR NEAR(',
    '(((((',
    ')))))',
    '(harbour',
    'harbour)',
    'NEAR(harbour board, 2)',
    '^harbour',
    'harbour^',
    'title:',
    'text:harbour',
    '{title text}: harbour',
    'title : harbour',
    'rank:1',
    'rowid:1',
    'docs:harbour',
    '*',
    '**',
    '*harbour',
    'harb**',
    'a*b*c',
    '-',
    '--harbour',
    '- harbour',
    'NOT',
    'NOT NOT',
    'OR',
    'AND',
    'OR harbour OR',
    'harbour AND AND board',
    'harbour NOT',
    'NOT harbour',
    '|||',
    '+harbour + board',
    "'; DROP TABLE docs; --",
    "author:'; DROP TABLE articles; --",
    'publisher:"%_\\"',
    'speaker:"',
    'after:',
    'before:"2031',
    '\u0000harbour\u0001',
    '\u202eharbour',
    '🙂 harbour 🙂',
    'harbour\nboard',
    `${'('.repeat(200)}harbour${')'.repeat(200)}`,
    `${'NOT '.repeat(120)}harbour`,
    Array.from({ length: 240 }, (_, index) => `w${index}`).join(' OR '),
    Array.from({ length: 240 }, () => '-harbour').join(' '),
  ];

  test.each(hostile)('%j parses into an expression FTS5 accepts', (query) => {
    const parsed = parseSearchQuery(query);
    expect(() => run(parsed)).not.toThrow();
    expect(() => run(parseSearchQuery(query, { typing: true }))).not.toThrow();
  });

  test('FTS5 column names typed as words are searched as words, not as columns', () => {
    expect(finds('text:corridor')).toEqual([]);
    expect(finds('text corridor')).toEqual([]);
  });

  test('a query of only punctuation or operators means nothing', () => {
    for (const query of ['', '   ', '"', '()', 'OR', 'NOT', '-', '*', '|', 'title:']) {
      expect(parseSearchQuery(query).meaningful, query).toBe(false);
    }
  });

  test('every word reaching FTS5 is quoted letters and digits', () => {
    const { match } = parseSearchQuery('harbour" OR NEAR( title:x {a}: ^b c* -d');
    const outside = match!.replace(/"[\p{L}\p{N}]*"/gu, '');
    expect(outside).toMatch(/^[\s()*+:]*(?:(?:AND|OR|NOT|title)[\s()*+:]*)*$/u);
  });

  test('an unbalanced parenthesis still finds what the words say', () => {
    expect(finds('(Quenby OR Ilvane')).toEqual([1, 4]);
    expect(finds('Quenby) board')).toEqual([1]);
  });

  test('a stray quote opens a phrase that runs to the end', () => {
    expect(finds('harbour "transport corridor')).toEqual([1]);
  });
});
