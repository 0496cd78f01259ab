/**
 * Highlights plugin: holds the highlights the reader shows and the decorations that draw
 * them, and changes both only in `apply`, from transaction meta actions or by mapping
 * through document changes. Adding, removing or updating one highlight touches only that
 * highlight's decorations; the set is never rebuilt except on the initial `set`.
 *
 * Works in document positions. Knows nothing of text offsets, selectors, storage or
 * speakers beyond an id and a colour slot: callers convert with text-positions.ts and
 * decide what is orphaned when they load. The pure parts run in Node; only the plugin view
 * (flash timer, scrolling) touches the DOM.
 */
import { Plugin, PluginKey, type Command, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { Mapping } from 'prosemirror-transform';
import type { HighlightKind } from '../../main/domain/vocabulary';

export type { HighlightKind };

/** Speaker colours come in this many slots: `speaker-colour-0` … `speaker-colour-7`. */
export const SPEAKER_COLOUR_COUNT = 8;

export interface ReaderHighlight {
  readonly id: string;
  /** Document positions, from < to, inside the document's content. */
  readonly from: number;
  readonly to: number;
  readonly kind: HighlightKind;
  readonly speakerId?: string | null;
  /** Colour slot of the speaker; taken modulo 8. Without one, a slot is derived from speakerId. */
  readonly speakerColourIndex?: number | null;
  /** A highlight that could not be placed: kept in state for lists, never decorated. */
  readonly orphaned?: boolean;
  /** Extra words for the tooltip, such as the speaker's name. */
  readonly label?: string | null;
}

export interface HighlightsState {
  readonly highlights: ReadonlyMap<string, ReaderHighlight>;
  readonly decorations: DecorationSet;
  /** The highlight being flashed, if any. */
  readonly focusedId: string | null;
  /** Counts focus actions, so the view can restart the flash when the same id is focused again. */
  readonly focusCount: number;
}

export type HighlightsAction =
  | { readonly type: 'set'; readonly highlights: readonly ReaderHighlight[] }
  | { readonly type: 'add'; readonly highlight: ReaderHighlight }
  | { readonly type: 'remove'; readonly id: string }
  | { readonly type: 'update'; readonly highlight: ReaderHighlight }
  | { readonly type: 'focus'; readonly id: string | null };

export interface HighlightsOptions {
  /** Highlights to show when the state is created. */
  readonly highlights?: readonly ReaderHighlight[];
  /** How long a focused highlight flashes before the plugin clears the focus. */
  readonly flashMilliseconds?: number;
  /** Tooltip text; the default names the kind and adds the label. */
  readonly describe?: (highlight: ReaderHighlight) => string;
}

export const highlightsKey = new PluginKey<HighlightsState>('highlights');

/* What each decoration is for, so one highlight's decorations can be found among all. */
type DecorationRole =
  | { readonly highlightId: string }
  | { readonly overlapOf: readonly [string, string] }
  | { readonly focusOf: string };

const KIND_TITLES: Readonly<Record<HighlightKind, string>> = {
  highlight: 'Highlight',
  direct: 'Direct quotation',
  indirect: 'Indirect quotation',
  term: 'Term',
  figure: 'Figure',
};

const DEFAULT_FLASH_MILLISECONDS = 1200;

export function highlights(options: HighlightsOptions = {}): Plugin<HighlightsState> {
  const describe = options.describe ?? describeHighlight;
  const flashMilliseconds = options.flashMilliseconds ?? DEFAULT_FLASH_MILLISECONDS;
  return new Plugin<HighlightsState>({
    key: highlightsKey,
    state: {
      init: (_config, state) => setAll(state.doc, options.highlights ?? [], describe, 0),
      apply: (tr, value) => {
        const mapped = tr.docChanged ? mapThrough(value, tr.mapping, tr.doc) : value;
        const action = tr.getMeta(highlightsKey) as HighlightsAction | undefined;
        return action ? reduce(mapped, action, tr.doc, describe) : mapped;
      },
    },
    props: {
      decorations: (state) => highlightsKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
    view: (view) => flashView(view, flashMilliseconds),
  });
}

/** Applies only if the id is new and the range fits the document (or the highlight is orphaned). */
export function addHighlight(highlight: ReaderHighlight): Command {
  return (state, dispatch) => {
    const current = highlightsKey.getState(state);
    if (!current || current.highlights.has(highlight.id)) return false;
    if (!highlight.orphaned && !fits(highlight, state.doc)) return false;
    dispatch?.(withAction(state, { type: 'add', highlight }));
    return true;
  };
}

export function removeHighlight(id: string): Command {
  return (state, dispatch) => {
    if (!highlightsKey.getState(state)?.highlights.has(id)) return false;
    dispatch?.(withAction(state, { type: 'remove', id }));
    return true;
  };
}

export function updateHighlight(highlight: ReaderHighlight): Command {
  return (state, dispatch) => {
    if (!highlightsKey.getState(state)?.highlights.has(highlight.id)) return false;
    if (!highlight.orphaned && !fits(highlight, state.doc)) return false;
    dispatch?.(withAction(state, { type: 'update', highlight }));
    return true;
  };
}

/** Flashes a placed highlight; `null` clears the flash. */
export function focusHighlight(id: string | null): Command {
  return (state, dispatch) => {
    const current = highlightsKey.getState(state);
    if (!current) return false;
    if (id !== null) {
      const highlight = current.highlights.get(id);
      if (!highlight || !isPlaced(highlight, state.doc)) return false;
    }
    dispatch?.(withAction(state, { type: 'focus', id }));
    return true;
  };
}

/**
 * Ids of the placed highlights whose range contains `pos`, edges included, innermost
 * (shortest) first, for resolving a click.
 */
export function highlightsAt(state: EditorState, pos: number): string[] {
  const current = highlightsKey.getState(state);
  if (!current) return [];
  const found = current.decorations.find(pos, pos, (spec: DecorationRole) => 'highlightId' in spec);
  const ids = new Set(
    found.map((decoration) => (decoration.spec as { highlightId: string }).highlightId),
  );
  return [...ids]
    .map((id) => current.highlights.get(id))
    .filter((highlight): highlight is ReaderHighlight => highlight !== undefined)
    .sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from)
    .map((highlight) => highlight.id);
}

/** The classes a highlight's decoration carries; exported so lists and legends can match it. */
export function highlightClasses(highlight: ReaderHighlight): string {
  const classes = ['highlight', `highlight--${highlight.kind}`];
  const colour = speakerColour(highlight);
  if (colour !== null) classes.push(`speaker-colour-${colour}`);
  return classes.join(' ');
}

export function describeHighlight(highlight: ReaderHighlight): string {
  const title = KIND_TITLES[highlight.kind];
  return highlight.label ? `${title}: ${highlight.label}` : title;
}

function withAction(state: EditorState, action: HighlightsAction) {
  return state.tr.setMeta(highlightsKey, action);
}

function reduce(
  value: HighlightsState,
  action: HighlightsAction,
  doc: ProseMirrorNode,
  describe: (highlight: ReaderHighlight) => string,
): HighlightsState {
  switch (action.type) {
    case 'set':
      return setAll(doc, action.highlights, describe, value.focusCount);
    case 'add':
    case 'update':
      return replaceOne(value, action.highlight, doc, describe);
    case 'remove':
      return removeOne(value, action.id);
    case 'focus':
      return focus(value, action.id, doc);
  }
}

function setAll(
  doc: ProseMirrorNode,
  list: readonly ReaderHighlight[],
  describe: (highlight: ReaderHighlight) => string,
  focusCount: number,
): HighlightsState {
  const highlightsById = new Map(list.map((highlight) => [highlight.id, highlight]));
  const placed = [...highlightsById.values()]
    .filter((highlight) => isPlaced(highlight, doc))
    .sort((a, b) => a.from - b.from);
  const decorations: Decoration[] = [];
  /* A sweep over the highlights in start order finds every overlapping pair once. */
  let open: ReaderHighlight[] = [];
  for (const highlight of placed) {
    open = open.filter((earlier) => earlier.to > highlight.from);
    for (const earlier of open) decorations.push(overlapDecoration(earlier, highlight));
    open.push(highlight);
    decorations.push(highlightDecoration(highlight, describe));
  }
  return {
    highlights: highlightsById,
    decorations: DecorationSet.create(doc, decorations),
    focusedId: null,
    focusCount,
  };
}

function replaceOne(
  value: HighlightsState,
  highlight: ReaderHighlight,
  doc: ProseMirrorNode,
  describe: (highlight: ReaderHighlight) => string,
): HighlightsState {
  const previous = value.highlights.get(highlight.id);
  let decorations = previous
    ? withoutDecorationsOf(value.decorations, previous)
    : value.decorations;
  const highlightsById = new Map(value.highlights);
  highlightsById.set(highlight.id, highlight);
  let focusedId = value.focusedId;
  if (isPlaced(highlight, doc)) {
    const added = [highlightDecoration(highlight, describe)];
    for (const other of overlapping(decorations, highlightsById, highlight)) {
      added.push(overlapDecoration(other, highlight));
    }
    if (focusedId === highlight.id) added.push(focusDecoration(highlight));
    decorations = decorations.add(doc, added);
  } else if (focusedId === highlight.id) {
    focusedId = null;
  }
  return { ...value, highlights: highlightsById, decorations, focusedId };
}

function removeOne(value: HighlightsState, id: string): HighlightsState {
  const previous = value.highlights.get(id);
  if (!previous) return value;
  const highlightsById = new Map(value.highlights);
  highlightsById.delete(id);
  return {
    ...value,
    highlights: highlightsById,
    decorations: withoutDecorationsOf(value.decorations, previous),
    focusedId: value.focusedId === id ? null : value.focusedId,
  };
}

function focus(value: HighlightsState, id: string | null, doc: ProseMirrorNode): HighlightsState {
  const highlight = id === null ? undefined : value.highlights.get(id);
  if (id !== null && (!highlight || !isPlaced(highlight, doc))) return value;
  if (id === null && value.focusedId === null) return value;
  const previous = value.focusedId === null ? undefined : value.highlights.get(value.focusedId);
  let decorations = value.decorations;
  if (previous) {
    const stale = decorations.find(
      previous.from,
      previous.to,
      (spec: DecorationRole) => 'focusOf' in spec,
    );
    decorations = decorations.remove(stale);
  }
  if (highlight) decorations = decorations.add(doc, [focusDecoration(highlight)]);
  return {
    ...value,
    decorations,
    focusedId: highlight ? highlight.id : null,
    focusCount: highlight ? value.focusCount + 1 : value.focusCount,
  };
}

/*
 * Highlight ranges are mapped the way their inline decorations are (start sticks right,
 * end sticks left), so both stay in step. A highlight whose whole text was deleted has no
 * place left: it is kept and marked orphaned, never dropped.
 */
function mapThrough(
  value: HighlightsState,
  mapping: Mapping,
  doc: ProseMirrorNode,
): HighlightsState {
  const highlightsById = new Map<string, ReaderHighlight>();
  for (const highlight of value.highlights.values()) {
    if (highlight.orphaned) {
      highlightsById.set(highlight.id, highlight);
      continue;
    }
    const from = mapping.map(highlight.from, 1);
    const to = Math.max(from, mapping.map(highlight.to, -1));
    const orphaned = from >= to;
    highlightsById.set(
      highlight.id,
      orphaned ? { ...highlight, from, to, orphaned } : { ...highlight, from, to },
    );
  }
  const decorations = value.decorations.map(mapping, doc);
  const focused = value.focusedId === null ? undefined : highlightsById.get(value.focusedId);
  const focusedId = focused && !focused.orphaned ? focused.id : null;
  return { ...value, highlights: highlightsById, decorations, focusedId };
}

function withoutDecorationsOf(
  decorations: DecorationSet,
  highlight: ReaderHighlight,
): DecorationSet {
  if (highlight.orphaned) return decorations;
  const { id } = highlight;
  const own = decorations.find(
    highlight.from,
    highlight.to,
    (spec: DecorationRole) =>
      ('highlightId' in spec && spec.highlightId === id) ||
      ('overlapOf' in spec && spec.overlapOf.includes(id)) ||
      ('focusOf' in spec && spec.focusOf === id),
  );
  return decorations.remove(own);
}

/* Placed highlights sharing at least one character with `highlight`, found through the set's tree. */
function overlapping(
  decorations: DecorationSet,
  highlightsById: ReadonlyMap<string, ReaderHighlight>,
  highlight: ReaderHighlight,
): ReaderHighlight[] {
  const ids = new Set<string>();
  const found = decorations.find(
    highlight.from,
    highlight.to,
    (spec: DecorationRole) => 'highlightId' in spec,
  );
  for (const decoration of found) ids.add((decoration.spec as { highlightId: string }).highlightId);
  ids.delete(highlight.id);
  return [...ids]
    .map((id) => highlightsById.get(id))
    .filter(
      (other): other is ReaderHighlight =>
        other !== undefined && other.from < highlight.to && highlight.from < other.to,
    );
}

/*
 * `nodeName` gives every highlight its own span: without it ProseMirror merges the
 * attributes of overlapping decorations into one element and one highlight's id is lost.
 */
function highlightDecoration(
  highlight: ReaderHighlight,
  describe: (highlight: ReaderHighlight) => string,
): Decoration {
  const attributes: Record<string, string> = {
    nodeName: 'span',
    class: highlightClasses(highlight),
    title: describe(highlight),
    'data-highlight-id': highlight.id,
    'data-highlight-kind': highlight.kind,
  };
  if (highlight.speakerId) attributes['data-speaker-id'] = highlight.speakerId;
  const role: DecorationRole = { highlightId: highlight.id };
  return Decoration.inline(highlight.from, highlight.to, attributes, role);
}

/* Only a class, so it joins a span that is already there instead of nesting another. */
function overlapDecoration(first: ReaderHighlight, second: ReaderHighlight): Decoration {
  const role: DecorationRole = { overlapOf: [first.id, second.id] };
  return Decoration.inline(
    Math.max(first.from, second.from),
    Math.min(first.to, second.to),
    { class: 'highlight-overlap' },
    role,
  );
}

function focusDecoration(highlight: ReaderHighlight): Decoration {
  const role: DecorationRole = { focusOf: highlight.id };
  return Decoration.inline(highlight.from, highlight.to, { class: 'highlight-focus' }, role);
}

function speakerColour(highlight: ReaderHighlight): number | null {
  if (highlight.kind !== 'direct' && highlight.kind !== 'indirect') return null;
  const slot = highlight.speakerColourIndex;
  if (typeof slot === 'number' && Number.isInteger(slot)) {
    return ((slot % SPEAKER_COLOUR_COUNT) + SPEAKER_COLOUR_COUNT) % SPEAKER_COLOUR_COUNT;
  }
  if (!highlight.speakerId) return null;
  /* A stable slot per speaker, so a speaker keeps a colour when none was assigned. */
  let hash = 0;
  for (let index = 0; index < highlight.speakerId.length; index += 1) {
    hash = (Math.imul(hash, 31) + highlight.speakerId.charCodeAt(index)) >>> 0;
  }
  return hash % SPEAKER_COLOUR_COUNT;
}

function fits(highlight: ReaderHighlight, doc: ProseMirrorNode): boolean {
  return (
    Number.isInteger(highlight.from) &&
    Number.isInteger(highlight.to) &&
    highlight.from >= 0 &&
    highlight.from < highlight.to &&
    highlight.to <= doc.content.size
  );
}

function isPlaced(highlight: ReaderHighlight, doc: ProseMirrorNode): boolean {
  return !highlight.orphaned && fits(highlight, doc);
}

/*
 * The flash is state like any other: the view only schedules the transaction that ends it,
 * and brings the flashed highlight into sight.
 */
function flashView(view: EditorView, flashMilliseconds: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shownCount = highlightsKey.getState(view.state)?.focusCount ?? 0;
  return {
    update(current: EditorView) {
      const value = highlightsKey.getState(current.state);
      if (!value || value.focusCount === shownCount) return;
      shownCount = value.focusCount;
      clearTimeout(timer);
      const id = value.focusedId;
      if (id === null) return;
      scrollIntoSight(current, id);
      timer = setTimeout(() => {
        const latest = highlightsKey.getState(current.state);
        if (latest?.focusCount === shownCount && latest.focusedId === id) {
          current.dispatch(withAction(current.state, { type: 'focus', id: null }));
        }
      }, flashMilliseconds);
    },
    destroy() {
      clearTimeout(timer);
    },
  };
}

/*
 * Compared as data rather than a selector, so no id needs escaping. Centred, not just brought
 * into view: a passage jumped to from another view must not sit at the screen's edge.
 */
function scrollIntoSight(view: EditorView, id: string): void {
  const elements = view.dom.querySelectorAll<HTMLElement>('[data-highlight-id]');
  const element = [...elements].find((candidate) => candidate.dataset['highlightId'] === id);
  element?.scrollIntoView({ block: 'center' });
}
