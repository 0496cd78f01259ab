import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes, type QuoteCandidate } from '../../../../main/quotes/index';
import { corpora, corpusFiles, isMissing } from '../../../helpers/shared';

function only(text: string, kind: QuoteCandidate['kind']): QuoteCandidate[] {
  return findQuotes(text).candidates.filter((candidate) => candidate.kind === kind);
}

function exacts(candidates: QuoteCandidate[]): string[] {
  return candidates.map((candidate) => candidate.exact);
}

describe('findQuotes: direct quotations', () => {
  it('finds a quotation in curly double marks with its speaker and cue', () => {
    const [quote] = only('“The harbour will reopen in May,” Mayor Lucia Brandt said.', 'direct');
    expect(quote).toMatchObject({
      exact: 'The harbour will reopen in May,',
      speaker: 'Lucia Brandt',
      speakerAsWritten: 'Lucia Brandt',
      cue: 'said',
    });
  });

  it('finds a quotation in straight double marks', () => {
    const [quote] = only('"We are not selling the club," chairman Owen Pryce told fans.', 'direct');
    expect(quote).toMatchObject({ exact: 'We are not selling the club,', speaker: 'Owen Pryce' });
  });

  it('finds a quotation in guillemets', () => {
    const [quote] = only('«The border stays open,» Irena Volkanova said.', 'direct');
    expect(quote).toMatchObject({ exact: 'The border stays open,', speaker: 'Irena Volkanova' });
  });

  it('finds a quotation in German low-high marks', () => {
    const [quote] = only('„We were too slow,“ coach Katrin Vosberg said.', 'direct');
    expect(quote).toMatchObject({ exact: 'We were too slow,', speaker: 'Katrin Vosberg' });
  });

  it('finds a quotation in curly single marks', () => {
    const [quote] = only('‘We have learned hard lessons,’ Ruth Pendle said.', 'direct');
    expect(quote).toMatchObject({ exact: 'We have learned hard lessons,', speaker: 'Ruth Pendle' });
  });

  it('finds a quotation in straight single marks', () => {
    const [quote] = only("'We have learned hard lessons,' Ruth Pendle said.", 'direct');
    expect(quote).toMatchObject({ exact: 'We have learned hard lessons,', speaker: 'Ruth Pendle' });
  });

  it('does not report apostrophes as quotations', () => {
    const text = 'The farmers’ union said it didn’t expect O’Hara’s plan to pass.';
    expect(only(text, 'direct')).toEqual([]);
    expect(only(text, 'term')).toEqual([]);
  });

  it('gives both parts of a quotation broken by its attribution the same speaker', () => {
    const text =
      'Chief executive Miriam Oduya spoke on Friday. "We are ready," she said, "to build the new line."';
    const quotes = only(text, 'direct');
    expect(exacts(quotes)).toEqual(['We are ready,', 'to build the new line.']);
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Miriam Oduya', 'Miriam Oduya']);
  });

  it('gives every paragraph of a multi-paragraph quotation to the speaker', () => {
    const text = [
      'Judge Helena Brough addressed the defendant.',
      '‘You were in a position of power,’ the judge said. ‘You used it for yourself.',
      '‘The town deserved better.’',
    ].join('\n\n');
    const quotes = only(text, 'direct');
    expect(exacts(quotes)).toEqual([
      'You were in a position of power,',
      'You used it for yourself.',
      'The town deserved better.',
    ]);
    expect(new Set(quotes.map((quote) => quote.speaker))).toEqual(new Set(['Helena Brough']));
  });

  it('keeps a nested quotation inside one direct quotation', () => {
    const text =
      '“She told us, ‘I would rather close the doors,’ and left,” Leonard Fitzwilliam said.';
    const quotes = only(text, 'direct');
    expect(exacts(quotes)).toEqual(['She told us, ‘I would rather close the doors,’ and left,']);
    expect(quotes[0]?.speaker).toBe('Leonard Fitzwilliam');
  });

  it('treats a quoted fragment completing a reporting verb as direct', () => {
    const [quote] = only('Councillor Owen Pryce called the scheme “a waste of money”.', 'direct');
    expect(quote).toMatchObject({ exact: 'a waste of money', speaker: 'Owen Pryce' });
  });

  it('credits an unattributed quotation to the speaker before it in the same paragraph', () => {
    const text = '“We expected a few colonies,” Amara Lindqvist said. “Instead we found a garden.”';
    expect(only(text, 'direct').map((quote) => quote.speaker)).toEqual([
      'Amara Lindqvist',
      'Amara Lindqvist',
    ]);
  });
});

