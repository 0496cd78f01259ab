// Runs inside Chromium for the reader benchmark: builds an article view with or without
// highlights and reports how long it took to the first painted frame, and how long adding
// one highlight takes (dispatch plus the layout it causes).
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { articleDoc } from '../../renderer/reader/schema';
import { textOffsetToPos } from '../../renderer/reader/text-positions';
import {
  addHighlight,
  highlights,
  type ReaderHighlight,
} from '../../renderer/reader/highlights-plugin';
import { readOnly } from '../../renderer/reader/read-only';

interface Spot {
  start: number;
  end: number;
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
  );
}

async function open(text: string, spots: Spot[]): Promise<{ ms: number; view: EditorView }> {
  const host = document.getElementById('host')!;
  host.replaceChildren();
  await nextFrame();
  const start = performance.now();
  const doc = articleDoc(text);
  const list: ReaderHighlight[] = spots.map((spot, index) => ({
    id: String(index + 1),
    from: textOffsetToPos(doc, spot.start),
    to: textOffsetToPos(doc, spot.end),
    kind: index % 3 === 0 ? 'direct' : index % 3 === 1 ? 'highlight' : 'indirect',
    speakerColourIndex: index % 8,
  }));
  const plugins = [readOnly(), highlights({ highlights: list })];
  const view = new EditorView(host, {
    state: EditorState.create({ doc, plugins }),
    attributes: { class: 'reader__text' },
  });
  view.dom.getBoundingClientRect();
  const end = await nextFrame();
  return { ms: end - start, view };
}

async function addOne(view: EditorView, spot: Spot, id: string): Promise<number> {
  const doc = view.state.doc;
  const start = performance.now();
  addHighlight({
    id,
    from: textOffsetToPos(doc, spot.start),
    to: textOffsetToPos(doc, spot.end),
    kind: 'direct',
    speakerColourIndex: 2,
  })(view.state, view.dispatch);
  view.dom.getBoundingClientRect();
  return performance.now() - start;
}

declare global {
  interface Window {
    readerBench: typeof readerBench;
  }
}

async function readerBench(text: string, spots: Spot[], extra: Spot[], rounds: number) {
  const plain: number[] = [];
  const annotated: number[] = [];
  const adds: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const bare = await open(text, []);
    plain.push(bare.ms);
    bare.view.destroy();
    const rich = await open(text, spots);
    annotated.push(rich.ms);
    for (const [index, spot] of extra.entries())
      adds.push(await addOne(rich.view, spot, `extra-${round}-${index}`));
    rich.view.destroy();
  }
  return { plain, annotated, adds };
}

window.readerBench = readerBench;
