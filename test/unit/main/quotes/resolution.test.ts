// Resolution (main/quotes/resolution.ts): which name a speaker phrase is given.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../main/quotes/index';

function speakerOf(text: string): string | null | undefined {
  const items = findQuotes(text).candidates.filter((item) => item.kind !== 'term');
  return items[items.length - 1]?.speaker;
}

describe('resolution', () => {
  it('resolves a pronoun to the last person named as a subject', () => {
    expect(
      speakerOf('Judge Omar Lisle adjourned the case. He said the delay was regrettable.'),
    ).toBe('Omar Lisle');
  });

  it('resolves a surname to the full name given before', () => {
    expect(speakerOf('Striker Jonas Telle scored twice. Telle said the team had earned it.')).toBe(
      'Jonas Telle',
    );
  });

  it('credits a spokesperson for a body to the body', () => {
    expect(speakerOf('A spokesman for Fenbury County Council said the hall would be sold.')).toBe(
      'Fenbury County Council',
    );
  });

  it('credits analysts at a firm to the firm', () => {
    expect(speakerOf('Analysts at Pellham Grove said the deal was likely to close.')).toBe(
      'Pellham Grove',
    );
  });

  it('credits lawyers for a person named before to that person', () => {
    expect(
      speakerOf(
        'Councillor Dora Penrose sued. Lawyers for Cllr Penrose said she would seek costs.',
      ),
    ).toBe('Dora Penrose');
  });

  it.each([
    'Critics said the scheme was rushed.',
    'Several parents said the bus was late.',
    'Two people familiar with the matter said talks had stalled.',
  ])('offers no name for a group it cannot identify: %s', (text) => {
    expect(speakerOf(text)).toBeNull();
  });

  it('names a group with a proper adjective', () => {
    expect(speakerOf('Nordic delegates said the text was agreed.')).toBe('Nordic delegates');
  });

  it('names the prosecution by its noun in a court report', () => {
    expect(speakerOf('The prosecution says the lorry carried 40 tonnes of stolen copper.')).toBe(
      'prosecution',
    );
  });

  it('does not keep an abbreviated title in the name', () => {
    expect(speakerOf('DS Rhona Gill said the van had been found.')).toBe('Rhona Gill');
  });

  describe('groups', () => {
    it.each([
      'Commuters said the trains had been late all week.',
      'The ward reopened on Monday. Night nurses said the rota was unworkable.',
      'Beekeepers on the Marl estate say the hives are thriving.',
    ])('offers no name for people named by a bare plural: %s', (text) => {
      expect(speakerOf(text)).toBeNull();
    });

    it('names a group by the body it belongs to', () => {
      expect(speakerOf('Engineers at Tolland Motors said the fault was rare.')).toBe(
        'Tolland Motors',
      );
    });

    it('credits police to the force the story names', () => {
      expect(
        speakerOf(
          'Brackley Police opened an inquiry into the fire. Police said the blaze had been started deliberately.',
        ),
      ).toBe('Brackley Police');
    });
  });

  describe('spokespeople', () => {
    it('credits a spokesperson for a body named by its noun to that body', () => {
      expect(
        speakerOf(
          'The Wexcombe Rail Authority fined the operator. A spokesman for the authority said the fine was fair.',
        ),
      ).toBe('Wexcombe Rail Authority');
    });

    it('credits a spokesperson for a person named by their office to that person', () => {
      expect(
        speakerOf(
          'Governor Lisette Amari opened the port. A spokesman for the governor said trade had doubled.',
        ),
      ).toBe('Lisette Amari');
    });

    it('credits a spokesperson qualified by a body noun to the body named earlier', () => {
      expect(
        speakerOf(
          'The plan was drafted by the transport ministry. A ministry spokesperson said no fares would rise.',
        ),
      ).toBe('transport ministry');
    });

    it('credits a bare spokesperson to the body the passage is about', () => {
      expect(
        speakerOf(
          'Harlow Water Board raised its charges on Monday. A spokeswoman said the rise would pay for new mains.',
        ),
      ).toBe('Harlow Water Board');
    });

    it('does not guess the principal a spokesperson names but the story does not', () => {
      expect(
        speakerOf(
          'Lowmere Pharmacy Group closed two branches. A spokesperson for the ministry said the closures were regrettable.',
        ),
      ).toBeNull();
    });
  });

  describe('bodies named by their noun', () => {
    it('credits "the school" to the school named earlier', () => {
      expect(
        speakerOf(
          'Parents wrote to Dunmere Academy about the trip. The school said every pupil would be able to go.',
        ),
      ).toBe('Dunmere Academy');
    });

    it('credits a document to the body that owns it', () => {
      expect(
        speakerOf(
          'Drayford Council published its accounts. According to the council’s annual report, spending on roads fell by a fifth.',
        ),
      ).toBe('Drayford Council');
    });

    it('reads a capitalised name that ends in a role word as the body it names', () => {
      expect(
        speakerOf(
          'Tarn shelves ferry plan\n\nTarn Shipping has shelved its new ferry, saying fuel costs had doubled.',
        ),
      ).toBe('Tarn Shipping');
    });
  });

  describe('pronouns', () => {
    it('takes the subject of a relative clause, not an earlier subject, for a pronoun', () => {
      expect(
        speakerOf(
          'Chief executive Orrin Vale apologised. The leak was found by engineer Tamsin Roe, who said she had warned the board. She said the pipe was forty years old.',
        ),
      ).toBe('Tamsin Roe');
    });

    it('does not take a name inside a prepositional phrase as the subject for a pronoun', () => {
      expect(
        speakerOf(
          'Coach Dagny Holm praised the squad. Analyst Marit Sand of Crowley Hart said the club was in profit. She said the wage bill was the lowest in the league.',
        ),
      ).toBe('Marit Sand');
    });

    it('reads a past tense after a name as its verb, even one the tagger calls an adjective', () => {
      expect(
        speakerOf(
          'Coach Ilse Brandt praised the squad. Goalkeeper Annika Moll, 24, accepted the blame. She said the second goal was her fault.',
        ),
      ).toBe('Annika Moll');
    });

    it('takes a body named by its noun in the same sentence for "it"', () => {
      expect(
        speakerOf(
          'Meal-kit company Kessel said sales rose. Shares in its largest investor, Halden Ventures, were flat. Chief executive Ana Grell said the company would launch what it calls a “quiet mode”.',
        ),
      ).toBe('Kessel');
    });
  });
  it('credits a spokesperson for a body named with small words or a proper adjective', () => {
    expect(
      speakerOf('A spokeswoman for the Department for Rivers said the weir would reopen.'),
    ).toBe('Department for Rivers');
    expect(
      speakerOf('A spokesman for the Ostravian transport ministry said the line would close.'),
    ).toBe('Ostravian transport ministry');
  });

  it('credits "a Name spokesman" to the body named before the noun', () => {
    expect(speakerOf('An Elmgrove Rovers spokesman said the club would appeal the ban.')).toBe(
      'Elmgrove Rovers',
    );
    expect(
      speakerOf(
        'Harwick Dairies cut its milk price. A Harwick spokeswoman said the cut was unavoidable.',
      ),
    ).toBe('Harwick Dairies');
  });

  it('does not give "he" to a quay, a hall or a café named in the story', () => {
    expect(
      speakerOf('Skipper Aled Morwen moored at Penlan Quay. He said the crossing had been rough.'),
    ).toBe('Aled Morwen');
    expect(
      speakerOf('Chef Ona Grell opened the Saltmarsh Café in May. She said trade had been slow.'),
    ).toBe('Ona Grell');
  });

  it('passes over a name inside a reported clause for a pronoun in a later sentence', () => {
    const text =
      'Mr Dalby denied the claim. He told the hearing that Mr Quenby had been late 14 times.\n\n' +
      '“I run a small business,” he said.';
    expect(speakerOf(text)).toBe('Dalby');
    // In the same sentence the clause's own subject is still the one meant.
    expect(
      speakerOf(
        'Counsel Ines Varga told jurors that Mr Tolley had kept two ledgers, which he called “the clean books”.',
      ),
    ).toBe('Tolley');
  });
  it('leaves residents of a place unnamed, as people at large', () => {
    expect(speakerOf('Residents of Tarrow Island said they felt “cut off”.')).toBeNull();
  });

  it('reads a name ending in -s with an age as a person, and "he" stands for him', () => {
    expect(
      speakerOf('Baker Owain Pennarris, 61, said trade was down. “I have cut my hours,” he said.'),
    ).toBe('Owain Pennarris');
  });

  it('does not give "she" to a country the story also names by its adjective', () => {
    expect(
      speakerOf(
        'Ms Ilse Varro chaired the talks. Ostmark says the line runs further west, and Ostmarkan ' +
          'boats have been held. “We will meet again in May,” she said.',
      ),
    ).toBe('Ilse Varro');
  });

  it('does not give "he" to a hall named in the story', () => {
    expect(
      speakerOf(
        'Skipper Aled Morwen spoke at the Penlan Village Hall meeting. “We were not asked,” he said.',
      ),
    ).toBe('Aled Morwen');
  });
  it('gives "the union" to the workers\' federation named before', () => {
    expect(
      speakerOf('Some 400 members of the Ferry Crews Federation walked out, the union said.'),
    ).toBe('Ferry Crews Federation');
  });
  it('takes a full name written as an owner for the person a later surname stands for', () => {
    expect(
      speakerOf(
        'Halvard Quennock’s two-year ban was lifted on Friday. Quennock said he would race in May.',
      ),
    ).toBe('Halvard Quennock');
  });

  it('reads a name ending in -s that has a job in apposition as a person', () => {
    expect(
      speakerOf(
        'Bryn Tallis, the board’s site manager, visited the dam. Mr Tallis said the work would wait.',
      ),
    ).toBe('Bryn Tallis');
  });

  it('takes "Fuming X" for the person surnamed X named before, but keeps a firm named that way', () => {
    expect(
      speakerOf(
        'Manager Cai Penwarden was sent off. Fuming Penwarden said the referee “lost the plot”.',
      ),
    ).toBe('Cai Penwarden');
    expect(speakerOf('Sperling Care said it would appeal the fine.')).toBe('Sperling Care');
  });
  it('takes a farm named without its last word for the farm, so "he" is its farmer', () => {
    expect(
      speakerOf(
        'Birds died at Pant Eryl Farm. Pant Eryl is run by Ifor Madrell. He said the sheds were shut.',
      ),
    ).toBe('Ifor Madrell');
  });

  it('reads a hyphenated title of titles and a rugby position', () => {
    expect(
      speakerOf('Vice-Admiral Saga Hollund said the ships were late. She said costs had risen.'),
    ).toBe('Saga Hollund');
    expect(
      speakerOf('Flanker Taliesin Roe was dropped. “I will fight for my place,” the flanker said.'),
    ).toBe('Taliesin Roe');
  });
  it('credits a document to the body its owner word names in short', () => {
    expect(
      speakerOf(
        'Tessaly Foods cut 200 jobs. Tessaly’s annual report said sales had fallen by a fifth.',
      ),
    ).toBe('Tessaly Foods');
  });
});
