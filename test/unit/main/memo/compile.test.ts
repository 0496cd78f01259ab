import { describe, expect, test } from 'vitest';
import { DEFAULT_TITLE, NO_QUOTATIONS, compileMemo } from '../../../../main/memo/compile';
import type { Memo, MemoBlock, MemoRow } from '../../../../main/memo/model';
import { bulletin, courier, ferrand, gazette, marrow, pelle, row } from './rows';

/** A memo as readable lines: "## heading" and "> speaker: words". */
function outline(memo: Memo): string[] {
  return memo.blocks.map((block: MemoBlock) => {
    if (block.type === 'heading')
      return `${'#'.repeat(block.level)} ${block.content.map((run) => run.text).join('')}`;
    if (block.type === 'quotation')
      return `> ${block.quotation.speaker ?? '-'}: ${block.quotation.source.exact}`;
    if (block.type === 'paragraph') return block.content.map((run) => run.text).join('');
    return 'list';
  });
}

const trade = { id: 10, name: 'Trade' };
const transport = { id: 11, name: 'Transport' };
const customs = { id: 12, name: 'customs' };

function sample(): MemoRow[] {
  return [
    row({
      ...marrow,
      ...courier,
      exact: 'Freight volumes will double by the end of the decade.',
      start: 50,
      tags: [trade],
    }),
    row({
      ...ferrand,
      ...gazette,
      exact: 'The corridor opens to cargo next spring.',
      start: 10,
      tags: [transport, trade],
    }),
    row({
      ...pelle,
      ...bulletin,
      exact: 'Customs checks will move to the border posts.',
      start: 5,
      tags: [customs],
    }),
    row({
      speakerId: null,
      speakerName: null,
      speakerRole: null,
      ...courier,
      kind: 'term',
      exact: 'dry port',
      start: 20,
      tags: [],
    }),
    row({
      ...marrow,
      ...gazette,
      exact: 'Tariffs are not on the table this year.',
      start: 80,
      tags: [],
    }),
  ];
}

