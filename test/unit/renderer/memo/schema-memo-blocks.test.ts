// @vitest-environment happy-dom
// The memo editor shows what the exported memo prints for the blocks the compiler adds:
// reported speech as its sentence (the passage in its tooltip) and tables as tables.
import { DOMSerializer } from 'prosemirror-model';
import { describe, expect, test } from 'vitest';
import { compileMemo } from '../../../../main/memo/compile';
import { memoToDoc } from '../../../../main/memo/document';
import { memoDocFromJson, memoSchema } from '../../../../renderer/memo/schema';

const row = {
  highlightId: 1,
  kind: 'indirect' as const,
  exact: 'the delegation for delaying the customs vote',
  start: 30,
  end: 74,
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
  before: 'Ilse Marrow criticised ',
  after: '.',
};

function rendered(json: unknown): HTMLElement {
  const host = document.createElement('div');
  host.appendChild(
    DOMSerializer.fromSchema(memoSchema).serializeFragment(memoDocFromJson(json).content),
  );
  return host;
}

describe('memo editor blocks', () => {
  test('reported speech shows its sentence, naming the speaker, with the passage as its title', () => {
    const host = rendered(memoToDoc(compileMemo([row])));
    const sentence = host.querySelector('.memo-quotation-reported');
    expect(sentence?.textContent).toBe(
      'Ilse Marrow criticised the delegation for delaying the customs vote.',
    );
    expect(sentence?.getAttribute('title')).toBe(row.exact);
  });

  test('a table block shows its caption, header and cells', () => {
    const host = rendered(
      memoToDoc({
        title: 'Figures',
        date: null,
        blocks: [
          {
            type: 'table',
            caption: 'Freight',
            header: ['Source', 'Tonnes'],
            rows: [['Courier', '4.2 m']],
          },
        ],
      }),
    );
    expect(host.querySelector('table.memo-table caption')?.textContent).toBe('Freight');
    expect([...host.querySelectorAll('th')].map((cell) => cell.textContent)).toEqual([
      'Source',
      'Tonnes',
    ]);
    expect([...host.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      'Courier',
      '4.2 m',
    ]);
  });
});
