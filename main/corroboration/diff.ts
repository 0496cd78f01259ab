// The word-level difference between two wordings of one statement: runs of words both share
// (by word key, so spelling and transliteration variants count as the same word), words only
// the second has and words only the first has, as a longest common subsequence finds them.
// Pure; knows nothing of how the runs are shown.
import type { WordingRun, WordingRunKind } from '../domain/corroboration';
import type { Word } from './words';

/** One aligned step: a word of both wordings, of the second only, or of the first only. */
export interface WordStep {
  readonly kind: WordingRunKind;
  /** Index into the first wording's words (equal, delete) or the second's (insert). */
  readonly index: number;
  /** For `equal`, the second wording's word. */
  readonly otherIndex: number;
}

/** Past this many words a side, the quadratic table is not worth it; the words are all changed. */
const MAX_WORDS = 1500;

/** Aligns the words of two wordings; deletions come before insertions at each change. */
export function alignWords(first: readonly Word[], second: readonly Word[]): WordStep[] {
  const rows = first.length;
  const columns = second.length;
  if (rows > MAX_WORDS || columns > MAX_WORDS) {
    return [
      ...first.map((_, index) => ({ kind: 'delete' as const, index, otherIndex: -1 })),
      ...second.map((_, index) => ({ kind: 'insert' as const, index, otherIndex: -1 })),
    ];
  }
  // lengths[i][j]: the longest common run of first[i..] and second[j..], one flat array.
  const width = columns + 1;
  const lengths = new Uint16Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = columns - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        first[i]!.key === second[j]!.key
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const steps: WordStep[] = [];
  let i = 0;
  let j = 0;
  while (i < rows || j < columns) {
    if (i < rows && j < columns && first[i]!.key === second[j]!.key) {
      steps.push({ kind: 'equal', index: i, otherIndex: j });
      i += 1;
      j += 1;
    } else if (
      j >= columns ||
      (i < rows && lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)
    ) {
      steps.push({ kind: 'delete', index: i, otherIndex: -1 });
      i += 1;
    } else {
      steps.push({ kind: 'insert', index: j, otherIndex: -1 });
      j += 1;
    }
  }
  return steps;
}

/**
 * The steps as runs of text. Equal and inserted runs are cut from the second wording, deleted
 * ones from the first, each from its first word to the next word of its wording.
 */
export function runsOf(
  steps: readonly WordStep[],
  first: { text: string; words: readonly Word[] },
  second: { text: string; words: readonly Word[] },
): WordingRun[] {
  const firstEqual = steps.findIndex((step) => step.kind === 'equal');
  let lastEqual = -1;
  steps.forEach((step, at) => {
    if (step.kind === 'equal') lastEqual = at;
  });
  const runs: WordingRun[] = [];
  let at = 0;
  while (at < steps.length) {
    const kind = steps[at]!.kind;
    const outside = firstEqual < 0 || at < firstEqual || at > lastEqual;
    let end = at;
    while (
      end + 1 < steps.length &&
      steps[end + 1]!.kind === kind &&
      (firstEqual < 0 || end + 1 < firstEqual || end + 1 > lastEqual) === outside
    )
      end += 1;
    const [source, indexOf] =
      kind === 'delete'
        ? [first, (step: WordStep) => step.index]
        : kind === 'insert'
          ? [second, (step: WordStep) => step.index]
          : [second, (step: WordStep) => step.otherIndex];
    const from = source.words[indexOf(steps[at]!)]!;
    // Up to the source's next word, so the punctuation after the run's last word stays.
    const next = source.words[indexOf(steps[end]!) + 1];
    const text = source.text.slice(from.start, next ? next.start : source.text.length).trimEnd();
    runs.push({ kind, text, outside });
    at = end + 1;
  }
  return runs;
}