describe('compileMemo', () => {
  test('groups quotations by speaker, sections in name order, terms without a speaker last', () => {
    expect(
      outline(
        compileMemo(sample(), {
          groupBy: 'speaker',
          includeUnattributed: true,
          includeTerms: true,
        }),
      ),
    ).toEqual([
      '## Anouk Pelle',
      '> Anouk Pelle: Customs checks will move to the border posts.',
      '## Ilse Marrow',
      '> Ilse Marrow: Freight volumes will double by the end of the decade.',
      '> Ilse Marrow: Tariffs are not on the table this year.',
      '## Tomas Ferrand',
      '> Tomas Ferrand: The corridor opens to cargo next spring.',
      '## Terms',
      '> -: dry port',
    ]);
  });

  test('grouping by tag lists a quotation with several tags under every one of them, untagged ones last', () => {
    expect(outline(compileMemo(sample(), { groupBy: 'tag' }))).toEqual([
      '## customs',
      '> Anouk Pelle: Customs checks will move to the border posts.',
      '## Trade',
      '> Ilse Marrow: Freight volumes will double by the end of the decade.',
      '> Tomas Ferrand: The corridor opens to cargo next spring.',
      '## Transport',
      '> Tomas Ferrand: The corridor opens to cargo next spring.',
      '## Untagged',
      '> Ilse Marrow: Tariffs are not on the table this year.',
    ]);
  });

  test('grouping by tag can list a quotation once, under its first tag, naming its other tags', () => {
    expect(outline(compileMemo(sample(), { groupBy: 'tag', tagListing: 'first' }))).toEqual([
      '## customs',
      '> Anouk Pelle: Customs checks will move to the border posts.',
      '## Trade',
      '> Ilse Marrow: Freight volumes will double by the end of the decade.',
      '> Tomas Ferrand: The corridor opens to cargo next spring.',
      'Also under Transport.',
      '## Untagged',
      '> Ilse Marrow: Tariffs are not on the table this year.',
    ]);
  });

  test('nests grouping one level: each speaker, then their quotations by tag', () => {
    expect(outline(compileMemo(sample(), { groupBy: 'speaker', thenBy: 'tag' }))).toEqual([
      '## Anouk Pelle',
      '### customs',
      '> Anouk Pelle: Customs checks will move to the border posts.',
      '## Ilse Marrow',
      '### Trade',
      '> Ilse Marrow: Freight volumes will double by the end of the decade.',
      '### Untagged',
      '> Ilse Marrow: Tariffs are not on the table this year.',
      '## Tomas Ferrand',
      '### Trade',
      '> Tomas Ferrand: The corridor opens to cargo next spring.',
      '### Transport',
      '> Tomas Ferrand: The corridor opens to cargo next spring.',
    ]);
  });

  test('leaves out terms and unattributed passages unless the scope asks for them', () => {
    const rows = [
      ...sample(),
      row({ ...pelle, ...courier, kind: 'term', exact: 'green lane', start: 90, tags: [] }),
      row({
        speakerId: null,
        speakerName: null,
        speakerRole: null,
        ...courier,
        exact: 'Nobody said this.',
        start: 95,
        tags: [],
      }),
    ];
    const kept = (scope: Parameters<typeof compileMemo>[1]) =>
      outline(compileMemo(rows, scope)).filter((line) => /dry port|green lane|Nobody/.test(line));
    expect(kept({})).toEqual([]);
    // A term needs no speaker: asking for terms brings the unattributed one too.
    expect(kept({ includeTerms: true })).toEqual(['> Anouk Pelle: green lane', '> -: dry port']);
    expect(kept({ includeUnattributed: true })).toEqual(['> -: Nobody said this.']);
    expect(kept({ includeTerms: true, includeUnattributed: true })).toHaveLength(3);
  });

  test('keeps the speaker’s and the tag’s own spelling in headings', () => {
    const headings = outline(
      compileMemo(
        [
          row({
            ...marrow,
            speakerName: 'ilse van Marrow',
            ...courier,
            exact: 'The port stays open.',
            tags: [{ id: 30, name: 'eCommerce' }],
          }),
        ],
        { groupBy: 'speaker', thenBy: 'tag' },
      ),
    ).filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['## ilse van Marrow', '### eCommerce']);
  });

  test('carries the title block: title, date, author and classification as given', () => {
    const memo = compileMemo(sample(), {
      title: ' Corridor brief ',
      date: '9 March 2031',
      author: 'Desk officer Lune',
      classification: 'Official – sensitive',
    });
    expect([memo.title, memo.date, memo.author, memo.classification]).toEqual([
      'Corridor brief',
      '9 March 2031',
      'Desk officer Lune',
      'Official – sensitive',
    ]);
  });

  test('groups by tag under the tags the scope names when it names some', () => {
    const memo = compileMemo(sample(), { groupBy: 'tag', tagIds: [transport.id] });
    expect(outline(memo)).toContain('## Transport');
    expect(outline(memo)).not.toContain('## Trade');
  });

  test('groups by source in reading order, naming publisher and date in each heading', () => {
    expect(
      outline(compileMemo(sample(), { groupBy: 'source' })).filter((line) => line.startsWith('##')),
    ).toEqual([
      '## Veldora weighs railway plan (The Marisk Courier, 4 March 2031)',
      '## Osterhal backs corridor talks (Quenby Gazette, 6 March 2031)',
      '## Tarvos reviews customs plan',
    ]);
  });

  test('groups chronologically by publication day, undated articles last', () => {
    expect(outline(compileMemo(sample(), { groupBy: 'date' }))).toEqual([
      '## 4 March 2031',
      '> Ilse Marrow: Freight volumes will double by the end of the decade.',
      '## 6 March 2031',
      '> Tomas Ferrand: The corridor opens to cargo next spring.',
      '> Ilse Marrow: Tariffs are not on the table this year.',
      '## Undated',
      '> Anouk Pelle: Customs checks will move to the border posts.',
    ]);
  });

  test('gives the same memo whatever order the rows arrive in', () => {
    const rows = sample();
    const reversed = [...rows].reverse();
    const shuffled = [rows[2]!, rows[0]!, rows[4]!, rows[1]!, rows[3]!];
    for (const groupBy of ['speaker', 'tag', 'source', 'date'] as const) {
      const expected = JSON.stringify(compileMemo(rows, { groupBy }));
      expect(JSON.stringify(compileMemo(reversed, { groupBy }))).toBe(expected);
      expect(JSON.stringify(compileMemo(shuffled, { groupBy }))).toBe(expected);
    }
  });

  test('shows a statement reported by several articles once and names the other reports', () => {
    const memo = compileMemo([
      row({ ...marrow, ...gazette, exact: '“We will keep the railway talks open,”' }),
      row({ ...marrow, ...courier, exact: 'We will  keep the Railway talks open.' }),
      row({ ...marrow, ...bulletin, exact: 'We will keep the railway talks open' }),
    ]);
    const quotations = memo.blocks.filter((block) => block.type === 'quotation');
    expect(quotations).toHaveLength(1);
    const [only] = quotations;
    if (only?.type !== 'quotation') throw new Error('expected a quotation');
    expect(only.quotation.source.exact).toBe('We will  keep the Railway talks open.');
    expect(only.quotation.alsoReportedBy.map((citation) => citation.title)).toEqual([
      'Osterhal backs corridor talks',
      'Tarvos reviews customs plan',
    ]);
  });

  test('keeps every note the analyst wrote on any report of the same statement', () => {
    const memo = compileMemo([
      row({
        ...marrow,
        ...courier,
        exact: 'Freight volumes will double by the end of the decade.',
        note: 'First claim of a doubling.',
      }),
      row({
        ...marrow,
        ...gazette,
        exact: 'Freight volumes will double by the end of the decade.',
        note: 'Repeated two days later.',
      }),
    ]);
    const quotation = memo.blocks.find((block) => block.type === 'quotation');
    expect(quotation?.type === 'quotation' && quotation.quotation.note).toBe(
      'First claim of a doubling.\n\nRepeated two days later.',
    );
  });

  test('leaves out passages that can no longer be found, and lists them as omitted', () => {
    const lost = row({
      ...marrow,
      exact: 'A sentence since removed from the article.',
      orphaned: true,
    });
    const memo = compileMemo([
      lost,
      row({ ...ferrand, exact: 'The corridor opens to cargo next spring.' }),
    ]);
    expect(outline(memo)).not.toContain(
      '> Ilse Marrow: A sentence since removed from the article.',
    );
    expect(memo.omitted).toEqual([
      {
        highlightId: lost.highlightId,
        exact: lost.exact,
        articleTitle: lost.articleTitle,
        reason: expect.stringContaining('no longer be found'),
      },
    ]);
  });

  test('opens with the analyst summary, one paragraph per block separated by a blank line', () => {
    const memo = compileMemo(sample(), {
      summary: 'Two ministers set out\nthe plan.\n\nOne official disagrees.',
    });
    expect(outline(memo).slice(0, 3)).toEqual([
      'Two ministers set out the plan.',
      'One official disagrees.',
      '## Anouk Pelle',
    ]);
  });

  test('says so when no quotation matches the scope', () => {
    expect(outline(compileMemo([]))).toEqual([NO_QUOTATIONS]);
  });

  test('uses the title and date given, and otherwise a default title and no date', () => {
    expect(compileMemo([], { title: '  Railway talks  ', date: '9 March 2031' })).toMatchObject({
      title: 'Railway talks',
      date: '9 March 2031',
    });
    expect(compileMemo([])).toMatchObject({ title: DEFAULT_TITLE, date: null });
  });

  test('cites each quotation with its article, publisher, author, date and paragraph', () => {
    const memo = compileMemo([
      row({
        ...pelle,
        ...bulletin,
        exact: 'Customs checks will move to the border posts.',
        paragraph: 7,
      }),
    ]);
    const quotation = memo.blocks.find((block) => block.type === 'quotation');
    expect(quotation?.type === 'quotation' && quotation.quotation.source).toMatchObject({
      title: 'Tarvos reviews customs plan',
      author: 'Mira Kessel',
      publisher: null,
      publishedAt: null,
      paragraph: 7,
    });
  });
});
