// Statements across outlets on fictional wordings: two outlets' reports of one remark match,
// a same-speaker remark on the same topic does not, and the differences that change what was
// said are told apart from those of wording only.
import { describe, expect, test } from 'vitest';
import {
  compareWordings,
  groupStatements,
  isSameStatement,
  SAME_STATEMENT_SCORE,
  statementScore,
} from '../../../../main/corroboration';

const FIRST_OUTLET =
  'We are laying every foundation for our council to become the beacon among the NRF formats, and the coming summit of the presidents will open a new page of lasting trust and prosperity';
const SECOND_OUTLET =
  'We are laying every foundation for our council to become a beacon among the formats of the Northern Rim Forum. The coming summit of presidents will mark a new chapter in lasting trust and prosperity.';
const SAME_TOPIC =
  'The coming summit of the presidents will settle the rail tariffs and open two new border crossings for lorries';

describe('isSameStatement', () => {
  test('two outlets wording one remark differently report the same statement', () => {
    expect(statementScore(FIRST_OUTLET, SECOND_OUTLET)).toBeGreaterThanOrEqual(
      SAME_STATEMENT_SCORE,
    );
    expect(isSameStatement(FIRST_OUTLET, SECOND_OUTLET)).toBe(true);
  });

  test('another remark of the same speaker on the same occasion is not the same statement', () => {
    expect(isSameStatement(SECOND_OUTLET, SAME_TOPIC)).toBe(false);
    expect(isSameStatement(FIRST_OUTLET, SAME_TOPIC)).toBe(false);
  });

  test('one sentence quoted from a longer remark matches the whole remark', () => {
    expect(
      isSameStatement(
        'We are laying every foundation for our council to become a beacon among the formats of the Northern Rim Forum.',
        SECOND_OUTLET,
      ),
    ).toBe(true);
  });

  test('quotation marks, case, plurals and transliterated names do not keep one remark apart', () => {
    expect(
      isSameStatement(
        '“Minister Kholmenko’s countries will build the new corridors together with Ostvald,”',
        'minister holmenko’s country will build the new corridor together with ostvald',
      ),
    ).toBe(true);
  });

  test('a short passage sharing a few words is never a match', () => {
    expect(isSameStatement('trade and transport', 'trade and transport')).toBe(false);
  });
});

describe('compareWordings', () => {
  test('marks the words each wording has alone, and says a rewording changes no meaning', () => {
    const comparison = compareWordings(FIRST_OUTLET, SECOND_OUTLET);
    const deleted = comparison.runs.filter((run) => run.kind === 'delete').map((run) => run.text);
    const inserted = comparison.runs.filter((run) => run.kind === 'insert').map((run) => run.text);
    expect(deleted).toContain('open');
    expect(inserted).toContain('mark');
    expect(inserted.join(' ')).toContain('Northern Rim Forum');
    expect(comparison.runs[0]).toEqual({
      kind: 'equal',
      text: 'We are laying every foundation for our council to become',
      outside: false,
    });
    // "NRF" and "Northern Rim Forum" are one name: its initials.
    expect(comparison.changes).toEqual([]);
  });

  test('a negation one wording adds changes the meaning', () => {
    const { changes } = compareWordings(
      'Veltrania will join the grain pact this spring',
      'Veltrania will not join the grain pact this spring',
    );
    expect(changes).toEqual([{ kind: 'negation', before: [], after: ['not'] }]);
  });

  test('a different number changes the meaning, the same number in digits or words does not', () => {
    expect(
      compareWordings(
        'trade reached 40 billion thalers last year',
        'trade reached 14 billion thalers last year',
      ).changes,
    ).toEqual([{ kind: 'number', before: ['40'], after: ['14'] }]);
    expect(
      compareWordings(
        'the council opened two new crossings on the river',
        'the council opened 2 new crossings on the river',
      ).changes,
    ).toEqual([]);
  });

  test('a different modal verb changes the meaning', () => {
    expect(
      compareWordings(
        'the ministers will sign the treaty in Lindmark',
        'the ministers may sign the treaty in Lindmark',
      ).changes,
    ).toEqual([{ kind: 'modal', before: ['will'], after: ['may'] }]);
  });

  test('one name in place of another changes the meaning; a name for "the region" does not', () => {
    expect(
      compareWordings(
        'the ferry will run between Ostvald and the islands',
        'the ferry will run between Marrow and the islands',
      ).changes,
    ).toEqual([{ kind: 'entity', before: ['Ostvald'], after: ['Marrow'] }]);
    expect(
      compareWordings(
        'the partnerships of the region will grow stronger each year',
        'the partnerships of the Northern Rim will grow stronger each year',
      ).changes,
    ).toEqual([]);
  });

  test('a number one outlet puts before the shared words instead of among them is moved, not changed', () => {
    const { changes } = compareWordings(
      'trade between the two states reached a record in 2031 of 61 billion thalers',
      'In 2031, trade between the two states reached a record of 61 billion thalers',
    );
    expect(changes).toEqual([]);
  });

  test('words beyond the shared ones are marked as outside, one outlet quoting more', () => {
    const { runs } = compareWordings(
      'the coming summit will open a new chapter',
      'As he said, the coming summit will open a new chapter of trust',
    );
    expect(runs[0]).toMatchObject({ kind: 'insert', outside: true });
    expect(runs[runs.length - 1]).toMatchObject({ kind: 'insert', outside: true });
  });
});

describe('groupStatements', () => {
  test('groups one remark across articles and leaves the other remark alone', () => {
    const groups = groupStatements([
      { articleId: 1, exact: FIRST_OUTLET },
      { articleId: 1, exact: SAME_TOPIC },
      { articleId: 2, exact: SECOND_OUTLET },
    ]);
    expect(groups).toEqual([[0, 2], [1]]);
  });

  test('never puts two passages of one article in one statement', () => {
    const groups = groupStatements([
      { articleId: 1, exact: FIRST_OUTLET },
      { articleId: 1, exact: SECOND_OUTLET },
    ]);
    expect(groups).toEqual([[0], [1]]);
  });
});
