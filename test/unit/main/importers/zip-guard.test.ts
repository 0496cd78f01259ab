import { describe, expect, it } from 'vitest';
import { ZipGuardError, checkZip } from '../../../../main/importers/zip-guard';
import { fixtureBytes } from './fixtures';

function problem(bytes: Uint8Array): string {
  try {
    checkZip(bytes);
    return 'ok';
  } catch (error) {
    return error instanceof ZipGuardError ? error.problem.kind : 'other';
  }
}

describe('zip guard', () => {
  it('accepts a small well-formed archive and lists its entries', () => {
    const zip = checkZip(fixtureBytes('hostile/minimal.docx'));
    expect(zip.entries.map((entry) => entry.name)).toContain('word/document.xml');
  });

  it('reads an entry back', () => {
    const xml = new TextDecoder().decode(
      checkZip(fixtureBytes('hostile/minimal.docx')).read('docProps/core.xml') ?? new Uint8Array(),
    );
    expect(xml).toContain('<dc:title>');
  });

  it('refuses an entry with an absurd compression ratio before inflating it', () => {
    expect(problem(fixtureBytes('hostile/zip-bomb.docx'))).toBe('too-large');
  });

  it('refuses an entry that inflates past the size its directory declares', () => {
    expect(problem(fixtureBytes('hostile/lying-bomb.docx'))).toBe('too-large');
  });

  it('refuses an archive that declares too many entries', () => {
    expect(problem(fixtureBytes('hostile/too-many-entries.docx'))).toBe('too-large');
  });

  it('refuses a total uncompressed size over the limit', () => {
    const bytes = fixtureBytes('hostile/minimal.docx');
    expect(() =>
      checkZip(bytes, {
        maxEntries: 100,
        maxTotalBytes: 100,
        maxRatio: 1000,
        ratioFloorBytes: 1 << 30,
      }),
    ).toThrow(/unpack to more than/);
  });

  it('refuses a truncated archive as corrupt', () => {
    expect(problem(fixtureBytes('hostile/truncated.docx'))).toBe('corrupt');
    expect(problem(fixtureBytes('hostile/corrupt.docx'))).toBe('corrupt');
  });

  it('refuses an archive with encrypted entries', () => {
    const bytes = new Uint8Array(fixtureBytes('hostile/minimal.docx'));
    const view = new DataView(bytes.buffer);
    for (let offset = 0; offset < bytes.length - 4; offset += 1) {
      if (view.getUint32(offset, true) === 0x02014b50) view.setUint16(offset + 8, 1, true);
    }
    expect(problem(bytes)).toBe('encrypted');
  });
});
