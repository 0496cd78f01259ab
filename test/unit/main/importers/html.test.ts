import { describe, expect, it } from 'vitest';
import { importHtml } from '../../../../main/importers/html';

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const filler = (label: string) =>
  `<p>${label} The harbour board met for three hours on Monday and heard from residents, fishermen and the port authority before it voted to approve the plan. Officials said the work would take two years.</p>`;
const read = (html: string, extractMainContent = true) =>
  importHtml(html, { fileName: 'page.html', extractMainContent });

describe('HTML import', () => {
  it('turns block elements into paragraphs and <br> into a space', () => {
    const article = read(
      '<h1>Title</h1><p>One<br>line.</p><div>Two.</div><h2>Heading</h2><ul><li>Item a</li><li>Item b</li></ul>',
      false,
    );
    expect(article.text).toBe('One line.\n\nTwo.\n\nHeading\n\nItem a\n\nItem b');
  });

  it('keeps entities such as &nbsp; as the characters they stand for', () => {
    expect(read('<h1>T</h1><p>€48.5&nbsp;million &ldquo;quoted&rdquo;.</p>', false).text).toBe(
      '€48.5\u00a0million “quoted”.',
    );
  });

  it('extracts the main article and drops navigation, related links and comments', () => {
    const article = read(
      page(`<nav><a href="/">Home</a><a href="/news">News</a></nav>
        <article><h1>Harbour plan approved</h1>${filler('A.')}${filler('B.')}${filler('C.')}</article>
        <section class="related"><h3>Related</h3><ul><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul></section>
        <div id="comments"><p>First comment here, very angry about the plan.</p></div>`),
    );
    expect(article.text.split('\n\n')).toHaveLength(3);
    expect(article.text).not.toMatch(/Home|Other story|comment/);
  });

  it('falls back to the whole body when there is no article to extract', () => {
    expect(read(page('<p>Just one short line.</p>')).text).toBe('Just one short line.');
  });

  it('never outputs script, style or embedded content', () => {
    const article = read(
      page(`${filler('A.')}<script>alert('x')</script><style>p{}</style><noscript>NOSCRIPT</noscript>
        <iframe srcdoc="IFRAME"></iframe><template>TEMPLATE</template><svg><text>SVG</text></svg>
        <form><input value="FORM"><textarea>TEXTAREA</textarea></form><object>OBJECT</object>`),
    );
    expect(article.text).not.toMatch(
      /alert|NOSCRIPT|IFRAME|TEMPLATE|SVG|FORM|TEXTAREA|OBJECT|p\{\}/,
    );
  });

  it('keeps the text of javascript: links and drops their URLs and event handlers', () => {
    const article = read(
      `<p onclick="alert(1)">Read <a href="javascript:alert(2)">the report</a> now.</p>`,
      false,
    );
    expect(article.text).toBe('Read the report now.');
  });

  it('shows an inline <q> quotation with the marks a browser draws', () => {
    expect(read('<h1>T</h1><p>She called it <q>a fair deal for all</q>.</p>', false).text).toBe(
      'She called it “a fair deal for all”.',
    );
  });

  it('drops elements hidden from readers', () => {
    const article = read(
      '<p>Seen.</p><p hidden>HIDDEN</p><div style="display: none">NONE</div>',
      false,
    );
    expect(article.text).toBe('Seen.');
  });

  it('reads title, author, publisher, date, language and canonical URL from the head', () => {
    const article = read(
      page(
        `<article>${filler('A.')}${filler('B.')}</article>`,
        `<title>Harbour plan approved | Harbour Weekly</title><meta property="og:site_name" content="Harbour Weekly">
         <meta name="author" content="Ana Diaz"><meta property="article:published_time" content="2024-05-02T10:00:00Z">
         <link rel="canonical" href="https://harbour.example/plan">`,
      ),
    );
    expect(article).toMatchObject({
      title: 'Harbour plan approved',
      author: 'Ana Diaz',
      publisher: 'Harbour Weekly',
      publishedAt: '2024-05-02T10:00:00Z',
      language: 'en',
      sourceUrl: 'https://harbour.example/plan',
    });
  });

  it('takes the author from a visible byline element without its "By"-word', () => {
    const article = read(
      page(
        `<article><p class="byline">par <a rel="author" href="/a">Clémence Arvieux</a></p>${filler('A.')}${filler('B.')}</article>`,
      ),
    );
    expect(article.author).toBe('Clémence Arvieux');
  });

  it('reads metadata from JSON-LD without evaluating it', () => {
    const article = read(
      page(
        `<article>${filler('A.')}${filler('B.')}</article>`,
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier reopens","author":{"name":"Ravi Mehta"},"publisher":{"name":"Coast Daily"},"datePublished":"2023-07-09"}</script>`,
      ),
    );
    expect(article).toMatchObject({
      title: 'Pier reopens',
      author: 'Ravi Mehta',
      publisher: 'Coast Daily',
      publishedAt: '2023-07-09',
    });
  });

  it('ignores a canonical URL that is not http(s)', () => {
    expect(
      read(page(filler('A.'), '<link rel="canonical" href="javascript:alert(1)">')).sourceUrl,
    ).toBeNull();
  });

  it('does not repeat the headline at the start of the text', () => {
    const article = read(
      page(
        `<article><h1>Pier reopens</h1>${filler('A.')}${filler('B.')}</article>`,
        '<title>Pier reopens</title>',
      ),
    );
    expect(article.text.startsWith('Pier reopens')).toBe(false);
  });

  it('survives markup nested far deeper than the call stack allows', () => {
    const html = page(`${'<div>'.repeat(20_000)}<p>Deep text.</p>${'</div>'.repeat(20_000)}`);
    expect(read(html).text).toBe('Deep text.');
  });
});
