import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../../main/importers/docx';
import { fixtureBytes, outcome } from './fixtures';

describe('DOCX import', () => {
  it('brings the paragraphs, heading and list items of a Word document through', async () => {
    const article = await importDocx(
      fixtureBytes('office/council-report.docx'),
      'council-report.docx',
    );
    const paragraphs = article.text.split('\n\n');
    expect(article.title).toBe('Merrivale council reports first surplus in five years');
    expect(paragraphs[0]).toMatch(/^MERRIVALE — /);
    expect(paragraphs).toContain('Spending by department');
    expect(paragraphs).toContain('Parks and open spaces: £1.4 million');
    expect(paragraphs).toHaveLength(17);
  });

  it('takes the title from the core properties', async () => {
    const article = await importDocx(fixtureBytes('hostile/minimal.docx'), 'minimal.docx');
    expect(article.title).toBe('Reservoir levels recover after wet spring');
    expect(article.language).toBe('en');
  });

  it('refuses zip bombs before mammoth reads them', async () => {
    expect(await outcome(importDocx(fixtureBytes('hostile/zip-bomb.docx'), 'zip-bomb.docx'))).toBe(
      'too-large',
    );
    expect(
      await outcome(importDocx(fixtureBytes('hostile/lying-bomb.docx'), 'lying-bomb.docx')),
    ).toBe('too-large');
  });

  it('reports a password-protected document as encrypted', async () => {
    expect(
      await outcome(importDocx(fixtureBytes('hostile/encrypted.docx'), 'encrypted.docx')),
    ).toBe('encrypted');
  });

  it('reports damaged archives and archives without a document as corrupt', async () => {
    expect(
      await outcome(importDocx(fixtureBytes('hostile/truncated.docx'), 'truncated.docx')),
    ).toBe('corrupt');
    expect(await outcome(importDocx(fixtureBytes('hostile/not-word.docx'), 'not-word.docx'))).toBe(
      'corrupt',
    );
  });
});
