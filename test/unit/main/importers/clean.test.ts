import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../main/importers/article';
import { cleanBlocks, cleanText, hasQuotation } from '../../../../main/importers/clean';

const body = (sentence: string) =>
  `${sentence} The harbour board met for three hours and heard from residents, fishermen and the port authority before voting. Officials said the work would take two years to complete.`;

function clean(paragraphs: string[]): { kept: string[]; removed: string[] } {
  const { text, removed } = cleanText(paragraphs.join('\n\n'));
  return { kept: text === '' ? [] : text.split('\n\n'), removed };
}

describe('cleaning boilerplate from text', () => {
  it('removes a "By" byline line and keeps the body', () => {
    const result = clean(['By Jane Roe', body('The vote passed.')]);
    expect(result.removed).toEqual(['By Jane Roe']);
    expect(result.kept).toEqual([body('The vote passed.')]);
  });

  it('removes lines that repeat the author name (photo captions)', () => {
    const result = clean(['By Jane Roe', body('One.'), 'Jane Roe', 'Jane Roe', body('Two.')]);
    expect(result.kept).toEqual([body('One.'), body('Two.')]);
  });

  it('removes share-button lines', () => {
    expect(clean([body('A.'), 'Share.', 'Share on Facebook | Tweet | Email']).kept).toEqual([
      body('A.'),
    ]);
  });

  it('removes image credit lines', () => {
    const result = clean([
      body('A.'),
      'Photo: Lena Brandt / Harbour Weekly',
      'Image Credit: Agency (the harbour at dusk)',
    ]);
    expect(result.kept).toEqual([body('A.')]);
  });

  it('removes a caption that ends with a bracketed image credit', () => {
    const result = clean(['The harbour at dusk on Monday. [Image via Harbour Weekly]', body('A.')]);
    expect(result.kept).toEqual([body('A.')]);
  });

  it('removes "Also read:" and "See also:" promo lines', () => {
    const result = clean([
      body('A.'),
      'Also read: Ferry fares rise again',
      body('B.'),
      'See also - The new timetable',
    ]);
    expect(result.kept).toEqual([body('A.'), body('B.')]);
  });

  it('removes a source credit and a views disclaimer', () => {
    const result = clean([
      body('A.'),
      'This article is republished from The Lantern under a Creative Commons licence.',
      '(The views expressed in this article are the author’s own and do not necessarily reflect those of The Lantern.)',
    ]);
    expect(result.kept).toEqual([body('A.')]);
  });

  it('removes a related-stories block of repeated headlines, teasers and read-more links', () => {
    const result = clean([
      body('A.'),
      body('B.'),
      'Latest stories',
      'Ferry fares rise again:',
      'Ferry fares rise again',
      'Operators blamed fuel costs for the third increase this year, which takes effect in May.',
      'Read More »',
      'Lighthouse reopens',
      'Lighthouse reopens',
      'The lighthouse on Gull Point will reopen to visitors after a two-year restoration.',
      'Read More »',
    ]);
    expect(result.kept).toEqual([body('A.'), body('B.')]);
    expect(result.removed).toHaveLength(9);
  });

  it('removes story cards of headline, blurb and read-more link when they repeat', () => {
    const result = clean([
      body('A.'),
      'Lighthouse reopens',
      'The lighthouse will reopen to visitors.',
      'Continue reading →',
      'Ferry fares rise',
      'Operators blamed fuel costs.',
      'Continue reading →',
    ]);
    expect(result.kept).toEqual([body('A.')]);
  });

  it('removes a desk signature and publisher blurb after the source credit', () => {
    const result = clean([
      body('A.'),
      body('B.'),
      body('C.'),
      'This news is sourced from Harbour Weekly and is provided for information only.',
      'Harbour Desk',
      'Your trusted source for coastal news. Stay informed with our coverage.',
    ]);
    expect(result.kept).toEqual([body('A.'), body('B.'), body('C.')]);
  });

  it('keeps short body paragraphs after a credit when they quote someone', () => {
    const quoted = '“We will rebuild the pier before summer,” the mayor said.';
    const result = clean([body('A.'), body('B.'), body('C.'), 'Source: Harbour Weekly', quoted]);
    expect(result.kept).toContain(quoted);
  });

  it('never removes a paragraph with a quotation on shape alone', () => {
    const quoted = '“Read more about it,” she said, “and you will see why.” »';
    expect(clean([body('A.'), quoted]).kept).toContain(quoted);
  });

  it('keeps a "Source:" line that captions data in the middle of an article', () => {
    const result = clean([
      body('A.'),
      'Source: Harbour statistics office',
      body('B.'),
      body('C.'),
      body('D.'),
      body('E.'),
    ]);
    expect(result.kept).toContain('Source: Harbour statistics office');
  });

  it('keeps a headline that is printed twice at the very top, once', () => {
    expect(clean(['Harbour vote passes', 'Harbour vote passes', body('A.')]).kept).toEqual([
      'Harbour vote passes',
      body('A.'),
    ]);
  });

  it('keeps headings, short paragraphs and plain sentences that merely mention sharing or photos', () => {
    const paragraphs = [
      'What happens next',
      'The council will vote again in May.',
      'Residents shared photos of the flooding on social media.',
      'The photo exhibition opens on Friday.',
    ];
    expect(clean(paragraphs).kept).toEqual(paragraphs);
  });

  it('removes cookie notices, sign-up prompts and copyright lines', () => {
    const result = clean([
      body('A.'),
      'We use cookies to improve your experience.',
      'Subscribe to our newsletter',
      '© 2024 Harbour Weekly. All rights reserved.',
    ]);
    expect(result.kept).toEqual([body('A.')]);
  });
});

