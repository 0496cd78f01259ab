import { describe, expect, it } from 'vitest';
import { importPdf } from '../../../../main/importers/pdf';
import { fixtureBytes, outcome } from './fixtures';

describe('PDF import', () => {
  it('splits a LibreOffice PDF into the same paragraphs as its Word source', async () => {
    const article = await importPdf(
      fixtureBytes('office/council-report.pdf'),
      'council-report.pdf',
    );
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(17);
    expect(paragraphs[2]).toBe('Spending by department');
    expect(paragraphs[3]).toBe('Highways and transport: £3.1 million');
  });

  it('joins the lines of a paragraph that runs across a page break', async () => {
    const article = await importPdf(
      fixtureBytes('office/council-report.pdf'),
      'council-report.pdf',
    );
    for (const paragraph of article.text
      .split('\n\n')
      .filter((text) => text.startsWith('Paragraph'))) {
      expect(paragraph).toMatch(/audited before the summer\.$/);
    }
  });

  it('keeps curly quotes, dashes and currency signs from a WinAnsi font', async () => {
    const article = await importPdf(fixtureBytes('hostile/minimal.pdf'), 'minimal.pdf');
    expect(article.text).toContain('CORVEL — The new tram line');
    expect(article.text).toContain(
      '“It is the best thing the city has built in twenty years,” said one rider.',
    );
    expect(article.text).toContain('€210 million');
  });

  it('uses the document title and removes the byline', async () => {
    const article = await importPdf(fixtureBytes('hostile/minimal.pdf'), 'minimal.pdf');
    expect(article).toMatchObject({
      title: 'Tram line extension opens in Corvel',
      author: 'Nadia Okonjo',
      dateline: 'CORVEL',
    });
  });

  it('reports a password-protected PDF as encrypted', async () => {
    expect(await outcome(importPdf(fixtureBytes('hostile/encrypted.pdf'), 'encrypted.pdf'))).toBe(
      'encrypted',
    );
    expect(
      await outcome(importPdf(fixtureBytes('hostile/encrypted-aes.pdf'), 'encrypted-aes.pdf')),
    ).toBe('encrypted');
  });

  it('reports a PDF without a text layer as having no text', async () => {
    expect(await outcome(importPdf(fixtureBytes('hostile/scanned.pdf'), 'scanned.pdf'))).toBe(
      'no-text',
    );
  });

  it('reports damaged PDFs as corrupt', async () => {
    expect(await outcome(importPdf(fixtureBytes('hostile/corrupt.pdf'), 'corrupt.pdf'))).toBe(
      'corrupt',
    );
    expect(await outcome(importPdf(fixtureBytes('hostile/truncated.pdf'), 'truncated.pdf'))).toBe(
      'corrupt',
    );
  });

  it('leaves the caller’s bytes usable after reading them', async () => {
    const bytes = fixtureBytes('hostile/minimal.pdf');
    await importPdf(bytes, 'minimal.pdf');
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });
});
