// Fictional articles, highlights and suggestions for the renderer's DOM tests: the Tessaly
// Herald on the Varn valley dam. No real people or places.
import type { Article, Highlight, Suggestion } from '../../../../main/ipc/contract';

export const ARTICLE_TEXT = [
  'Varn valley dam approved',
  'The council met on Tuesday.',
  '“The dam will hold the spring floods,” said Oren Talvik, the valley engineer.',
  'Mira Quell, the mayor, said the town would pay its share.',
].join('\n\n');

export function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 7,
    title: 'Varn valley dam approved',
    author: 'Ines Harrow',
    publisher: 'The Tessaly Herald',
    dateline: 'Varnholt',
    publishedAt: '2033-04-02',
    language: 'en',
    sourceUrl: null,
    format: 'txt',
    sourcePath: null,
    importedAt: '2033-04-03T09:00:00Z',
    updatedAt: '2033-04-03T09:00:00Z',
    wordCount: 42,
    highlightCount: 0,
    text: ARTICLE_TEXT,
    contentHash: 'hash-7',
    ...overrides,
  };
}

/** A highlight on the first occurrence of `passage` in the article text. */
export function highlight(
  id: number,
  passage: string,
  overrides: Partial<Highlight> = {},
): Highlight {
  const start = ARTICLE_TEXT.indexOf(passage);
  if (start < 0) throw new Error(`fixture passage not in the text: ${passage}`);
  return {
    id,
    articleId: 7,
    kind: 'direct',
    exact: passage,
    prefix: ARTICLE_TEXT.slice(Math.max(0, start - 32), start),
    suffix: ARTICLE_TEXT.slice(start + passage.length, start + passage.length + 32),
    start,
    end: start + passage.length,
    speakerId: null,
    speakerName: null,
    note: '',
    orphaned: false,
    tags: [],
    createdAt: '2033-04-03T10:00:00Z',
    updatedAt: '2033-04-03T10:00:00Z',
    ...overrides,
  };
}

export function suggestion(passage: string, overrides: Partial<Suggestion> = {}): Suggestion {
  const start = ARTICLE_TEXT.indexOf(passage);
  if (start < 0) throw new Error(`fixture passage not in the text: ${passage}`);
  return {
    articleId: 7,
    start,
    end: start + passage.length,
    exact: passage,
    kind: 'direct',
    speaker: 'Oren Talvik',
    speakerId: null,
    speakerAsWritten: 'Oren Talvik',
    proposedRole: null,
    proposedCountry: null,
    cue: 'said',
    confidence: 0.9,
    acceptAllEligible: true,
    ...overrides,
  };
}
