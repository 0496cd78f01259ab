import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../main/importers/dom';
import { readHtmlMetadata, stripSiteName } from '../../../../main/importers/metadata-html';

const read = (head: string, body = '') =>
  readHtmlMetadata(
    parseHtmlDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`),
  );

describe('page metadata and where it came from', () => {
  it('trusts JSON-LD over meta tags for the date and says so', () => {
    const hints = read(
      `<meta property="article:published_time" content="2025-01-01"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-02-02T10:00:00+01:00"}</script>`,
    );
    expect(hints.publishedAt).toBe('2025-02-02T10:00:00+01:00');
    expect(hints.sources?.publishedAt).toBe('structured-data');
  });

  it('reads parsely, sailthru and Dublin Core dates from meta tags', () => {
    expect(read('<meta name="parsely-pub-date" content="2025-04-09T15:30:00Z">').publishedAt).toBe(
      '2025-04-09T15:30:00Z',
    );
    expect(
      read('<meta name="sailthru.date" content="Tue, 11 Feb 2025 16:20:00 -0500">').publishedAt,
    ).toBe('2025-02-11T16:20:00-05:00');
    expect(read('<meta name="DC.date" content="2025-04-14">')).toMatchObject({
      publishedAt: '2025-04-14',
      sources: { publishedAt: 'meta' },
    });
  });

  it('reads the parsely-page JSON for author, title and date', () => {
    const hints = read(
      `<meta name="parsely-page" content='{"title":"Water tests clean","author":"Oskar Lind","pub_date":"2025-04-09T15:30:00Z"}'>`,
    );
    expect(hints).toMatchObject({
      title: 'Water tests clean',
      author: 'Oskar Lind',
      publishedAt: '2025-04-09T15:30:00Z',
    });
  });

  it('joins several author tags into one field', () => {
    expect(
      read(
        '<meta name="parsely-author" content="Oskar Lind"><meta name="parsely-author" content="Wren Adair">',
      ).author,
    ).toBe('Oskar Lind and Wren Adair');
  });

  it('reads microdata for the headline, author and date', () => {
    const hints = read(
      '',
      `<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2024-11-28"><h2 itemprop="headline">Market roof replaced</h2><span itemprop="author" itemscope><span itemprop="name">Juno Tark</span></span></div>`,
    );
    expect(hints).toMatchObject({
      title: 'Market roof replaced',
      author: 'Juno Tark',
      publishedAt: '2024-11-28',
      sources: { title: 'microdata', author: 'microdata', publishedAt: 'microdata' },
    });
  });

  it('reads a <time datetime> and a rel=author link as markup', () => {
    const hints = read(
      '',
      '<article><p><a rel="author" href="/w">Wren Adair</a> <time datetime="2025-01-20T07:30:00+01:00">20 January</time></p></article>',
    );
    expect(hints).toMatchObject({
      author: 'Wren Adair',
      publishedAt: '2025-01-20T07:30:00+01:00',
      sources: { author: 'markup', publishedAt: 'markup' },
    });
  });

  it('reads the names and the timestamp printed in byline elements', () => {
    const hints = read(
      '',
      '<div class="byline">By Hedda Marsh, Pell Arnaut and Juno Tark</div><div class="timestamp">Updated 9:05 AM ET, Mon March 3, 2025</div>',
    );
    expect(hints).toMatchObject({
      author: 'Hedda Marsh, Pell Arnaut and Juno Tark',
      publishedAt: '2025-03-03T09:05:00-05:00',
      sources: { author: 'byline', publishedAt: 'byline' },
    });
  });

  it('prefers the headline to a <title> with a section prefix', () => {
    const hints = read(
      '<title>Harbour News: Dock cranes return</title>',
      '<h1>Dock cranes return</h1>',
    );
    expect(hints.title).toBe('Dock cranes return');
    expect(hints.sources?.title).toBe('heading');
  });

  it('does not take a logo in an <h1> outside the article for the title', () => {
    const hints = read(
      '<title>Pier reopens after repairs</title>',
      '<header><h1>Coast Daily</h1></header><div><p>Text.</p></div>',
    );
    expect(hints).toMatchObject({
      title: 'Pier reopens after repairs',
      sources: { title: 'title-tag' },
    });
  });

  it("takes the publisher from og:site_name before a JSON-LD publisher, then from the title's suffix", () => {
    expect(
      read(
        '<meta property="og:site_name" content="Valdora Today"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Valdora Media Group"}}</script>',
      ).publisher,
    ).toBe('Valdora Today');
    const suffixed = read('<title>Budget set · Kestrel Daily</title>', '<h1>Budget set</h1>');
    expect(suffixed).toMatchObject({
      publisher: 'Kestrel Daily',
      sources: { publisher: 'title-tag' },
    });
  });

  it('takes the publisher from a copyright line in the page footer', () => {
    expect(
      read(
        '<title>Roof replaced</title>',
        '<div class="footer">All content © Brannock Star.</div>',
      ),
    ).toMatchObject({ publisher: 'Brannock Star', sources: { publisher: 'text' } });
  });

  it('ignores an author given as an address', () => {
    expect(
      read('<meta property="article:author" content="https://example.org/mara">').author,
    ).toBeUndefined();
  });
});

describe('stripSiteName', () => {
  it('cuts a site suffix or prefix it knows', () => {
    expect(stripSiteName('Ferry fares frozen — The Oldmere Courier', ['The Oldmere Courier'])).toBe(
      'Ferry fares frozen',
    );
    expect(stripSiteName('Kestrel Daily | Budget set', ['Kestrel Daily'])).toBe('Budget set');
  });

  it('keeps a title whose colon is part of the headline', () => {
    expect(stripSiteName('Ferry strike: what happens next', ['Harbour Post'])).toBe(
      'Ferry strike: what happens next',
    );
  });
});
