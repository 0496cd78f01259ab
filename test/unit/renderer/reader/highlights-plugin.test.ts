import { EditorState, type Command, type Transaction } from 'prosemirror-state';
import type { Decoration } from 'prosemirror-view';
import { describe, expect, test } from 'vitest';
import {
  addHighlight,
  focusHighlight,
  highlights,
  highlightsAt,
  highlightsKey,
  removeHighlight,
  updateHighlight,
  type HighlightKind,
  type HighlightsAction,
  type HighlightsState,
  type ReaderHighlight,
} from '../../../../renderer/reader/highlights-plugin';
import { articleDoc } from '../../../../renderer/reader/schema';
import { textOffsetToPos } from '../../../../renderer/reader/text-positions';

const text = [
  'Alpha beta gamma delta epsilon.',
  'Zeta eta theta iota kappa lambda.',
  'Mu nu xi omicron pi rho sigma.',
].join('\n\n');

const doc = articleDoc(text);

/* Tests speak in passages of the canonical text; the plugin works in document positions. */
function highlight(
  id: string,
  passage: string,
  kind: HighlightKind = 'highlight',
  extra: Partial<ReaderHighlight> = {},
): ReaderHighlight {
  const start = text.indexOf(passage);
  if (start === -1) throw new Error(`test passage not found: ${passage}`);
  return {
    id,
    kind,
    from: textOffsetToPos(doc, start),
    to: textOffsetToPos(doc, start + passage.length),
    ...extra,
  };
}

function stateWith(initial: readonly ReaderHighlight[] = []): EditorState {
  return EditorState.create({ doc, plugins: [highlights({ highlights: initial })] });
}

function pluginState(state: EditorState): HighlightsState {
  const value = highlightsKey.getState(state);
  if (!value) throw new Error('the highlights plugin is not installed');
  return value;
}

function act(state: EditorState, action: HighlightsAction): EditorState {
  return state.apply(state.tr.setMeta(highlightsKey, action));
}

function run(state: EditorState, command: Command): { applies: boolean; state: EditorState } {
  let next = state;
  const applies = command(state, (tr: Transaction) => {
    next = state.apply(tr);
  });
  return { applies, state: next };
}

function decorations(state: EditorState): Decoration[] {
  return pluginState(state).decorations.find();
}

function decorationsOf(state: EditorState, id: string): Decoration[] {
  return decorations(state).filter((decoration) => decoration.spec.highlightId === id);
}

