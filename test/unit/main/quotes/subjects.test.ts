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
});
