import { describe, expect, test } from 'vitest';
import { matchRanges } from '../../../../renderer/reader/find-matches-plugin';

const TEXT =
  'Port Aster reopened its ports. The porter said the port would stay open, said Lena Marsh.';

describe('search matches in an article', () => {
  test('a word matches at a word start, whatever its case', () => {
    expect(matchRanges(TEXT, 'port').map((range) => TEXT.slice(range.start, range.end))).toEqual([
      'Port',
      'port',
      'port',
      'port',
    ]);
    expect(matchRanges(TEXT, 'ort')).toEqual([]);
  });

  test('a quoted phrase matches as a whole, across any spacing', () => {
    const ranges = matchRanges(TEXT, '"stay  open"');
    expect(ranges.map((range) => TEXT.slice(range.start, range.end))).toEqual(['stay open']);
  });

  test('filters, exclusions and operators are not looked for', () => {
    expect(matchRanges(TEXT, 'publisher:Herald -porter OR')).toEqual([]);
  });
});
