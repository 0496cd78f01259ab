import { describe, expect, it } from 'vitest';
import { importHtml } from '../../../../main/importers/html';

const body = (label: string) =>
  `<p>${label} The harbour board met for three hours on Monday and heard from residents, fishermen and the port authority before it voted on the plan.</p>`;
const page = (inner: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Harbour vote</title></head><body><nav><a href="/">Home</a></nav><article><h1>Harbour vote</h1>${inner}</article><footer>Footer text</footer></body></html>`;
const read = (html: string) =>
  importHtml(html, { fileName: 'page.html', extractMainContent: true }).text;

const QUOTE_ONE =
  '“We will not let the harbour silt up again,” said Edda Varholm, the harbour master.';
const QUOTE_TWO =
  '“Nobody asked the fishermen what they thought of it,” said Joren Blom, a skipper.';

describe('quotation paragraphs in containers of their own', () => {
  it('keeps a quotation in a container whose class Readability distrusts', () => {
    const text = read(
      page(
        `${body('A.')}<div class="quote quote--social"><p>${QUOTE_ONE}</p></div>${body('B.')}<div class="quote quote--social"><p>${QUOTE_TWO}</p></div>${body('C.')}`,
      ),
    );
    expect(text).toContain(QUOTE_ONE);
    expect(text).toContain(QUOTE_TWO);
  });

  it('keeps a quotation in an <aside> beside the body paragraphs, in its place', () => {
    const text = read(
      page(`${body('A.')}<aside class="quote-box">${QUOTE_ONE}</aside>${body('B.')}`),
    );
    const paragraphs = text.split('\n\n');
    expect(paragraphs[1]).toBe(QUOTE_ONE);
  });

  it('reads a pull quote that repeats the body only once', () => {
    const text = read(
      page(
        `${body('A.')}<p>${QUOTE_ONE}</p><aside class="pull-quote"><p>“We will not let the harbour silt up again”</p></aside>${body('B.')}`,
      ),
    );
    expect(text.match(/silt up again/g)).toHaveLength(1);
  });

  it('keeps a quotation paragraph whose own class names it a quote', () => {
    const text = read(
      page(`${body('A.')}<p class="article-quote">${QUOTE_ONE} — Edda Varholm</p>${body('B.')}`),
    );
    expect(text).toContain(QUOTE_ONE);
  });

  it('leaves an embedded post and an aside of links alone', () => {
    const text = read(
      page(
        `${body('A.')}<blockquote class="twitter-tweet"><p>“Great day at the harbour vote, everyone come along next time”</p></blockquote><aside><a href="/1">“Related: the old harbour plan and what became of it”</a></aside>${body('B.')}`,
      ),
    );
    expect(text).not.toContain('Related: the old harbour plan');
  });
});
