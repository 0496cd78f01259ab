import { describe, expect, test } from 'vitest';
import {
  comparableWords,
  findDuplicates,
  type DuplicateCandidate,
} from '../../../../main/memo/duplicates';

function candidate(
  exact: string,
  articleId: number,
  speakerId: number | null = 1,
): DuplicateCandidate {
  return { exact, articleId, speakerId };
}

describe('findDuplicates', () => {
  test('folds case, quotation marks, punctuation and spacing when comparing', () => {
    expect(comparableWords('“We will  KEEP the talks open,” — she said')).toEqual([
      'we',
      'will',
      'keep',
      'the',
      'talks',
      'open',
      'she',
      'said',
    ]);
    expect(
      findDuplicates([
        candidate('“The talks stay open.”', 1),
        candidate('the talks stay  open', 2),
      ]),
    ).toEqual([0, 0]);
  });

  test('groups two wordings of one remark that share most of their words', () => {
    const first =
      'We are building every condition for the forum to become the leading regional mechanism, and the next summit will open a new stage of lasting partnership and growth';
    const second =
      'We are building every condition for the forum to become a leading mechanism of the region. The next summit will mark a new stage in lasting partnership and growth.';
    expect(findDuplicates([candidate(first, 1), candidate(second, 2)])).toEqual([0, 0]);
  });

  test('groups a passage quoted whole inside a longer report of the same speech', () => {
    const part = 'the port of Eskelund will handle twice the containers it handles today';
    const whole = `By the end of the decade, ${part}, and the rail link will carry the rest.`;
    expect(findDuplicates([candidate(whole, 1), candidate(part, 2)])).toEqual([0, 0]);
  });

  test('keeps apart different statements by the same speaker on the same subject', () => {
    expect(
      findDuplicates([
        candidate('Freight volumes on the corridor will double by the end of the decade.', 1),
        candidate('The corridor needs new customs posts before freight volumes can grow.', 2),
        candidate('Tariffs on corridor freight are not on the table this year.', 3),
      ]),
    ).toEqual([0, 1, 2]);
  });

  test('never groups the same words from different speakers, or passages without a speaker', () => {
    const words = 'We will keep the railway talks open until the spring.';
    expect(
      findDuplicates([
        candidate(words, 1, 1),
        candidate(words, 2, 2),
        candidate(words, 3, null),
        candidate(words, 4, null),
      ]),
    ).toEqual([0, 1, 2, 3]);
  });

  test('never groups two passages of the same article', () => {
    const words = 'We will keep the railway talks open until the spring.';
    expect(findDuplicates([candidate(words, 1), candidate(words, 1)])).toEqual([0, 1]);
  });

  test('points every member of a group at its first member', () => {
    const words = 'The corridor opens to cargo next spring, and to passengers a year later.';
    expect(
      findDuplicates([
        candidate('Something else entirely was said here today.', 1),
        candidate(words, 2),
        candidate(words, 3),
        candidate(words, 4),
      ]),
    ).toEqual([0, 1, 1, 1]);
  });

  test('judges each pair on its own words, never adding up words shared with other passages', () => {
    // The third passage shares half its words with each of the first two; the last four make
    // "winter", "storms", "spring" and "floods" common, so the first two are found as candidates.
    expect(
      findDuplicates([
        candidate('Harbour cranes arrive in Marisk before the winter storms.', 1),
        candidate('Railway sleepers reach Quenby after the spring floods.', 2),
        candidate('Harbour cranes arrive in Marisk; railway sleepers reach Quenby.', 3),
        candidate('Winter storms close the northern pass.', 4),
        candidate('Winter storms delay the ferry crossing.', 5),
        candidate('Spring floods cut the valley road.', 6),
        candidate('Spring floods swamp the lower fields.', 7),
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
