import { describe, expect, test } from 'vitest';
import { writeDocx } from '../../../../main/memo/docx';
import { sampleMemo } from './sample-memo';
import { readZip } from './zip';

function xmlText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('writeDocx', () => {
  test('writes a valid zip holding a Word document and its footnotes', async () => {
    const entries = readZip(await writeDocx(sampleMemo()));
    expect([...entries.keys()]).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'word/document.xml',
        'word/footnotes.xml',
        'word/styles.xml',
      ]),
    );
  });

  test('puts every citation in a real Word footnote, referenced from the text', async () => {
    const entries = readZip(await writeDocx(sampleMemo()));
    const footnotes = entries.get('word/footnotes.xml')!.toString('utf8');
    const document = entries.get('word/document.xml')!.toString('utf8');
    for (let id = 1; id <= 5; id += 1) {
      expect(footnotes).toContain(`<w:footnote w:id="${id}">`);
      expect(document).toContain(`<w:footnoteReference w:id="${id}"/>`);
    }
    expect(xmlText(footnotes)).toContain(
      'Mira Kessel, “Tarvos reviews customs plan”, paragraph 5.',
    );
  });

  test('keeps the quotations verbatim, in the memo’s quotation style', async () => {
    const document = readZip(await writeDocx(sampleMemo()))
      .get('word/document.xml')!
      .toString('utf8');
    expect(xmlText(document)).toContain('Freight <volumes> will *double* & [more] by 2031_10.');
    expect(xmlText(document)).toContain('1. Not a list either — “just words”.');
    expect(document).toContain('<w:pStyle w:val="MemoQuotation"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
  });
});
