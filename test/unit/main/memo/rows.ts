// Memo rows for compiler and writer tests: fictional speakers in fictional articles, built
// with only the fields a test cares about.
import type { MemoRow } from '../../../../main/memo/model';

let nextId = 1;

export function row(fields: Partial<MemoRow> & { exact: string }): MemoRow {
  const highlightId = fields.highlightId ?? nextId++;
  return {
    highlightId,
    kind: 'direct',
    start: highlightId * 100,
    end: highlightId * 100 + fields.exact.length,
    note: '',
    orphaned: false,
    speakerId: 1,
    speakerName: 'Ilse Marrow',
    speakerRole: 'Trade Minister of Veldora',
    tags: [],
    articleId: 1,
    articleTitle: 'Veldora weighs railway plan',
    articleAuthor: null,
    articlePublisher: 'The Marisk Courier',
    articlePublishedAt: '2031-03-04',
    paragraph: 2,
    ...fields,
  };
}

export const marrow = {
  speakerId: 1,
  speakerName: 'Ilse Marrow',
  speakerRole: 'Trade Minister of Veldora',
};
export const ferrand = {
  speakerId: 2,
  speakerName: 'Tomas Ferrand',
  speakerRole: 'Transport Minister of Osterhal',
};
export const pelle = { speakerId: 3, speakerName: 'Anouk Pelle', speakerRole: null };

export const courier = {
  articleId: 1,
  articleTitle: 'Veldora weighs railway plan',
  articlePublisher: 'The Marisk Courier',
  articlePublishedAt: '2031-03-04',
};
export const gazette = {
  articleId: 2,
  articleTitle: 'Osterhal backs corridor talks',
  articlePublisher: 'Quenby Gazette',
  articlePublishedAt: '2031-03-06',
};
export const bulletin = {
  articleId: 3,
  articleTitle: 'Tarvos reviews customs plan',
  articlePublisher: null,
  articlePublishedAt: null,
  articleAuthor: 'Mira Kessel',
};