describe('findQuotes: terms', () => {
  it('treats a quoted name after an article as a term, not a quotation', () => {
    const text = 'The council launched the “Green Streets” programme last year.';
    expect(exacts(only(text, 'term'))).toEqual(['Green Streets']);
    expect(only(text, 'direct')).toEqual([]);
  });

  it('treats a concept quoted inside reported speech as a term', () => {
    const text = 'Ilse Marwick criticized the neighbours for starting a “price war” over grain.';
    expect(exacts(only(text, 'term'))).toEqual(['price war']);
  });

  it('leaves the speaker, written speaker and cue of a term empty', () => {
    // What fans call it would be their words (test/eval/README.md); a title is a term.
    const [term] = only('Supporters packed the ground for “Derby Day at the Bend”.', 'term');
    expect(term).toMatchObject({ speaker: null, speakerAsWritten: null, cue: null });
  });
});

describe('findQuotes: indirect speech', () => {
  it('takes the clause after "that" as reported speech', () => {
    const [item] = only(
      'Prosecutor Daniel Okafor said that the payments were disguised as consultancy fees.',
      'indirect',
    );
    expect(item).toMatchObject({
      exact: 'the payments were disguised as consultancy fees',
      speaker: 'Daniel Okafor',
      cue: 'said',
    });
  });

  it('takes a content phrase after a reporting verb as reported speech', () => {
    const [item] = only('Mayor Lucia Brandt stressed the importance of cheaper buses.', 'indirect');
    expect(item).toMatchObject({ exact: 'the importance of cheaper buses', cue: 'stressed' });
  });

  it('reads the clause after "According to X,"', () => {
    const [item] = only(
      'According to Prosecutor Daniel Okafor, the money went through a second company.',
      'indirect',
    );
    expect(item).toMatchObject({
      exact: 'the money went through a second company',
      speaker: 'Daniel Okafor',
      cue: 'According to',
    });
  });

  it('reads the clause before a cue at the end of the sentence', () => {
    const text =
      'President Armin Valdes met farmers. Given the drought, the state will buy more grain, the President said.';
    const [item] = only(text, 'indirect');
    expect(item).toMatchObject({
      exact: 'Given the drought, the state will buy more grain',
      speaker: 'Armin Valdes',
      speakerAsWritten: 'the President',
    });
  });

  it('gives two items for two cues in one sentence', () => {
    const text =
      'Ilse Marwick stressed the value of the treaty, emphasizing the need for regular meetings.';
    expect(exacts(only(text, 'indirect'))).toEqual([
      'the value of the treaty',
      'the need for regular meetings',
    ]);
  });

  it('does not report plain actions as speech', () => {
    const text = 'The ministers met in Selm, discussed trade and agreed to meet again in May.';
    expect(only(text, 'indirect')).toEqual([]);
  });

  it('does not report what events or documents "highlighted"', () => {
    const text = 'The talks highlighted the growing role of the port in regional trade.';
    expect(only(text, 'indirect')).toEqual([]);
  });
});

