// The generic table block: every writer prints its caption, header and cells, and a saved
// memo's document keeps it. The figures are fictional.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { docToMemo, memoToDoc } from '../../../../main/memo/document';
import { writeDocx } from '../../../../main/memo/docx';
import { writeHtml } from '../../../../main/memo/html';
import { writeMarkdown } from '../../../../main/memo/markdown';
import type { Memo } from '../../../../main/memo/model';
import { writePdf } from '../../../../main/memo/pdf';
import { findPdfFonts } from '../../../../main/memo/pdf-fonts';
import { tempDir } from '../../../helpers/temp';
import { hasPdftotext } from '../../../helpers/tools';
import { readZip } from './zip';

function tableMemo(): Memo {
  return {
    title: 'Figures in dispute',
    date: '3 March 2031',
    blocks: [
      { type: 'paragraph', content: [{ text: 'Two sources disagree on the freight figure.' }] },
      {
        type: 'table',
        caption: 'Freight through Port Aster, 2030',
        header: ['Source', 'Figure', 'Speaker'],
        rows: [
          ['Aster Courier', '4.2 million tonnes', 'Ilse Marrow'],
          ['Lindholm Gazette', '3.9 million tonnes | revised', 'Tomas Ferrand'],
        ],
      },
    ],
  };
}

describe('the table block', () => {
  test('Markdown writes a GFM table with its caption, escaping cell text', () => {
    const markdown = writeMarkdown(tableMemo());
    expect(markdown).toContain(
      [
        '**Freight through Port Aster, 2030**',
        '',
        '| Source | Figure | Speaker |',
        '| --- | --- | --- |',
        '| Aster Courier | 4.2 million tonnes | Ilse Marrow |',
        '| Lindholm Gazette | 3.9 million tonnes \\| revised | Tomas Ferrand |',
      ].join('\n'),
    );
  });

  test('HTML writes a table with a caption, header cells and body rows', () => {
    const html = writeHtml(tableMemo());
    expect(html).toContain('<caption>Freight through Port Aster, 2030</caption>');
    expect(html).toContain(
      '<thead><tr><th>Source</th><th>Figure</th><th>Speaker</th></tr></thead>',
    );
    expect(html).toContain(
      '<tr><td>Lindholm Gazette</td><td>3.9 million tonnes | revised</td><td>Tomas Ferrand</td></tr>',
    );
  });

  test('DOCX writes a Word table with a header row and every cell', async () => {
    const document = readZip(await writeDocx(tableMemo()))
      .get('word/document.xml')!
      .toString('utf8');
    expect(document.match(/<w:tbl>/g)).toHaveLength(1);
    expect(document.match(/<w:tr>|<w:tr /g)).toHaveLength(3);
    expect(document).toContain('<w:tblHeader/>');
    for (const cell of ['Freight through Port Aster, 2030', 'Source', '4.2 million tonnes'])
      expect(document).toContain(cell);
  });

  test.skipIf(!hasPdftotext)(
    'PDF draws the caption and every cell (read back with pdftotext)',
    async () => {
      const file = path.join(tempDir(), 'table.pdf');
      writeFileSync(file, await writePdf(tableMemo(), { fonts: findPdfFonts() }));
      const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain('Freight through Port Aster, 2030');
      expect(text).toMatch(/Source\s+Figure\s+Speaker/);
      expect(text).toMatch(/Lindholm Gazette\s+3\.9 million tonnes \| revised\s+Tomas Ferrand/);
    },
  );

  test.skipIf(!hasPdftotext)(
    'PDF repeats the header row at the top of a page the table runs onto',
    async () => {
      const long = tableMemo();
      const [, table] = long.blocks;
      const rows = Array.from({ length: 90 }, (_, index) => [
        `Port ${index + 1}`,
        `${index} t`,
        'Ilse Marrow',
      ]);
      long.blocks[1] = { ...(table as Extract<typeof table, { type: 'table' }>), rows };
      const file = path.join(tempDir(), 'long-table.pdf');
      writeFileSync(file, await writePdf(long, { fonts: findPdfFonts() }));
      const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
        encoding: 'utf8',
      }).split('\f');
      expect(pages.filter((page) => page.trim()).length).toBeGreaterThan(1);
      expect(pages[1]).toMatch(/^\s*Source\s+Figure\s+Speaker/);
      expect(pages.join('')).toContain('Port 90');
    },
  );

  test('a saved memo document keeps the table and reads it back the same', () => {
    const memo = tableMemo();
    expect(docToMemo(memoToDoc(memo), { title: memo.title, date: memo.date }).blocks).toEqual(
      memo.blocks,
    );
  });

  test('a table cell that is not text is refused, naming the block', () => {
    const doc = memoToDoc(tableMemo());
    doc.content[1]!.attrs!['rows'] = [['Aster Courier', 42]];
    expect(() => docToMemo(doc, { title: 'x' })).toThrow(/block 2 \(table\) has rows/);
  });
});
