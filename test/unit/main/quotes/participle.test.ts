// Participle reports (main/quotes/participle.ts): "…, saying …" and a participle before the
// main clause.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../main/quotes/index';

function indirect(text: string) {
  return findQuotes(text)
    .candidates.filter((item) => item.kind === 'indirect')
    .map((item) => [item.exact, item.speaker, item.cue]);
}

describe('participle', () => {
  it('reads "…, saying …" as the main clause subject’s report', () => {
    expect(
      indirect('Brenmoor Rail cancelled the service, saying the line was unsafe.'),
    ).toContainEqual(['the line was unsafe', 'Brenmoor Rail', 'saying']);
  });

  it('reads a participle that opens the sentence as the main clause subject’s report', () => {
    expect(
      indirect('Stressing that no one was hurt, fire chief Rolf Anker said the mill was lost.'),
    ).toContainEqual(['no one was hurt', 'Rolf Anker', 'Stressing']);
  });
});