describe('findQuotes: attribution', () => {
  it('resolves a role phrase to the person introduced with that role', () => {
    const text =
      'Valdoran Foreign Minister Daurenbek Otyzbayev arrived on Monday. “The deal is fair,” the Valdoran Foreign Minister said.';
    const [quote] = only(text, 'direct');
    expect(quote).toMatchObject({
      speaker: 'Daurenbek Otyzbayev',
      speakerAsWritten: 'the Valdoran Foreign Minister',
    });
  });

  it('resolves a role to the person whose nationality matches', () => {
    const text = [
      'Valdoran Foreign Minister Daurenbek Otyzbayev met Kestrian Foreign Minister Ilse Marwick.',
      'The Kestrian Foreign Minister said the quotas would not change.',
    ].join(' ');
    expect(only(text, 'indirect')[0]?.speaker).toBe('Ilse Marwick');
  });

  it('resolves "the Head of State" to a person introduced as President', () => {
    const text =
      'President Armin Valdes opened the forum. The Head of State said the budget would grow.';
    expect(only(text, 'indirect')[0]?.speaker).toBe('Armin Valdes');
  });

  it('resolves "he" to the most recent male speaker', () => {
    const text =
      'Coach Piet Lammers spoke after the match. Captain Ilse Marwick agreed. “It was a joke,” he said.';
    expect(only(text, 'direct')[0]).toMatchObject({
      speaker: 'Piet Lammers',
      speakerAsWritten: 'he',
    });
  });

  it('resolves "she" to the most recent female speaker', () => {
    const text =
      'Mayor Lucia Brandt said the vote was fair. Councillor Owen Pryce disagreed. “It is a plan for everyone,” she said.';
    expect(only(text, 'direct')[0]?.speaker).toBe('Lucia Brandt');
  });

  it('resolves "they" to the group that spoke last', () => {
    const text =
      'The ministers stressed the need for new rules. They also expressed support for a joint fund.';
    expect(only(text, 'indirect').map((item) => item.speaker)).toEqual(['ministers', 'ministers']);
  });

  it('resolves a surname to the full name given earlier', () => {
    const text =
      'Tomas Ferrante leads the union. Later, Ferrante warned that members would strike.';
    expect(only(text, 'indirect')[0]).toMatchObject({
      speaker: 'Tomas Ferrante',
      speakerAsWritten: 'Ferrante',
    });
  });

  it('gives a null speaker when nobody can be identified', () => {
    const [quote] = only('“Nobody listens to us,” a spokesperson said.', 'direct');
    expect(quote).toMatchObject({ speaker: null, speakerAsWritten: 'a spokesperson' });
  });

  it('gives an unresolved speaker a lower confidence than a named one', () => {
    const named = only('“We will appeal,” Gerald Ashcombe said.', 'direct')[0];
    const unnamed = only('“We will appeal,” a spokesperson said.', 'direct')[0];
    expect(unnamed?.confidence).toBeLessThan(named?.confidence ?? 0);
  });

  it('uses the notebook’s name for a known speaker spelled another way', () => {
    const text = '“We are ready,” Daurenbek Orazbaev said.';
    const result = findQuotes(text, {
      speakers: [{ name: 'Daurenbek Orazbayev', aliases: [] }],
    });
    expect(result.candidates[0]?.speaker).toBe('Daurenbek Orazbayev');
    expect(result.proposedSpeakers).toEqual([]);
  });
});

describe('findQuotes: proposed speakers', () => {
  it('proposes an unknown speaker with the role the text gives', () => {
    const text = 'Foreign Minister of Valdora Daurenbek Otyzbayev said the talks would continue.';
    expect(findQuotes(text).proposedSpeakers).toEqual([
      { name: 'Daurenbek Otyzbayev', role: 'Foreign Minister', country: 'Valdora' },
    ]);
  });

  it('proposes a speaker with a role given in apposition', () => {
    const text = 'Priya Castellane, a consumer goods analyst, noted that sales had fallen.';
    expect(findQuotes(text).proposedSpeakers[0]).toMatchObject({
      name: 'Priya Castellane',
      role: 'consumer goods analyst',
    });
  });
});

