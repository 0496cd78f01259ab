import { describe, expect, test } from 'vitest';
import { reportedSentence, sentenceAround } from '../../../../main/memo/reported-speech';

function sentence(text: string, passage: string): string | null {
  const start = text.indexOf(passage);
  if (start === -1) throw new Error(`passage not in text: ${passage}`);
  return reportedSentence({
    exact: passage,
    ...sentenceAround(text, start, start + passage.length),
  });
}

describe('reportedSentence', () => {
  test('keeps the reporting verb that comes before the passage and names the speaker', () => {
    expect(
      sentence(
        'The talks ended early. Ilse Marrow also criticised the Calmoran delegation for delaying the customs vote.',
        'the Calmoran delegation for delaying the customs vote',
      ),
    ).toBe('{speaker} criticised the Calmoran delegation for delaying the customs vote.');
  });

  test('keeps the words between the verb and the passage ("told reporters that")', () => {
    expect(
      sentence(
        'She told reporters on Monday that the corridor would open in spring.',
        'the corridor would open in spring',
      ),
    ).toBe('{speaker} told reporters on Monday that the corridor would open in spring.');
  });

  test('turns "according to him" into "according to" the speaker', () => {
    expect(
      sentence(
        'According to him, freight through Port Aster doubled last year.',
        'According to him, freight through Port Aster doubled last year.',
      ),
    ).toBe('According to {speaker}, freight through Port Aster doubled last year.');
    expect(
      sentence(
        'According to the minister, freight through Port Aster doubled.',
        'freight through Port Aster doubled',
      ),
    ).toBe('According to {speaker}, freight through Port Aster doubled.');
  });

  test('puts a verb that follows the passage before it ("…, he said")', () => {
    expect(
      sentence(
        'The corridor will carry grain by autumn, he said.',
        'The corridor will carry grain by autumn',
      ),
    ).toBe('{speaker} said that the corridor will carry grain by autumn.');
  });

  test('replaces the subject of a passage that carries its own verb', () => {
    expect(
      sentence(
        'Ferrand said the corridor would open to cargo next spring.',
        'Ferrand said the corridor would open to cargo next spring.',
      ),
    ).toBe('{speaker} said the corridor would open to cargo next spring.');
  });

  test('writes a participle or plain verb in the past ("stressing" -> "stressed")', () => {
    expect(
      sentence(
        'Marrow closed the session, stressing the need for joint inspections.',
        'the need for joint inspections',
      ),
    ).toBe('{speaker} stressed the need for joint inspections.');
  });

  test('takes the verb before the passage over a noun that looks like one inside it', () => {
    expect(
      sentence(
        'At the talks, Marrow confirmed Calmora’s support for the grain corridor.',
        'Calmora’s support for the grain corridor',
      ),
    ).toBe('{speaker} confirmed Calmora’s support for the grain corridor.');
    expect(sentence('Marrow expressed support for the corridor.', 'the corridor')).toBe(
      '{speaker} expressed support for the corridor.',
    );
  });

  test('trims a comma inside closing quotation marks that led into what followed', () => {
    expect(
      sentence(
        'Marrow stressed rules rather than “the law of the harbour,” and left.',
        'rules rather than “the law of the harbour,”',
      ),
    ).toBe('{speaker} stressed rules rather than “the law of the harbour”.');
  });

  test('gives up (null) without a reporting verb, or when the verb is negated', () => {
    expect(
      sentence('The corridor, built in 2029, will carry grain.', 'will carry grain'),
    ).toBeNull();
    expect(
      sentence('Marrow did not say the corridor would close.', 'the corridor would close'),
    ).toBeNull();
  });
});

describe('sentenceAround', () => {
  test('stops at the sentence and paragraph around the passage', () => {
    const text =
      'First paragraph ends.\n\nOne sentence. Marrow said the port is ready, she added. Next.';
    const start = text.indexOf('the port is ready');
    expect(sentenceAround(text, start, start + 'the port is ready'.length)).toEqual({
      before: 'Marrow said ',
      after: ', she added.',
    });
  });
});
