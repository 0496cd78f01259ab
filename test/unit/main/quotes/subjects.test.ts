// Subjects (main/quotes/subjects.ts): who a reporting verb's subject is, in several shapes.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../main/quotes/index';

function speakers(text: string): Array<string | null> {
  return findQuotes(text).candidates.map((item) => item.speaker);
}

describe('subjects', () => {
  it('finds an inverted subject after a quotation', () => {
    expect(speakers('“We will appeal,” said defence lawyer Orla Quint.')).toEqual(['Orla Quint']);
  });

  it('looks past an apposition between a subject and its verb', () => {
    expect(speakers('Ivo Brandt, a lawyer for the tenants, said the notices were void.')).toEqual([
      'Ivo Brandt',
    ]);
  });

  it('takes the name in an apposition to a description of whoever it names', () => {
    expect(speakers('The mill’s owner, Hollis Metals, said the furnace would close.')).toEqual([
      'Hollis Metals',
    ]);
  });

  it('reads an apposition that opens with a job word in -ing as a name, not a clause', () => {
    expect(
      speakers('The society’s founder, driving instructor Wendell Oaks, said the fees would rise.'),
    ).toEqual(['Wendell Oaks']);
  });

  it('carries the subject of a first verb over to a coordinated one', () => {
    expect(speakers('Goalkeeper Sam Rook declined to comment but said he was fit.')).toEqual([
      'Sam Rook',
    ]);
  });

  it('reads the subject of a sentence that ends with a colon for the quotation after it', () => {
    const text = 'Councillor Ada Venn was blunt:\n\n“This budget is finished.”';
    expect(speakers(text)).toEqual(['Ada Venn']);
  });
  it('reads a title opened by a gerund, and a role before a name in apposition, after a quotation', () => {
    expect(
      speakers('“Our growers are our business,” managing director Ola Brenning said.'),
    ).toEqual(['Ola Brenning']);
    expect(speakers('“We know it hurts,” its chief executive, Tova Reld, said.')).toEqual([
      'Tova Reld',
    ]);
  });

  it('credits a quotation to the manner of saying it ("laughed X", "she sobbed")', () => {
    expect(
      speakers(
        'Keeper Idris Penhale saved twice. ‘I was on a roof at seven,’ laughed Penhale, 24.',
      ),
    ).toEqual(['Idris Penhale']);
    expect(
      speakers('Widow Greta Ollerby, 79, found the door forced. "Keep the rings," sobbed Greta.'),
    ).toEqual(['Greta Ollerby']);
    // Not reported speech: nothing follows the verb as a clause of hers.
    expect(
      findQuotes('Mara Tovey laughed that the show would go on.').candidates.filter(
        (item) => item.kind === 'indirect',
      ),
    ).toEqual([]);
  });

  it('takes "the 27-year-old" for the person just named as a subject', () => {
    expect(
      speakers(
        'Lorne Vickery, who won on a walkover, shrugged.\n\n‘He was losing,’ the 27-year-old said.',
      ),
    ).toEqual(['Lorne Vickery']);
  });
  it('takes the name in apposition to an inverted role after a quotation', () => {
    expect(speakers('“A farm is a home,” said its chief executive, Wenna Dowrick.')).toEqual([
      'Wenna Dowrick',
    ]);
  });
});