/* Decoration attributes are not public API; InlineType has kept them in `type.attrs` for years. */
function attributes(decoration: Decoration): Record<string, string> {
  return (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
}

function onlyDecorationOf(state: EditorState, id: string): Decoration {
  const [decoration, ...rest] = decorationsOf(state, id);
  if (!decoration || rest.length > 0) throw new Error(`expected one decoration for ${id}`);
  return decoration;
}

function specsById(state: EditorState): Map<string, unknown> {
  return new Map(
    decorations(state)
      .filter((decoration) => decoration.spec.highlightId !== undefined)
      .map((decoration) => [decoration.spec.highlightId as string, decoration.spec]),
  );
}

describe('highlights plugin state', () => {
  test('places one inline decoration per highlight over its range', () => {
    const first = highlight('h1', 'beta gamma');
    const second = highlight('h2', 'theta iota');
    const state = stateWith([first, second]);
    expect(decorationsOf(state, 'h1').map(({ from, to }) => [from, to])).toEqual([
      [first.from, first.to],
    ]);
    expect(decorationsOf(state, 'h2').map(({ from, to }) => [from, to])).toEqual([
      [second.from, second.to],
    ]);
  });

  test('gives each decoration its own span with the kind class, id and a title', () => {
    const state = stateWith([highlight('h1', 'beta gamma', 'term', { label: 'Glossary' })]);
    expect(attributes(onlyDecorationOf(state, 'h1'))).toMatchObject({
      nodeName: 'span',
      class: 'highlight highlight--term',
      'data-highlight-id': 'h1',
      'data-highlight-kind': 'term',
      title: 'Term: Glossary',
    });
  });

  test('marks every kind with its own class and its own title', () => {
    const kinds: HighlightKind[] = ['highlight', 'direct', 'indirect', 'term', 'figure'];
    const passages = ['Alpha', 'Zeta', 'Mu', 'sigma', 'kappa'];
    const state = stateWith(
      kinds.map((kind, index) => highlight(kind, passages[index] ?? '', kind)),
    );
    const classes = kinds.map((kind) => attributes(onlyDecorationOf(state, kind))['class']);
    const titles = kinds.map((kind) => attributes(onlyDecorationOf(state, kind))['title']);
    expect(classes).toEqual(kinds.map((kind) => `highlight highlight--${kind}`));
    expect(new Set(titles).size).toBe(kinds.length);
  });

  test('gives quotations their speaker colour class, wrapped into eight slots', () => {
    const state = stateWith([
      highlight('direct', 'Alpha', 'direct', { speakerId: 's1', speakerColourIndex: 10 }),
      highlight('indirect', 'Zeta', 'indirect', { speakerId: 's2', speakerColourIndex: 7 }),
    ]);
    expect(attributes(onlyDecorationOf(state, 'direct'))['class']).toBe(
      'highlight highlight--direct speaker-colour-2',
    );
    expect(attributes(onlyDecorationOf(state, 'indirect'))['class']).toContain('speaker-colour-7');
    expect(attributes(onlyDecorationOf(state, 'direct'))['data-speaker-id']).toBe('s1');
  });

  test('derives the same speaker colour from the same speaker id when no slot is given', () => {
    const state = stateWith([
      highlight('a', 'Alpha', 'direct', { speakerId: 'speaker-42' }),
      highlight('b', 'Zeta', 'indirect', { speakerId: 'speaker-42' }),
    ]);
    const colourOf = (id: string) =>
      /speaker-colour-[0-7]/.exec(attributes(onlyDecorationOf(state, id))['class'] ?? '')?.[0];
    expect(colourOf('a')).toBeDefined();
    expect(colourOf('a')).toBe(colourOf('b'));
  });

  test('gives plain highlights and terms no speaker colour', () => {
    const state = stateWith([
      highlight('h', 'Alpha', 'highlight', { speakerColourIndex: 3 }),
      highlight('t', 'Zeta', 'term', { speakerId: 's1' }),
    ]);
    expect(attributes(onlyDecorationOf(state, 'h'))['class']).not.toContain('speaker-colour');
    expect(attributes(onlyDecorationOf(state, 't'))['class']).not.toContain('speaker-colour');
  });

  test('keeps orphaned highlights in state without decorating them', () => {
    const state = stateWith([{ ...highlight('lost', 'Alpha'), orphaned: true }]);
    expect(pluginState(state).highlights.get('lost')?.orphaned).toBe(true);
    expect(decorations(state)).toEqual([]);
  });

  test('replaces everything on a set action', () => {
    const state = act(stateWith([highlight('old', 'Alpha')]), {
      type: 'set',
      highlights: [highlight('new', 'Zeta')],
    });
    expect([...pluginState(state).highlights.keys()]).toEqual(['new']);
    expect([...specsById(state).keys()]).toEqual(['new']);
  });

  test('keeps the same state object through a transaction without meta or document change', () => {
    const state = stateWith([highlight('h1', 'Alpha')]);
    const next = state.apply(state.tr.setMeta('unrelated', true));
    expect(highlightsKey.getState(next)).toBe(highlightsKey.getState(state));
  });
});

describe('incremental changes', () => {
  const existing = [highlight('h1', 'beta gamma'), highlight('h2', 'theta iota', 'direct')];

  test('adding a highlight leaves the other decorations untouched', () => {
    const before = stateWith(existing);
    const after = act(before, { type: 'add', highlight: highlight('h3', 'omicron pi') });
    const specsBefore = specsById(before);
    const specsAfter = specsById(after);
    expect(specsAfter.get('h1')).toBe(specsBefore.get('h1'));
    expect(specsAfter.get('h2')).toBe(specsBefore.get('h2'));
    expect(decorationsOf(after, 'h3')).toHaveLength(1);
  });

  test('removing a highlight removes only its decorations', () => {
    const before = stateWith(existing);
    const after = act(before, { type: 'remove', id: 'h1' });
    expect(decorationsOf(after, 'h1')).toEqual([]);
    expect(pluginState(after).highlights.has('h1')).toBe(false);
    expect(specsById(after).get('h2')).toBe(specsById(before).get('h2'));
  });

  test('updating a highlight replaces only its decorations', () => {
    const before = stateWith(existing);
    const changed = { ...highlight('h1', 'beta gamma delta'), kind: 'indirect' as const };
    const after = act(before, { type: 'update', highlight: changed });
    const decoration = onlyDecorationOf(after, 'h1');
    expect([decoration.from, decoration.to]).toEqual([changed.from, changed.to]);
    expect(attributes(decoration)['class']).toBe('highlight highlight--indirect');
    expect(specsById(after).get('h2')).toBe(specsById(before).get('h2'));
  });

  test('updating a highlight to orphaned keeps it in state and removes its decorations', () => {
    const after = act(stateWith(existing), {
      type: 'update',
      highlight: { ...highlight('h1', 'beta gamma'), orphaned: true },
    });
    expect(pluginState(after).highlights.get('h1')?.orphaned).toBe(true);
    expect(decorationsOf(after, 'h1')).toEqual([]);
  });

  test('removing a highlight that spans two paragraphs removes its whole decoration', () => {
    const spanning = highlight('across', 'epsilon.\n\nZeta eta');
    const before = stateWith([spanning, ...existing]);
    expect(decorationsOf(before, 'across').map(({ from, to }) => [from, to])).toEqual([
      [spanning.from, spanning.to],
    ]);
    const after = act(before, { type: 'remove', id: 'across' });
    expect(decorationsOf(after, 'across')).toEqual([]);
    expect(decorationsOf(after, 'h1')).toHaveLength(1);
  });
});

describe('document changes', () => {
  test('move decorations and highlight positions along with text inserted before them', () => {
    const original = highlight('h1', 'theta iota');
    const state = stateWith([original]);
    const next = state.apply(state.tr.insertText('New words. ', 1));
    expect(decorationsOf(next, 'h1').map(({ from, to }) => [from, to])).toEqual([
      [original.from + 11, original.to + 11],
    ]);
    expect(pluginState(next).highlights.get('h1')).toMatchObject({
      from: original.from + 11,
      to: original.to + 11,
    });
  });

  test('keep a highlight whose text was deleted, marked orphaned and undecorated', () => {
    const gone = highlight('gone', 'theta iota');
    const state = stateWith([gone, highlight('kept', 'Alpha')]);
    const next = state.apply(state.tr.delete(gone.from - 1, gone.to + 1));
    expect(pluginState(next).highlights.get('gone')?.orphaned).toBe(true);
    expect(decorationsOf(next, 'gone')).toEqual([]);
    expect(decorationsOf(next, 'kept')).toHaveLength(1);
  });
});

describe('overlapping highlights', () => {
  const outer = highlight('outer', 'beta gamma delta');
  const inner = highlight('inner', 'gamma delta epsilon', 'direct', { speakerColourIndex: 1 });

  function overlaps(state: EditorState): Decoration[] {
    return decorations(state).filter((decoration) => decoration.spec.overlapOf !== undefined);
  }

  test('render both highlights and mark the shared stretch when added one by one', () => {
    const state = act(stateWith([outer]), { type: 'add', highlight: inner });
    expect(decorationsOf(state, 'outer')).toHaveLength(1);
    expect(decorationsOf(state, 'inner')).toHaveLength(1);
    const [overlap, ...more] = overlaps(state);
    expect(more).toEqual([]);
    expect([overlap?.from, overlap?.to]).toEqual([inner.from, outer.to]);
    expect(attributes(overlap as Decoration)['class']).toBe('highlight-overlap');
  });

  test('mark the shared stretch when loaded together', () => {
    const state = stateWith([inner, outer]);
    expect(overlaps(state).map(({ from, to }) => [from, to])).toEqual([[inner.from, outer.to]]);
  });

  test('mark nothing for highlights that only touch', () => {
    const state = stateWith([highlight('a', 'Alpha beta'), highlight('b', ' gamma')]);
    expect(overlaps(state)).toEqual([]);
  });

  test('drop the overlap mark when one of the pair is removed', () => {
    const state = act(stateWith([outer, inner]), { type: 'remove', id: 'inner' });
    expect(overlaps(state)).toEqual([]);
    expect(decorationsOf(state, 'outer')).toHaveLength(1);
  });

  test('report every highlight under a position, innermost first', () => {
    const nested = highlight('nested', 'gamma');
    const state = stateWith([outer, inner, nested]);
    const inside = textOffsetToPos(doc, text.indexOf('gamma') + 2);
    expect(highlightsAt(state, inside)).toEqual(['nested', 'outer', 'inner']);
    expect(highlightsAt(state, textOffsetToPos(doc, text.indexOf('beta') + 1))).toEqual(['outer']);
    expect(highlightsAt(state, textOffsetToPos(doc, text.indexOf('Zeta') + 1))).toEqual([]);
  });
});

describe('focus', () => {
  const target = highlight('target', 'theta iota');

  function focusDecorations(state: EditorState): Decoration[] {
    return decorations(state).filter((decoration) => decoration.spec.focusOf !== undefined);
  }

  test('flashes the focused highlight with a focus decoration over its range', () => {
    const state = act(stateWith([target]), { type: 'focus', id: 'target' });
    const [flash] = focusDecorations(state);
    expect([flash?.from, flash?.to]).toEqual([target.from, target.to]);
    expect(attributes(flash as Decoration)['class']).toBe('highlight-focus');
    expect(pluginState(state).focusedId).toBe('target');
  });

  test('clears the flash when focus is set to nothing', () => {
    const focused = act(stateWith([target]), { type: 'focus', id: 'target' });
    const cleared = act(focused, { type: 'focus', id: null });
    expect(focusDecorations(cleared)).toEqual([]);
    expect(pluginState(cleared).focusedId).toBeNull();
  });

  test('counts each focus so the same highlight can flash again', () => {
    const once = act(stateWith([target]), { type: 'focus', id: 'target' });
    const twice = act(once, { type: 'focus', id: 'target' });
    expect(pluginState(twice).focusCount).toBe(pluginState(once).focusCount + 1);
    expect(focusDecorations(twice)).toHaveLength(1);
  });

  test('moves the flash from one highlight to another', () => {
    const other = highlight('other', 'Alpha');
    const first = act(stateWith([target, other]), { type: 'focus', id: 'target' });
    const second = act(first, { type: 'focus', id: 'other' });
    expect(focusDecorations(second).map((decoration) => decoration.spec.focusOf)).toEqual([
      'other',
    ]);
  });

  test('clears the flash when the focused highlight is removed', () => {
    const focused = act(stateWith([target]), { type: 'focus', id: 'target' });
    const removed = act(focused, { type: 'remove', id: 'target' });
    expect(focusDecorations(removed)).toEqual([]);
    expect(pluginState(removed).focusedId).toBeNull();
  });
});

describe('commands', () => {
  test('add a new highlight through a transaction', () => {
    const { applies, state } = run(stateWith(), addHighlight(highlight('h1', 'Alpha')));
    expect(applies).toBe(true);
    expect(decorationsOf(state, 'h1')).toHaveLength(1);
  });

  test('refuse to add a highlight whose id is taken, without dispatching', () => {
    const initial = stateWith([highlight('h1', 'Alpha')]);
    const { applies, state } = run(initial, addHighlight(highlight('h1', 'Zeta')));
    expect(applies).toBe(false);
    expect(state).toBe(initial);
  });

  test('refuse to add a highlight whose range does not fit the document', () => {
    const broken = { ...highlight('h1', 'Alpha'), to: doc.content.size + 5 };
    expect(addHighlight(broken)(stateWith())).toBe(false);
    expect(addHighlight({ ...highlight('h2', 'Alpha'), to: 1, from: 1 })(stateWith())).toBe(false);
  });

  test('accept an orphaned highlight whatever its range', () => {
    const lost = { ...highlight('lost', 'Alpha'), from: 0, to: 0, orphaned: true };
    expect(addHighlight(lost)(stateWith())).toBe(true);
  });

  test('only report whether they apply when called without dispatch', () => {
    const state = stateWith([highlight('h1', 'Alpha')]);
    expect(removeHighlight('h1')(state)).toBe(true);
    expect(removeHighlight('missing')(state)).toBe(false);
    expect(updateHighlight(highlight('h1', 'Zeta'))(state)).toBe(true);
    expect(updateHighlight(highlight('missing', 'Zeta'))(state)).toBe(false);
    expect(focusHighlight('h1')(state)).toBe(true);
    expect(focusHighlight('missing')(state)).toBe(false);
    expect(pluginState(state).highlights.get('h1')?.from).toBe(highlight('h1', 'Alpha').from);
  });

  test('refuse to focus an orphaned highlight', () => {
    const state = stateWith([{ ...highlight('lost', 'Alpha'), orphaned: true }]);
    expect(focusHighlight('lost')(state)).toBe(false);
  });

  test('remove, update and focus through transactions', () => {
    let state = stateWith([highlight('h1', 'Alpha'), highlight('h2', 'Zeta')]);
    state = run(state, removeHighlight('h1')).state;
    state = run(state, updateHighlight(highlight('h2', 'Zeta eta', 'term'))).state;
    state = run(state, focusHighlight('h2')).state;
    expect(pluginState(state).focusedId).toBe('h2');
    expect(attributes(onlyDecorationOf(state, 'h2'))['class']).toBe('highlight highlight--term');
  });

  test('do not apply in a state without the plugin', () => {
    const bare = EditorState.create({ doc });
    expect(addHighlight(highlight('h1', 'Alpha'))(bare)).toBe(false);
    expect(highlightsAt(bare, 3)).toEqual([]);
  });
});
