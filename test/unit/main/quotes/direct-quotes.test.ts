// Direct quotations and terms (main/quotes/direct-quotes.ts): partial quotations credited to the
// subject of a reporting or characterising verb, and quoted names that stay terms. Sentences are
// invented, from several kinds of news.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../main/quotes/index';

function kindsOf(text: string): Array<[string, string, string | null]> {
  return findQuotes(text).candidates.map((item) => [item.kind, item.exact, item.speaker]);
}

describe('direct-quotes: partial quotations', () => {
  it.each([
    [
      'a complement of "called"',
      'Mayor Ansel Moray called the levy “a turning point”.',
      'a turning point',
      'Ansel Moray',
    ],
    [
      'an object of "warned of"',
      'Ines Garrow warned of “serious harm to the fleet” if the port closed.',
      'serious harm to the fleet',
      'Ines Garrow',
    ],
    [
      'a complement of "dismissed as"',
      'Coach Rudi Vance dismissed the report as “a fairy tale.”',
      'a fairy tale.',
      'Rudi Vance',
    ],
    [
      'a complement of "branded"',
      'Union leader Maud Ferris branded the pay offer “an insult”.',
      'an insult',
      'Maud Ferris',
    ],
    [
      'an "as" complement across a long object',
      'Prosecutor Hal Duret described the scheme, which ran for six years at two firms, as “cold and careful”.',
      'cold and careful',
      'Hal Duret',
    ],
    [
      'an object of "accused … of"',
      'Councillor Bea Strand accused the developer of “treating the park as a car park”.',
      'treating the park as a car park',
      'Bea Strand',
    ],
    [
      'a fragment inside a reported clause',
      'Judge Omar Lisle said the delay had been “wholly unacceptable” for the families.',
      'wholly unacceptable',
      'Omar Lisle',
    ],
    [
      'a complement after an -ing noun',
      'Coach Lena Brisk called the ruling “a joke from start to finish”.',
      'a joke from start to finish',
      'Lena Brisk',
    ],
    [
      'a fragment followed by an adverb',
      'Chief executive Moss Ardent said the launch had been a “roaring success” regardless.',
      'roaring success',
      'Moss Ardent',
    ],
  ])('credits %s to the subject', (_shape, sentence, exact, speaker) => {
    expect(kindsOf(sentence)).toContainEqual(['direct', exact, speaker]);
  });

  it('credits the words of "what X calls" to X, and to no one when X is people at large', () => {
    expect(
      kindsOf('Tarrow Mills said it would not comment on what it calls “idle gossip”.'),
    ).toContainEqual(['direct', 'idle gossip', 'Tarrow Mills']);
    expect(
      kindsOf('The stand was closed after what supporters called “a near miss”.'),
    ).toContainEqual(['direct', 'a near miss', null]);
  });

  it('credits a name the subject gives its object, even a title or a label before a noun', () => {
    expect(
      kindsOf('Crew members nicknamed the voyage “The Long Grey Week” after the storms.'),
    ).toContainEqual(['direct', 'The Long Grey Week', null]);
    expect(
      kindsOf('Shop steward Ivo Dell dubbed the new “stay late, paid never” rota a disgrace.'),
    ).toContainEqual(['direct', 'stay late, paid never', 'Ivo Dell']);
  });

  it('labels a reported clause holding the speaker’s own words only as the fragment', () => {
    const items = kindsOf('Finance chief Noor Halden said the results were “frankly dreadful”.');
    expect(items).toEqual([['direct', 'frankly dreadful', 'Noor Halden']]);
  });
});

describe('direct-quotes: terms', () => {
  it.each([
    ['after "so-called"', 'Ivo Marn said the so-called “quiet period” had ended.', 'quiet period'],
    [
      'a quoted label before its noun',
      'The club said it remained committed to its “grow your own” academy model.',
      'grow your own',
    ],
    [
      'a quoted title',
      'Her memoir, “Salt on the Wind”, was published on Thursday.',
      'Salt on the Wind',
    ],
    [
      'a word the writer glosses',
      'Pupils slept better after a “screen dusk”, a term for switching devices off early.',
      'screen dusk',
    ],
    [
      'a passive naming',
      'The drug, known on the circuit as “blue lightning”, was banned in 2019.',
      'blue lightning',
    ],
    [
      'a quoted label after "whose"',
      'The firm was founded by Ada Lusk, whose “buy once, buy well” motto is still on the door.',
      'buy once, buy well',
    ],
  ])('keeps %s a term', (_shape, sentence, exact) => {
    expect(kindsOf(sentence)).toContainEqual(['term', exact, null]);
  });
});

describe('direct-quotes: continuations', () => {
  it('gives a paragraph that opens a new quotation mark without closing the last to the same speaker', () => {
    const text =
      '“We lost the radio at noon,” ferry captain Rolf Ansel said. “The swell was the worst I have seen.\n\n“By two we had no engine either.”\n\nThe harbour reopened on Friday.';
    expect(kindsOf(text)).toContainEqual([
      'direct',
      'By two we had no engine either.',
      'Rolf Ansel',
    ]);
  });

  it('gives a paragraph of recounted dialogue to the last speaker', () => {
    const text =
      'Grocer Nell Harte was still angry. “They took the whole van,” she said.\n\n“Then I rang the police and said, they’ve taken it. And he said, the what?”\n\nInquiries continue.';
    expect(kindsOf(text)).toContainEqual([
      'direct',
      'Then I rang the police and said, they’ve taken it. And he said, the what?',
      'Nell Harte',
    ]);
  });
});
