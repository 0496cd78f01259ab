import { describe, expect, test } from 'vitest';
import type { Highlight } from '../../../../main/domain/records';
import type { NotebookSnapshot } from '../../../../main/interchange/model';
import {
  AnnotationFormatError,
  W3C_CONTEXT,
  readAnnotations,
  writeAnnotationCollection,
} from '../../../../main/interchange/w3c';

const TEXT =
  'The Quenby harbour board met on Monday.\n\n“Dues will rise by a tenth,” said Ada Sorel, the harbour master. Ferry owners 𝔸 objected.';

function highlight(fields: Partial<Highlight> & Pick<Highlight, 'id' | 'exact'>): Highlight {
  const start = TEXT.indexOf(fields.exact);
  return {
    articleId: 1,
    kind: 'highlight',
    prefix: TEXT.slice(Math.max(0, start - 32), start),
    suffix: TEXT.slice(start + fields.exact.length, start + fields.exact.length + 32),
    start,
    end: start + fields.exact.length,
    speakerId: null,
    speakerName: null,
    note: '',
    orphaned: false,
    tags: [],
    createdAt: '2031-03-01T09:00:00.000Z',
    updatedAt: '2031-03-02T10:30:00.000Z',
    ...fields,
  };
}

const snapshot: NotebookSnapshot = {
  articles: [
    {
      id: 1,
      title: 'Quenby harbour dues to rise',
      author: 'Tomas Fenn',
      publisher: 'Quenby Courier',
      publishedAt: '2031-03-01',
      language: 'en',
      sourceUrl: null,
      contentHash: 'a'.repeat(64),
      importedAt: '2031-03-01T08:00:00.000Z',
      text: TEXT,
    },
  ],
  highlights: [
    highlight({
      id: 7,
      exact: 'Dues will rise by a tenth,',
      kind: 'direct',
      speakerId: 3,
      speakerName: 'Ada Sorel',
      tags: [
        { id: 1, name: 'Harbour', colour: null },
        { id: 2, name: 'Prices', colour: '#336699' },
      ],
      note: 'Check against the board minutes.',
    }),
    highlight({ id: 8, exact: 'objected' }),
  ],
  speakers: [{ id: 3, name: 'Ada Sorel', role: 'Harbour master', country: null }],
  tags: [],
};

const collection = writeAnnotationCollection(snapshot, {
  label: 'Test',
  generated: '2031-03-03T00:00:00.000Z',
  version: '0.0.0',
});