describe('cleaning page furniture from text', () => {
  it('removes advertisement markers and reading-time lines', () => {
    const result = clean([
      body('A.'),
      'Advertisement',
      'Story continues below advertisement',
      '4 min read',
      body('B.'),
    ]);
    expect(result.kept).toEqual([body('A.'), body('B.')]);
  });

  it('removes tag lists', () => {
    expect(clean([body('A.'), 'Tags: harbour, budget, ferries']).kept).toEqual([body('A.')]);
  });

  it('removes a bracketed "Photo by" credit', () => {
    expect(clean([body('A.'), '(Photo by Lena Brandt/Harbour Weekly)']).kept).toEqual([body('A.')]);
  });

  it('keeps a substantive last paragraph followed by a lone "Read more" link', () => {
    const result = clean([body('A.'), 'What happens next', body('B.'), 'Read more »']);
    expect(result.kept).toEqual([body('A.'), 'What happens next', body('B.')]);
    expect(result.removed).toEqual(['Read more »']);
  });
});

describe('cleaning blocks from structured formats', () => {
  const block = (text: string, extra: Partial<Block> = {}): Block => ({
    text,
    kind: 'paragraph',
    linkDensity: 0,
    ...extra,
  });

  it('removes a list whose items are mostly links', () => {
    const result = cleanBlocks([
      block(body('A.')),
      block('Ferry fares rise again', { kind: 'list-item', linkDensity: 1, group: 1 }),
      block('Lighthouse reopens', { kind: 'list-item', linkDensity: 1, group: 1 }),
      block('Harbour budget explained', { kind: 'list-item', linkDensity: 0.9, group: 1 }),
    ]);
    expect(result.kept.map((kept) => kept.text)).toEqual([body('A.')]);
    expect(result.reasons).toEqual(['links', 'links', 'links']);
  });

  it('keeps a list of plain items', () => {
    const items = ['Consultation: April', 'Review: June'].map((text) =>
      block(text, { kind: 'list-item', group: 2 }),
    );
    expect(cleanBlocks([block(body('A.')), ...items]).kept).toHaveLength(3);
  });

  it('removes figure captions', () => {
    const result = cleanBlocks([
      block(body('A.')),
      block('The pier at dawn.', { kind: 'caption' }),
    ]);
    expect(result.reasons).toEqual(['caption']);
  });

  it('uses a known author to remove name-only lines', () => {
    const result = cleanBlocks([block('Ana Diaz'), block(body('A.'))], { author: 'Ana Diaz' });
    expect(result.reasons).toEqual(['byline']);
  });
});

describe('quotation detection', () => {
  it('finds quotations in curly, straight and angle quotes', () => {
    expect(hasQuotation('He said “we will not stop now” today.')).toBe(true);
    expect(hasQuotation('He said "we will not stop now" today.')).toBe(true);
    expect(hasQuotation('«Nous ne céderons pas» a-t-il dit.')).toBe(true);
  });

  it('does not mistake apostrophes or one-word scare quotes for quotations', () => {
    expect(hasQuotation('The region’s growth and the world’s economy.')).toBe(false);
    expect(hasQuotation('A so-called “reset” of relations.')).toBe(false);
  });
});
