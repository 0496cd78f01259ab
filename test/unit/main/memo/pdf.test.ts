import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileMemo } from '../../../../main/memo/compile';
import { layoutMemo } from '../../../../main/memo/layout';
import { PdfFontError, chooseFonts, writePdf, type PdfFonts } from '../../../../main/memo/pdf';
import { findPdfFonts } from '../../../../main/memo/pdf-fonts';
import { tempDir } from '../../../helpers/temp';
import { SAMPLE_QUOTATION_PARAGRAPHS, sampleMemo } from './sample-memo';
import { marrow, row } from './rows';
import { fontCovering, type Segment } from './pdf-font-bytes';

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The PDF's text as pdftotext reads it, with line breaks and spacing folded. */
function pdfText(bytes: Uint8Array): string {
  const file = path.join(tempDir(), 'memo.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

const fonts = findPdfFonts();

describe('writePdf', () => {
  test('writes a PDF', async () => {
    const bytes = await writePdf(sampleMemo(), { fonts });
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  test('writes the same bytes for the same memo and creation date', async () => {
    const createdAt = new Date('2031-03-09T12:00:00Z');
    const first = await writePdf(sampleMemo(), { fonts, createdAt });
    const second = await writePdf(sampleMemo(), { fonts, createdAt });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  test.skipIf(!hasPdftotext())(
    'holds every quotation verbatim in its text (read back with pdftotext; skipped where it is not installed)',
    async () => {
      const text = pdfText(await writePdf(sampleMemo(), { fonts }));
      for (const paragraph of SAMPLE_QUOTATION_PARAGRAPHS) expect(text).toContain(paragraph);
      expect(text).toContain('Mira Kessel, “Tarvos reviews customs plan”, paragraph 5.');
    },
  );

  test.skipIf(!hasPdftotext())(
    'holds quotations verbatim with the standard fonts too',
    async () => {
      const text = pdfText(await writePdf(sampleMemo(), { fonts: null }));
      for (const paragraph of SAMPLE_QUOTATION_PARAGRAPHS) expect(text).toContain(paragraph);
    },
  );

  test('refuses, naming the character, what the standard fonts cannot show', async () => {
    const memo = compileMemo([row({ ...marrow, exact: 'Қазақстан will host the summit.' })]);
    await expect(writePdf(memo, { fonts: null })).rejects.toThrow(PdfFontError);
    await expect(writePdf(memo, { fonts: null })).rejects.toThrow(/“Қ” \(U\+049A\)/);
  });

  test.skipIf(!fonts)('embeds system fonts so other scripts print as written', async () => {
    const memo = compileMemo([
      row({ ...marrow, exact: 'Ελλάδα and Қазақстан will host the summit.' }),
    ]);
    const bytes = await writePdf(memo, { fonts });
    if (hasPdftotext())
      expect(pdfText(bytes)).toContain('Ελλάδα and Қазақстан will host the summit.');
  });
});

describe('chooseFonts', () => {
  const latin: Segment = { start: 0x20, end: 0x7e };
  const punctuation: Segment = { start: 0x2010, end: 0x2044 };
  const cyrillic: Segment = { start: 0x400, end: 0x4ff };

  function family(...ranges: Segment[]): PdfFonts {
    const font = fontCovering(...ranges);
    return { regular: font, italic: font, bold: font, boldItalic: font };
  }

  const kazakh = layoutMemo(
    compileMemo([row({ ...marrow, exact: 'Қазақстан will host the summit.' })]),
  );

  test('keeps the first family when it shows every character of the memo', () => {
    const first = family(latin, punctuation, cyrillic);
    const chosen = chooseFonts({ ...first, fallbacks: [family(latin, punctuation)] }, kazakh);
    expect(chosen.regular).toBe(first.regular);
  });

  test('takes the first fallback that shows a character the first family lacks', () => {
    const second = family(latin, punctuation);
    const third = family(latin, punctuation, cyrillic);
    const chosen = chooseFonts(
      { ...family(latin, punctuation), fallbacks: [second, third] },
      kazakh,
    );
    expect(chosen).toBe(third);
  });

  test('refuses, naming the character, a memo no family can show', () => {
    expect(() =>
      chooseFonts({ ...family(latin, punctuation), fallbacks: [family(latin)] }, kazakh),
    ).toThrow(/“Қ” \(U\+049A\), which none of the fonts found on this computer can show/);
  });

  test('counts a character the family shows in one style but not another as missing', () => {
    const full = fontCovering(latin, punctuation, cyrillic);
    const lacking = { ...family(latin, punctuation), regular: full };
    const fallback = family(latin, punctuation, cyrillic);
    expect(chooseFonts({ ...lacking, fallbacks: [fallback] }, kazakh)).toBe(fallback);
  });
});
