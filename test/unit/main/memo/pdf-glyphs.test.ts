import { describe, expect, test } from 'vitest';
import { fontCoverage } from '../../../../main/memo/pdf-glyphs';
import { fontCovering, fontWithMaps } from './pdf-font-bytes';

const code = (character: string) => character.codePointAt(0)!;

describe('fontCoverage', () => {
  test('shows the characters in the segments of a format 4 map', () => {
    const covers = fontCoverage(
      fontCovering({ start: 0x41, end: 0x5a }, { start: 0x3b1, end: 0x3c9 }),
    )!;
    expect(['A', 'Z', 'λ'].map((character) => covers(code(character)))).toEqual([true, true, true]);
  });

  test('does not show characters between or beyond the segments', () => {
    const covers = fontCoverage(
      fontCovering({ start: 0x41, end: 0x5a }, { start: 0x3b1, end: 0x3c9 }),
    )!;
    expect(['a', 'Қ', '😀'].map((character) => covers(code(character)))).toEqual([
      false,
      false,
      false,
    ]);
  });

  test('reads glyph ids from the glyph array, where glyph 0 means missing', () => {
    const covers = fontCoverage(fontCovering({ start: 0x61, end: 0x63, glyphs: [7, 0, 9] }))!;
    expect(['a', 'b', 'c'].map((character) => covers(code(character)))).toEqual([
      true,
      false,
      true,
    ]);
  });

  test('prefers the full Unicode format 12 map, which reaches beyond the first 65,536', () => {
    const covers = fontCoverage(
      fontWithMaps([
        { platform: 3, encoding: 1, format: 4, ranges: [{ start: 0x41, end: 0x5a }] },
        {
          platform: 3,
          encoding: 10,
          format: 12,
          ranges: [
            { start: 0x41, end: 0x5a },
            { start: 0x1f600, end: 0x1f64f },
          ],
        },
      ]),
    )!;
    expect([covers(code('😀')), covers(code('B')), covers(code('a'))]).toEqual([true, true, false]);
  });

  test('says nothing for a font whose only map is in a legacy encoding', () => {
    const legacy = fontWithMaps([
      { platform: 1, encoding: 0, format: 4, ranges: [{ start: 0x41, end: 0x5a }] },
    ]);
    expect(fontCoverage(legacy)).toBeNull();
  });

  test('says nothing for bytes that are not a font', () => {
    expect(fontCoverage(new TextEncoder().encode('not a font at all'))).toBeNull();
  });
});
