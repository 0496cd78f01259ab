// @vitest-environment happy-dom
// Marking a passage shows its highlight before the server answers; a failed write takes it
// away again and says why.
import { TextSelection } from 'prosemirror-state';
import { afterEach, describe, expect, test } from 'vitest';
import type { Api } from '../../../../renderer/api';
import type { Highlight } from '../../../../main/ipc/contract';
import { highlightsKey } from '../../../../renderer/reader/highlights-plugin';
import { textOffsetToPos } from '../../../../renderer/reader/text-positions';
import { createAppStore } from '../../../../renderer/ui/app-state';
import { openReader, type Reader } from '../../../../renderer/ui/reader';
import { createToaster } from '../../../../renderer/ui/toast';
import { createUndoHistory } from '../../../../renderer/ui/undo';
import { ARTICLE_TEXT, article, highlight } from './fixtures';
import { fakeApi, settle } from './fake-api';

let reader: Reader | null = null;
afterEach(() => {
  reader?.destroy();
  reader = null;
  document.body.replaceChildren();
});

const PASSAGE = 'The council met on Tuesday.';

function markWith(createHighlight: Api['createHighlight']) {
  const textHost = document.createElement('div');
  const panel = document.createElement('div');
  document.body.append(textHost, panel);
  const fake = fakeApi({
    listSuggestions: async () => [],
    suggestSpeakers: async () => [],
    listTagPage: async () => ({ items: [], total: 0, next: null }),
    createHighlight,
  });
  reader = openReader({
    api: fake.api,
    article: article(),
    highlights: [],
    textHost,
    panel,
    toaster: createToaster(document.body),
    history: createUndoHistory(fake.api),
    store: createAppStore(),
    onAnnotationsChanged: () => undefined,
  });
  const { view } = reader;
  const start = ARTICLE_TEXT.indexOf(PASSAGE);
  view.dispatch(
    view.state.tr.setSelection(
      TextSelection.create(
        view.state.doc,
        textOffsetToPos(view.state.doc, start),
        textOffsetToPos(view.state.doc, start + PASSAGE.length),
      ),
    ),
  );
  view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
  const shown = () => [...highlightsKey.getState(view.state)!.highlights.keys()];
  return { shown, textHost };
}

describe('reader: optimistic highlight', () => {
  test('the highlight is shown while the server has not answered yet, then becomes the stored one', async () => {
    let answer: (created: Highlight) => void = () => undefined;
    const { shown, textHost } = markWith(
      () => new Promise<Highlight>((resolve) => (answer = resolve)),
    );
    expect(shown()).toEqual(['pending-1']);
    expect(textHost.querySelector('.reader__text')!.innerHTML).toContain('highlight');
    answer(highlight(12, PASSAGE, { kind: 'highlight' }));
    await settle();
    expect(shown()).toEqual(['12']);
  });

  test('a write that fails removes the highlight again and says why', async () => {
    const { shown } = markWith(async () => {
      throw new Error('the disk holding the notebook is full');
    });
    expect(shown()).toEqual(['pending-1']);
    await settle();
    expect(shown()).toEqual([]);
    expect(document.querySelector('.toast--error')!.textContent).toContain(
      'The highlight was not saved: the disk holding the notebook is full',
    );
  });
});
