import { describe, expect, test } from 'vitest';
import {
  acceptAllMinimumConfidence,
  directConfidence,
  indirectConfidence,
  termConfidence,
  type ReportEvidence,
  type SpeakerEvidence,
  type SpeakerReference,
} from '../../../../main/quotes/confidence';
import { findQuotes } from '../../../../main/quotes';

const speaker = (reference: SpeakerReference, competing = false): SpeakerEvidence => ({
  reference,
  competing,
});

const said: ReportEvidence = { shape: 'finite', lemma: 'say', weak: false, holdsQuotation: false };

function confidenceOf(text: string, exact: string): number {
  const found = findQuotes(text).candidates.find((candidate) => candidate.exact === exact);
  if (found === undefined) throw new Error(`no candidate “${exact}”`);
  return found.confidence;
}

describe('confidence of a direct quotation', () => {
  test('falls from a full name to a surname, a pronoun, a role, a body noun, "it" and a guess', () => {
    const order: SpeakerReference[] = [
      'full-name',
      'surname',
      'he-or-she',
      'role',
      'body-noun',
      'it-or-they',
      'guess',
    ];
    const scores = order.map((reference) => directConfidence('after', speaker(reference)));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(new Set(scores).size).toBe(order.length);
  });

  test('is lower for a continuation than for an attribution, and lower again when carried over', () => {
    const named = speaker('full-name');
    const attributed = directConfidence('after', named);
    const continued = directConfidence('continuation', named);
    const carried = directConfidence('carried', named);
    expect(continued).toBeLessThan(attributed);
    expect(carried).toBeLessThan(continued);
  });

  test('a choice between competing candidates stays below the accept-all threshold', () => {
    expect(directConfidence('after', speaker('he-or-she'))).toBeGreaterThanOrEqual(
      acceptAllMinimumConfidence,
    );
    expect(directConfidence('after', speaker('he-or-she', true))).toBeLessThan(
      acceptAllMinimumConfidence,
    );
  });

  test('a quotation with no speaker or no attribution scores below the threshold', () => {
    expect(directConfidence('after', speaker('nobody'))).toBeLessThan(acceptAllMinimumConfidence);
    expect(directConfidence('none', speaker('full-name'))).toBeLessThan(acceptAllMinimumConfidence);
  });
});

describe('confidence of reported speech', () => {
  test('a cue with a second sense (a finding, a promise, an announcement) scores below "said"', () => {
    const named = speaker('full-name');
    for (const lemma of ['rule', 'promise', 'confirm'])
      expect(indirectConfidence({ ...said, lemma }, named)).toBeLessThan(
        Math.min(indirectConfidence(said, named), acceptAllMinimumConfidence),
      );
  });

  test('"according to" and a participle score below a finite "said"', () => {
    const named = speaker('full-name');
    const finite = indirectConfidence(said, named);
    expect(indirectConfidence({ ...said, shape: 'according', lemma: null }, named)).toBeLessThan(
      finite,
    );
    expect(indirectConfidence({ ...said, shape: 'participle' }, named)).toBeLessThan(finite);
  });

  test('a reported clause that holds quoted words scores lower than one without', () => {
    const named = speaker('surname');
    expect(indirectConfidence({ ...said, holdsQuotation: true }, named)).toBeLessThan(
      indirectConfidence(said, named),
    );
  });

  test('a group or an unnamed speaker scores below the threshold', () => {
    expect(indirectConfidence(said, speaker('group'))).toBeLessThan(acceptAllMinimumConfidence);
    expect(indirectConfidence(said, speaker('nobody'))).toBeLessThan(acceptAllMinimumConfidence);
  });
});

describe('confidence read from an article', () => {
  const POOL = [
    '“The pool will reopen in May,” said Councillor Petra Vance, who chairs the leisure committee.',
    '“We are on schedule and on budget,” Vance said.',
    '“The tiles arrived last week,” she added.',
    'The leisure trust confirmed that the changing rooms would be rebuilt.',
    'The trust said the diving board would stay closed.',
  ].join('\n\n');

  test('a full name, then a surname, then a pronoun at the attribution give falling scores', () => {
    const full = confidenceOf(POOL, 'The pool will reopen in May,');
    const surname = confidenceOf(POOL, 'We are on schedule and on budget,');
    const pronoun = confidenceOf(POOL, 'The tiles arrived last week,');
    expect(full).toBeGreaterThan(surname);
    expect(surname).toBeGreaterThan(pronoun);
    expect(pronoun).toBeGreaterThanOrEqual(acceptAllMinimumConfidence);
  });

  test('a body’s confirmation scores below what the same body said', () => {
    expect(confidenceOf(POOL, 'the changing rooms would be rebuilt')).toBeLessThan(
      confidenceOf(POOL, 'the diving board would stay closed'),
    );
  });

  test('a quotation carried into the next paragraph scores below one continued in its own', () => {
    const text = [
      '“We trained through the snow,” said coach Danel Oruk after the final. “Nobody gave up.”',
      '“The cup belongs to the whole valley.”',
    ].join('\n\n');
    const continued = confidenceOf(text, 'Nobody gave up.');
    expect(confidenceOf(text, 'The cup belongs to the whole valley.')).toBeLessThan(continued);
    expect(continued).toBeLessThan(confidenceOf(text, 'We trained through the snow,'));
  });

  test('a quoted term never passes the accept-all threshold', () => {
    expect(termConfidence).toBeLessThan(acceptAllMinimumConfidence);
  });
});
