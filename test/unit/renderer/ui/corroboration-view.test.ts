// @vitest-environment happy-dom
// The Corroboration view against a fake API: each other outlet's wording is drawn with the
// differing words in <ins> and <del>, named for screen readers; a difference of meaning is said
// in words; a source opens its passage; a passage only the finder found can be marked.
import { describe, expect, test } from 'vitest';
import type { SpeakerCorroboration, StatementPassage } from '../../../../main/ipc/contract';
import {
  renderCorroboration,
  type PassageTarget,
} from '../../../../renderer/ui/corroboration-view';
import { fakeApi, settle } from './fake-api';

function passage(overrides: Partial<StatementPassage>): StatementPassage {
  return {
    articleId: 1,
    articleTitle: 'Ministers meet in Vessmark',
    articlePublisher: 'Northern Rim Courier',
    articlePublishedAt: '2031-03-03',
    highlightId: 7,
    kind: 'direct',
    start: 100,
    end: 160,
    exact: 'the ministers will sign the treaty in Lindmark',
    ...overrides,
  };
}

const FOUND: SpeakerCorroboration = {
  speakerId: 3,
  speakerName: 'Arvid Kholmenko',
  articlesRead: 4,
  unmatched: [passage({ highlightId: 9, exact: 'the ferries run twice a day' })],
  statements: [
    {
      speakerId: 3,
      speakerName: 'Arvid Kholmenko',
      first: passage({}),
      others: [
        {
          ...passage({
            articleId: 2,
            articleTitle: 'Treaty talks in Lindmark',
            articlePublisher: 'Harbour Gazette',
            highlightId: null,
            start: 40,
            end: 85,
            exact: 'the ministers may sign the treaty in Lindmark',
          }),
          comparison: {
            score: 0.9,
            runs: [
              { kind: 'equal', text: 'the ministers', outside: false },
              { kind: 'delete', text: 'will', outside: false },
              { kind: 'insert', text: 'may', outside: false },
              { kind: 'equal', text: 'sign the treaty in Lindmark', outside: false },
            ],
            changes: [{ kind: 'modal', before: ['will'], after: ['may'] }],
          },
        },
      ],
    },
  ],
};

async function rendered(onOpen: (target: PassageTarget) => void = () => undefined) {
  const host = document.createElement('div');
  const fake = fakeApi({
    listCorroborations: () => Promise.resolve(FOUND),
    createHighlight: () => Promise.reject(new Error('not answered in this test')),
  });
  await renderCorroboration(host, fake.api, { speakerId: 3, title: 'Arvid Kholmenko' }, onOpen);
  return { host, fake };
}

describe('renderCorroboration', () => {
  test('marks the words only one wording has, with a label a screen reader reads', async () => {
    const { host } = await rendered();
    const other = host.querySelector('.corroboration__other')!;
    expect(other.querySelector('del')?.textContent).toBe('only in the first report: will');
    expect(other.querySelector('ins')?.textContent).toBe('only in this outlet: may');
    expect(other.querySelector('.corroboration__wording')?.textContent).toBe(
      'the ministers only in the first report: will only in this outlet: may sign the treaty in Lindmark',
    );
  });

  test('says in words how the meaning differs', async () => {
    const { host } = await rendered();
    expect(host.querySelector('.corroboration__meaning--changed')?.textContent).toBe(
      'The meaning differs: modal verb “will” in the first report, “may” here.',
    );
  });

  test('choosing another outlet opens its passage by offsets when no highlight marks it', async () => {
    const opened: PassageTarget[] = [];
    const { host } = await rendered((target) => opened.push(target));
    host.querySelector<HTMLButtonElement>('.corroboration__other .quotations__source')!.click();
    expect(opened).toEqual([{ articleId: 2, highlightId: null, start: 40, end: 85 }]);
  });

  test('marking a passage the finder found stores it as the speaker’s quotation', async () => {
    const { host, fake } = await rendered();
    host.querySelector<HTMLButtonElement>('.corroboration__mark')!.click();
    await settle();
    expect(fake.calls.find((call) => call.method === 'createHighlight')?.args).toEqual({
      articleId: 2,
      kind: 'direct',
      start: 40,
      end: 85,
      speakerId: 3,
    });
  });

  test('lists the analyst’s quotations no other article reports', async () => {
    const { host } = await rendered();
    expect(host.querySelector('.corroboration__unmatched summary')?.textContent).toBe(
      '1 quotation you marked that no other article reports',
    );
    expect(host.querySelector('h1')?.textContent).toBe(
      'Arvid Kholmenko: statements across outlets',
    );
  });
});
