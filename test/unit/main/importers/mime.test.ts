import { describe, expect, it } from 'vitest';
import {
  decodeHeader,
  decodeQuotedPrintable,
  displayName,
  leafParts,
  parseMime,
  partText,
} from '../../../../main/importers/mime';

describe('MIME', () => {
  it('decodes quoted-printable with soft line breaks', () => {
    expect(new TextDecoder().decode(decodeQuotedPrintable('Caf=C3=A9 au =\nlait'))).toBe(
      'Café au lait',
    );
  });

  it('decodes encoded words in headers, joining adjacent ones', () => {
    expect(decodeHeader('=?UTF-8?B?Q2Fmw6k=?= =?UTF-8?Q?_du_port?=')).toBe('Café du port');
  });

  it("reads a sender's display name, and none from a bare address", () => {
    expect(displayName('"Mara Quill" <mara@example.org>')).toBe('Mara Quill');
    expect(displayName('mara@example.org')).toBeNull();
  });

  it('splits nested multiparts and decodes each part in its charset', () => {
    const message = parseMime(
      new Uint8Array(
        Buffer.from(
          'Content-Type: multipart/mixed; boundary=outer\n\n--outer\nContent-Type: multipart/alternative; boundary="inner"\n\n--inner\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nS=E6l\n--inner--\n--outer\nContent-Type: text/html\n\n<p>Hi</p>\n--outer--\n',
          'latin1',
        ),
      ),
    );
    const leaves = leafParts(message);
    expect(leaves.map((part) => part.type)).toEqual(['text/plain', 'text/html']);
    expect(partText(leaves[0]!).trim()).toBe('Sæl');
  });
});
