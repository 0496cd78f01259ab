// A parsed article crosses from an import worker with its text as UTF-8 bytes (packText) and
// reads back, on the storing side, as exactly the text it was (unpackText).
import { describe, expect, it } from 'vitest';
import { packText, unpackText, type ParsedFile } from '../../../../main/services/import-parse';
import type { ImportedArticle } from '../../../../main/importers';

const TEXT = 'Tarvos “corridor” talks — naïve 😀 港口\n\nA second paragraph.';

function parsedArticle(text: string): Extract<ParsedFile, { kind: 'article' }> {
  const article: ImportedArticle = {
    title: 'Tarvos corridor',
    author: 'Mira Kessel',
    publisher: null,
    dateline: null,
    publishedAt: null,
    language: 'en',
    sourceUrl: null,
    format: 'text',
    text,
    removed: [],
    metadataSources: {},
  };
  return {
    kind: 'article',
    file: '/notes/tarvos.txt',
    bytes: new TextEncoder().encode(text),
    article,
    contentHash: 'hash',
    wordCount: 10,
  };
}

describe('packText and unpackText', () => {
  it('send the text as its UTF-8 bytes, not as a string', () => {
    const packed = packText(parsedArticle(TEXT));
    expect(packed.kind === 'article' && packed.article.text).toBe('');
    expect(packed.kind === 'article' && new TextDecoder().decode(packed.textBytes)).toBe(TEXT);
  });

  it('give back the very text on the receiving side, after a structured copy', () => {
    const copied = structuredClone(packText(parsedArticle(TEXT)));
    const received = unpackText(copied);
    expect(received.kind === 'article' && received.article.text).toBe(TEXT);
    expect(received.kind === 'article' && { ...received.article }.text).toBe(TEXT);
  });

  it('leave an outcome, and an article parsed on this thread, as they are', () => {
    const here = parsedArticle(TEXT);
    expect(unpackText(here)).toBe(here);
    const outcome: ParsedFile = {
      kind: 'outcome',
      outcome: { path: '/notes/x.pdf', status: 'failed', error: 'x.pdf: damaged.' },
    };
    expect(packText(outcome)).toBe(outcome);
  });
});
