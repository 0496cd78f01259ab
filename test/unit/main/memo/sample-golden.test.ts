// Golden files for every memo writer, from the fictional sample memo (test/unit/main/memo/
// sample-memo.ts): the Markdown and HTML as written, the DOCX's word/document.xml one paragraph
// a line, and the PDF's text as pdftotext reads it. They pin what a reader of each file sees,
// so a change to a writer's layout shows here as a diff to review. UPDATE_GOLDEN=1 rewrites them.
import { fileURLToPath } from 'node:url';
import { describe, test } from 'vitest';
import { writeDocx } from '../../../../main/memo/docx';
import { writeHtml } from '../../../../main/memo/html';
import { writeMarkdown } from '../../../../main/memo/markdown';
import { writePdf } from '../../../../main/memo/pdf';
import { expectGolden } from '../../../helpers/golden';
import { tempDir } from '../../../helpers/temp';
import { hasPdftotext, pdftotext } from '../../../helpers/tools';
import { sampleMemo } from './sample-memo';
import { readZip } from './zip';

const golden = (name: string): string =>
  fileURLToPath(new URL(`../../../fixtures/memo/${name}`, import.meta.url));

/** document.xml without its namespace list, one body element a line, so a diff reads. */
export function normaliseDocumentXml(xml: string): string {
  return `${xml
    .replace(/^<\?xml[^>]*\?>/, '')
    .replace(/<w:document\b[^>]*>/, '<w:document>')
    .replace(/(<w:body>|<w:p>|<w:p\s|<w:tbl>|<w:sectPr\b|<\/w:body>)/g, '\n$1')
    .trim()}\n`;
}

/** pdftotext's output without trailing spaces, which vary with poppler's version. */
function normalisePdfText(text: string): string {
  return `${text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trimEnd()}\n`;
}

describe('memo writers against golden files', () => {
  test('the Markdown of the sample memo matches its golden file', () => {
    expectGolden(golden('sample.md'), writeMarkdown(sampleMemo()));
  });

  test('the HTML of the sample memo matches its golden file', () => {
    expectGolden(golden('sample.html'), writeHtml(sampleMemo()));
  });

  test('the DOCX document.xml of the sample memo matches its golden file', async () => {
    const document = readZip(await writeDocx(sampleMemo())).get('word/document.xml');
    if (!document) throw new Error('the DOCX has no word/document.xml');
    expectGolden(
      golden('sample.docx.document.xml'),
      normaliseDocumentXml(document.toString('utf8')),
    );
  });

  // The standard fonts, so line breaks do not depend on which system fonts are installed.
  test.skipIf(!hasPdftotext)(
    'the PDF text of the sample memo (standard fonts, read back with pdftotext) matches its golden file',
    async () => {
      const bytes = await writePdf(sampleMemo(), {
        fonts: null,
        createdAt: new Date('2031-03-09T12:00:00Z'),
      });
      expectGolden(golden('sample.pdf.txt'), normalisePdfText(pdftotext(bytes, tempDir())));
    },
  );
});
