import { describe, expect, test } from 'vitest';
import {
  codePointMapper,
  codePointOffset,
  utf16Offset,
  uuidFor,
} from '../../../../main/interchange/ids';

describe('uuidFor', () => {
  test('gives the same well-formed version 5 UUID for the same name', () => {
    const id = uuidFor('article:abc');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidFor('article:abc')).toBe(id);
    expect(uuidFor('article:abd')).not.toBe(id);
  });
});

describe('code points and UTF-16 offsets', () => {
  // "𝔸" (U+1D538) takes two UTF-16 units and one code point.
  const text = 'Port 𝔸 of Quenby 𝔸 dues';

  test('an offset after an astral character counts it once', () => {
    const after = text.indexOf('of');
    expect(codePointOffset(text, after)).toBe(after - 1);
    expect(codePointOffset(text, text.length)).toBe([...text].length);
  });

  test('converting to code points and back returns the same UTF-16 offset', () => {
    for (let offset = 0; offset <= text.length; offset += 1) {
      if (
        offset > 0 &&
        text.charCodeAt(offset - 1) >= 0xd800 &&
        text.charCodeAt(offset - 1) < 0xdc00
      )
        continue;
      expect(utf16Offset(text, codePointOffset(text, offset))).toBe(offset);
    }
  });

  test('a text with no astral characters maps offsets to themselves', () => {
    const plain = 'Harbour dues rise in Quenby.';
    const map = codePointMapper(plain);
    expect(map(7)).toBe(7);
    expect(codePointMapper(text)(text.indexOf('dues'))).toBe(text.indexOf('dues') - 2);
  });
});
