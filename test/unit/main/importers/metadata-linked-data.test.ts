import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../main/importers/dom';
import { readLinkedData } from '../../../../main/importers/metadata-linked-data';

const linked = (...scripts: string[]) =>
  readLinkedData(
    parseHtmlDocument(
      `<html><head>${scripts.map((data) => `<script type="application/ld+json">${data}</script>`).join('')}</head><body></body></html>`,
    ),
  );

describe('JSON-LD', () => {
  it('reads authors given as objects, strings and arrays of either', () => {
    expect(linked('{"@type":"NewsArticle","author":{"name":"Mara Quill"}}').authors).toEqual([
      'Mara Quill',
    ]);
    expect(linked('{"@type":"NewsArticle","author":"Mara Quill and Tobias Renn"}').authors).toEqual(
      ['Mara Quill', 'Tobias Renn'],
    );
    expect(
      linked(
        '{"@type":"NewsArticle","author":["Ana Pereira",{"@type":"Person","name":"Luis Okoro"}]}',
      ).authors,
    ).toEqual(['Ana Pereira', 'Luis Okoro']);
  });

  it('follows @id references inside a @graph to the author and the publisher', () => {
    const data = linked(
      JSON.stringify({
        '@graph': [
          { '@type': 'Organization', '@id': '#org', name: 'Valdora Today Media' },
          { '@type': 'Person', '@id': '#p1', name: 'Ines Varga' },
          {
            '@type': 'Article',
            headline: 'Night library opens',
            author: { '@id': '#p1' },
            publisher: { '@id': '#org' },
            datePublished: '2025-01-27T18:20:11+00:00',
          },
        ],
      }),
    );
    expect(data).toMatchObject({
      headline: 'Night library opens',
      authors: ['Ines Varga'],
      publisher: 'Valdora Today Media',
      datePublished: '2025-01-27T18:20:11+00:00',
    });
  });

  it('keeps an organisation named as author apart from people', () => {
    const data = linked(
      '{"@type":"NewsArticle","author":{"@type":"Organization","name":"Harbour Post Staff"}}',
    );
    expect(data.authors).toEqual([]);
    expect(data.organisationAuthors).toEqual(['Harbour Post Staff']);
  });

  it('prefers the article object to a page object and reads a type given as a list', () => {
    const data = linked(
      '[{"@type":"WebPage","name":"Site home"},{"@type":["ReportageNewsArticle","NewsArticle"],"headline":"The last keepers"}]',
    );
    expect(data.headline).toBe('The last keepers');
  });

  it('reads data with a trailing comma and skips data that will not parse', () => {
    expect(linked('{"@type":"BlogPosting","headline":"Trams on Sundays",}').headline).toBe(
      'Trams on Sundays',
    );
    expect(linked('{not json', '{"@type":"NewsArticle","headline":"Second"}').headline).toBe(
      'Second',
    );
  });
});