describe('findQuotes: output', () => {
  it('returns candidates sorted by start without duplicates', () => {
    const text =
      'Mayor Lucia Brandt said the “Move Tarnbury” plan would start in June. “It is ready,” she said.';
    const { candidates } = findQuotes(text);
    const starts = candidates.map((candidate) => candidate.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const keys = candidates.map(
      (candidate) => `${candidate.start}:${candidate.end}:${candidate.kind}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  for (const corpus of corpora) {
    it.skipIf(isMissing(corpus))(
      `keeps text.slice(start, end) equal to exact for every candidate of ${corpus.label}`,
      () => {
        const files = corpusFiles(corpus);
        expect(files.length).toBeGreaterThan(0);
        let candidates = 0;
        for (const file of files) {
          const text = readFileSync(join(corpus.dir, file), 'utf8').replace(/^\uFEFF/u, '');
          for (const candidate of findQuotes(text).candidates) {
            candidates += 1;
            expect(text.slice(candidate.start, candidate.end)).toBe(candidate.exact);
          }
        }
        expect(candidates).toBeGreaterThan(0);
      },
    );
  }
});

describe('findQuotes: clause boundaries', () => {
  it('carries the subject over to a reporting verb coordinated with a plain action', () => {
    const text = 'Goalkeeper Ivo Marsh declined to comment but said the squad was united.';
    expect(only(text, 'indirect')[0]).toMatchObject({
      exact: 'the squad was united',
      speaker: 'Ivo Marsh',
      cue: 'said',
    });
  });

  it('ends a reported clause where a contrasting clause reports something else', () => {
    const text =
      'Engineer Lena Thorvald said the bridge was safe, although she warned that repairs would take a year.';
    expect(exacts(only(text, 'indirect'))).toEqual([
      'the bridge was safe',
      'repairs would take a year',
    ]);
  });
});

describe('findQuotes: findings, statements and wire copy', () => {
  it('reads what a court found when the finding opens with "that"', () => {
    const [item] = only(
      'Judge Hana Ostrova found that the contract had been signed under pressure.',
      'indirect',
    );
    expect(item).toMatchObject({
      exact: 'the contract had been signed under pressure',
      speaker: 'Hana Ostrova',
      cue: 'found',
    });
  });

  it('does not take a plain object of "found" for a finding', () => {
    expect(only('Divers Pella Rusk found the wreck on Monday.', 'indirect')).toEqual([]);
  });

  it('does not take a court dismissing a claim for a statement', () => {
    expect(only('Judge Omar Sela dismissed the claim against the council.', 'indirect')).toEqual(
      [],
    );
  });

  it('reads what someone estimated', () => {
    const [item] = only(
      'Analyst Rhea Mont estimated that sales would fall by a third.',
      'indirect',
    );
    expect(item).toMatchObject({ exact: 'sales would fall by a third', cue: 'estimated' });
  });

  it('leaves a wire dateline out of a clause reported after it', () => {
    const [item] = only(
      'KORVAL, May 3 (Wirepress) - The port will close for a week, the ministry said in a statement.',
      'indirect',
    );
    expect(item).toMatchObject({ exact: 'The port will close for a week', cue: 'said' });
  });

  it('ends a clause before an attribution placed inside the sentence', () => {
    const items = only(
      'Talks have stalled over fishing rights, the ministry said in a statement, accusing its neighbour of bad faith.',
      'indirect',
    );
    // An accusation is an act, not reported speech (test/eval/README.md).
    expect(exacts(items)).toEqual(['Talks have stalled over fishing rights']);
  });

  it('ends a reported object where the subject goes on to do something else', () => {
    const [item] = only(
      'Tarnwell Foods on Tuesday reported a fall in profit and cut its forecast.',
      'indirect',
    );
    expect(item).toMatchObject({ exact: 'a fall in profit', speaker: 'Tarnwell Foods' });
  });

  it('leaves the writer’s gloss on a quoted word out of the reported clause', () => {
    const [item] = only(
      'The researchers said pupils slept better after a “digital sunset”, a term for turning screens off early.',
      'indirect',
    );
    expect(item?.exact).toBe('pupils slept better after a “digital sunset”');
  });
});

describe('findQuotes: naming speakers', () => {
  it('treats a quotation after "so-called" as a term', () => {
    const terms = only('Ivo Marn said the so-called “quiet period” had ended.', 'term');
    expect(exacts(terms)).toEqual(['quiet period']);
  });

  it('reads a resident given by first name and age', () => {
    const [item] = only(
      'Tomek, 71, a retired baker, said the bakery had been there for decades.',
      'indirect',
    );
    expect(item).toMatchObject({ speaker: 'Tomek' });
  });

  it('resolves "the company" to a business named without any business word', () => {
    const [, item] = only(
      'Brantor, the furniture maker, said sales had slowed. The company said prices would rise.',
      'indirect',
    );
    expect(item).toMatchObject({ speaker: 'Brantor', speakerAsWritten: 'The company' });
  });

  it('resolves a one-word short form of an organisation named in full before', () => {
    const [, item] = only(
      'Holm Estates said rents would rise. Later Holm said the increase was modest.',
      'indirect',
    );
    expect(item).toMatchObject({ speaker: 'Holm Estates' });
  });

  it('resolves a headline role to the person the story introduces, with lower confidence', () => {
    const [quote] = only(
      '‘We will win,’ says union leader as strike begins\n\nMara Lind, general secretary of the Dockers’ Union, spoke at the gate. “We will win,” she said.',
      'direct',
    );
    expect(quote).toMatchObject({ speaker: 'Mara Lind', speakerAsWritten: 'union leader' });
    expect(quote?.confidence).toBeLessThan(0.6);
  });

  it('resolves "the judge" to a person titled Justice', () => {
    const [quote] = only(
      'Justice Ada Kerr found that the fee was unlawful. “The law is clear,” the judge wrote.',
      'direct',
    );
    expect(quote).toMatchObject({ speaker: 'Ada Kerr', cue: 'wrote' });
  });
});

describe('findQuotes: referring back to speakers', () => {
  it('resolves "the company" to the business, not to a regulator that spoke since', () => {
    const items = findQuotes(
      'The Rail Safety Authority fined freight operator Kestrel 4 million. The authority said the brakes were faulty. “We will appeal,” the company said.',
    ).candidates;
    expect(items.find((item) => item.kind === 'direct')).toMatchObject({
      speaker: 'Kestrel',
      speakerAsWritten: 'the company',
    });
    expect(items.find((item) => item.kind === 'indirect')).toMatchObject({
      speaker: 'Rail Safety Authority',
    });
  });

  it('resolves "the watchdog" to an authority named before it', () => {
    const [item] = only(
      'The Water Standards Commission ordered a refund for 8,000 homes, the watchdog announced on Friday.',
      'indirect',
    );
    expect(item).toMatchObject({
      speaker: 'Water Standards Commission',
      speakerAsWritten: 'the watchdog',
    });
  });

  it('resolves a player role to the person introduced with another player role', () => {
    const [quote] = only(
      'Captain Juhani Falk stood by the manager. “We lost as a team,” the midfielder said.',
      'direct',
    );
    expect(quote).toMatchObject({ speaker: 'Juhani Falk', speakerAsWritten: 'the midfielder' });
  });

  it('prefers the person whose role matches exactly over a related role', () => {
    const [, item] = only(
      'Striker Osa Lund scored twice. Goalkeeper Remi Dax said the defence was tired. The striker said the win mattered most.',
      'indirect',
    );
    expect(item).toMatchObject({ speaker: 'Osa Lund' });
  });

  it('reads a job word that opens a sentence as a title, not part of the name', () => {
    const [item] = only('Pollster Vera Kalm said the race was tied.', 'indirect');
    expect(item).toMatchObject({ speaker: 'Vera Kalm', speakerAsWritten: 'Vera Kalm' });
  });

  it('keeps a first name that looks like a noun in the name', () => {
    const [item] = only('Christian Ode said the plan was sound.', 'indirect');
    expect(item).toMatchObject({ speaker: 'Christian Ode' });
  });

  it('names a newspaper given as "newspaper the X" by its full title', () => {
    const [item] = only(
      'Marlby Town lost again. According to local newspaper the Marlby Courier, the manager will resign.',
      'indirect',
    );
    expect(item).toMatchObject({ speaker: 'Marlby Courier' });
  });

  it('gives a quotation to a subject named with an apposition after it', () => {
    const quotes = only(
      'Nia Sorell, the union leader, spoke first. “We will strike,” she said. “We have no choice,” Bram Tully, the shop steward, said.',
      'direct',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Nia Sorell', 'Bram Tully']);
  });

  it('reads "she" after another speaker’s closing attribution as the woman who spoke before', () => {
    const quotes = only(
      'Nia Sorell, the union leader, spoke first. “We will strike,” she said. “We have no choice,” Bram Tully, the shop steward, said. “The owners know it,” she added.',
      'direct',
    );
    expect(quotes[2]).toMatchObject({ speaker: 'Nia Sorell', speakerAsWritten: 'she' });
  });

  it('reads "she" after a newly introduced person as that person', () => {
    const quotes = only(
      'Mayor Ann Lee spoke first. “We will build it,” she said. Then Kessa Orlan, a resident, complained. “Nobody asked us,” she said.',
      'direct',
    );
    expect(quotes[1]).toMatchObject({ speaker: 'Kessa Orlan' });
  });

  it('treats "the two men" and "both leaders" as collective speakers', () => {
    const items = only(
      'Veli Aro and Sam Tull met on Monday. The two men said the talks were useful. Both leaders said they would meet again.',
      'indirect',
    );
    expect(items.map((item) => item.speaker)).toEqual(['two men', 'Both leaders']);
  });
});

describe('findQuotes: adverbials after the cue', () => {
  it('skips a time adverbial between the cue and its "that" clause', () => {
    const [item] = only(
      'Coach Tilda Rask insisted on Tuesday that her side was improving.',
      'indirect',
    );
    expect(item).toMatchObject({ exact: 'her side was improving', cue: 'insisted' });
  });

  it('keeps "on" as a particle when no time adverbial follows', () => {
    const [item] = only('Coach Tilda Rask insisted on a fresh start.', 'indirect');
    expect(item).toMatchObject({ exact: 'a fresh start', cue: 'insisted on' });
  });

  it('reports a pledge as its "to" infinitive, past a time adverbial', () => {
    const [item] = only(
      'Candidate Oren Hask pledged on Saturday to cut rail fares for students.',
      'indirect',
    );
    expect(item).toMatchObject({ exact: 'to cut rail fares for students', speaker: 'Oren Hask' });
  });

  it('keeps the noun of "found no evidence that" in the finding', () => {
    const [item] = only(
      'The inquiry led by judge Mina Corr found no evidence that the mill had hidden the leak.',
      'indirect',
    );
    expect(item?.exact).toBe('no evidence that the mill had hidden the leak');
  });
});

describe('findQuotes: rules from held-out set 5', () => {
  it('reads an opening noun the article uses in the plural as a title', () => {
    const [quote] = only(
      'Hundreds of shoppers queued. Shopper Lio Parrat, 51, waited an hour. “It is absurd,” he said.',
      'direct',
    );
    expect(quote).toMatchObject({ speaker: 'Lio Parrat' });
  });

  it('keeps an employer after "of" out of a person’s name', () => {
    const [item] = only('Analyst Reza Holm of Tarrow Capital said the deal was late.', 'indirect');
    expect(item).toMatchObject({ speaker: 'Reza Holm' });
  });

  it('keeps "of" inside a body’s name', () => {
    const [item] = only('The Royal Society of Tanners said the study was flawed.', 'indirect');
    expect(item).toMatchObject({ speaker: 'Royal Society of Tanners' });
  });

  it('gives a quotation to "she said" when a participle reports the next clause', () => {
    const items = findQuotes(
      'Pollster Ina Vell spoke on Friday. “It is close,” she said, adding that turnout would decide it.',
    ).candidates;
    expect(items.find((item) => item.kind === 'direct')).toMatchObject({ speaker: 'Ina Vell' });
    expect(items.find((item) => item.kind === 'indirect')).toMatchObject({
      exact: 'turnout would decide it',
      cue: 'adding',
    });
  });

  it('reads "shot back that" as a reporting cue', () => {
    const [item] = only('Aldo Renn shot back that the target had been missed.', 'indirect');
    expect(item).toMatchObject({ exact: 'the target had been missed', cue: 'shot back' });
  });

  it('does not report a stance verb whose object only points back', () => {
    const items = only(
      'Lena Korr rejected that claim, saying the warnings concerned another site.',
      'indirect',
    );
    expect(exacts(items)).toEqual(['the warnings concerned another site']);
  });

  it('resolves "the union leader" to the union’s general secretary', () => {
    const [quote] = only(
      'Union general secretary Pia Lenk said members were tired. “We are ready to talk,” the union leader said.',
      'direct',
    );
    expect(quote).toMatchObject({ speaker: 'Pia Lenk', speakerAsWritten: 'the union leader' });
  });

  it('reads "both" standing alone as the group named just before', () => {
    const [item] = only(
      'Ada Voss and Ben Aller debated. The two rivals agreed on one point: both said the bridges needed repair.',
      'indirect',
    );
    expect(item).toMatchObject({ speaker: 'two rivals', speakerAsWritten: 'both' });
  });
});

describe('findQuotes: subjects and bodies found in held-out set 6', () => {
  const speakerOf = (text: string, kind: QuoteCandidate['kind'], start: string) =>
    only(text, kind).find((candidate) => candidate.exact.startsWith(start))?.speaker;

  it('takes the subject before a relative clause, not a name inside it', () => {
    const text =
      'Harbour Minister Odile Brask, who met her northern counterpart, Sten Aalvik, in Corran, said the ferry link would reopen in June.';
    expect(speakerOf(text, 'indirect', 'the ferry link')).toBe('Odile Brask');
  });

  it('prefers the proper name an apposition gives a body', () => {
    const text =
      'The state railway company, Marisk Railways, said it would hire 40 drivers next year.';
    expect(speakerOf(text, 'indirect', 'it would hire')).toBe('Marisk Railways');
  });

  it('reads "it" and "the ministry" as the body that last took a position', () => {
    const text = [
      'The farm ministry said on Monday that exports had fallen.',
      "Corran's water ministry, which runs the dams, rejected that figure. In a statement, it said the reservoirs were full.",
      'The ministry called the report "misleading and late".',
    ].join('\n\n');
    expect(speakerOf(text, 'indirect', 'the reservoirs')).toBe("Corran's water ministry");
    expect(speakerOf(text, 'direct', 'misleading')).toBe("Corran's water ministry");
  });

  it('resolves "the mission" to a named mission', () => {
    const text = [
      'The Lake Shore Observer Mission sent two staff to the pier on Friday.',
      'According to the mission, the boats had left before dawn.',
    ].join('\n\n');
    expect(speakerOf(text, 'indirect', 'the boats')).toBe('Lake Shore Observer Mission');
  });

  it('keeps a quotation inside an adverbial clause of a report with that report', () => {
    const text =
      'The port authority said the new checks were introduced after auditors found “serious gaps” in the records.';
    expect(speakerOf(text, 'direct', 'serious gaps')).toBe('port authority');
  });
});