describe('writeAnnotationCollection', () => {
  test('writes an AnnotationCollection with the anno.jsonld context and its first page embedded', () => {
    expect(collection['@context']).toBe(W3C_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.id).toMatch(/^urn:uuid:/);
    expect(collection.total).toBe(2);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.items).toHaveLength(2);
  });

  test('every annotation has the fields the W3C model requires, with IRIs for id and source', () => {
    for (const annotation of collection.first.items) {
      // Web Annotation Data Model §3.1: id (IRI), type "Annotation", target; bodies typed.
      expect(annotation.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(annotation.type).toBe('Annotation');
      expect(annotation.target.source).toMatch(/^[a-z][a-z0-9+.-]*:/);
      expect(annotation.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(annotation.modified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const [quote, position] = annotation.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(typeof quote.exact).toBe('string');
      expect(position.type).toBe('TextPositionSelector');
      expect(position.end).toBeGreaterThan(position.start);
      for (const body of annotation.body) {
        expect(body.type).toBe('TextualBody');
        expect(typeof body.value).toBe('string');
      }
    }
  });

  test('an article without a URL is the source urn:sha256 of its text', () => {
    expect(collection.first.items[0]!.target.source).toBe(`urn:sha256:${'a'.repeat(64)}`);
  });

  test('speaker, tags, note and kind become bodies with their purposes', () => {
    const quotation = collection.first.items[0]!;
    expect(quotation.motivation).toBe('classifying');
    expect(quotation.body.map((body) => [body.purpose, body.value])).toEqual([
      ['classifying', 'direct quotation'],
      ['identifying', 'Ada Sorel'],
      ['tagging', 'Harbour'],
      ['tagging', 'Prices'],
      ['commenting', 'Check against the board minutes.'],
    ]);
    expect(collection.first.items[1]!.motivation).toBe('highlighting');
    expect(collection.first.items[1]!.body).toEqual([]);
  });

  test('positions after an astral character count code points, not UTF-16 units', () => {
    const position = collection.first.items[1]!.target.selector[1];
    expect(position.start).toBe(TEXT.indexOf('objected') - 1);
    expect([...TEXT].slice(position.start, position.end).join('')).toBe('objected');
  });
});

describe('readAnnotations', () => {
  test('reads back what the writer wrote', () => {
    const [quotation, plain] = readAnnotations(JSON.stringify(collection));
    expect(quotation).toMatchObject({
      index: 1,
      source: `urn:sha256:${'a'.repeat(64)}`,
      exact: 'Dues will rise by a tenth,',
      kind: 'direct',
      speaker: 'Ada Sorel',
      tags: ['Harbour', 'Prices'],
      note: 'Check against the board minutes.',
      created: '2031-03-01T09:00:00.000Z',
      modified: '2031-03-02T10:30:00.000Z',
    });
    expect(plain).toMatchObject({ kind: 'highlight', speaker: null, tags: [], note: '' });
  });

  test('reads a single annotation in another tool’s spelling: target list, one selector, bodyValue', () => {
    const [annotation] = readAnnotations(
      JSON.stringify({
        '@context': W3C_CONTEXT,
        type: 'Annotation',
        bodyValue: 'A comment from elsewhere.',
        target: [
          {
            source: 'https://courier.example/harbour',
            selector: { type: 'TextQuoteSelector', exact: 'objected' },
          },
        ],
      }),
    );
    expect(annotation).toMatchObject({
      source: 'https://courier.example/harbour',
      exact: 'objected',
      prefix: '',
      position: null,
      kind: 'highlight',
      note: 'A comment from elsewhere.',
    });
  });

  test('reads a Hypothesis export: uri, text and tags beside the target', () => {
    const [annotation] = readAnnotations(
      JSON.stringify({
        annotations: [
          {
            uri: 'https://courier.example/harbour',
            text: 'Worth a follow-up.',
            tags: ['Harbour', 'Prices'],
            target: [
              {
                selector: [
                  { type: 'RangeSelector', startContainer: '/p[2]', endContainer: '/p[2]' },
                  { type: 'TextPositionSelector', start: 41, end: 67 },
                  { type: 'TextQuoteSelector', exact: 'Dues will rise by a tenth,', prefix: '“' },
                ],
              },
            ],
          },
        ],
      }),
    );
    expect(annotation).toMatchObject({
      source: 'https://courier.example/harbour',
      exact: 'Dues will rise by a tenth,',
      prefix: '“',
      position: { start: 41, end: 67 },
      tags: ['Harbour', 'Prices'],
      note: 'Worth a follow-up.',
    });
  });

  test.each([
    ['not JSON', '{"type":', /not valid JSON/],
    [
      'a collection whose first page is only linked',
      JSON.stringify({ type: 'AnnotationCollection', first: 'https://x.example/page1' }),
      /only linked/,
    ],
    [
      'an annotation with no quote selector',
      JSON.stringify([{ type: 'Annotation', target: 'https://x.example/a' }]),
      /annotation 1 has no target with a TextQuoteSelector/,
    ],
    [
      'a position that is not a number',
      JSON.stringify([
        {
          type: 'Annotation',
          target: {
            source: 'urn:x',
            selector: [
              { type: 'TextQuoteSelector', exact: 'a' },
              { type: 'TextPositionSelector', start: 'one', end: 2 },
            ],
          },
        },
      ]),
      /whole-number start and end/,
    ],
    ['a document of another type', JSON.stringify({ type: 'Person' }), /not an Annotation/],
  ])('refuses %s, saying what is wrong', (_what, json, message) => {
    expect(() => readAnnotations(json)).toThrow(AnnotationFormatError);
    expect(() => readAnnotations(json)).toThrow(message);
  });
});
