/**
 * Source flags plugin: marks the memo's quotations whose source no longer checks out (the
 * result of "Check sources"), keyed by the quotation's highlight id. The flags change only in
 * `apply`: a `set` meta replaces them, and every document change maps them, so a flag stays on
 * its quotation when the analyst writes above it, moves it or drags it. A quotation node that
 * a change brings in (a move, a drop, a paste) is flagged if its highlight is.
 *
 * Knows nothing of the API or of how a check is made: the caller passes highlight ids and the
 * messages to show. Pure apart from the decorations it hands the view.
 */
import { Plugin, PluginKey, type Command, type Transaction } from 'prosemirror-state';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { memoSchema, quotationAttrsOf } from './schema';

export interface SourceFlag {
  readonly highlightId: number;
  /** What is wrong, shown as the quotation's tooltip. */
  readonly message: string;
}

export interface SourceFlagsState {
  readonly flags: ReadonlyMap<number, string>;
  readonly decorations: DecorationSet;
}

export type SourceFlagsAction = { readonly type: 'set'; readonly flags: readonly SourceFlag[] };

export interface SourceFlagsOptions {
  readonly flags?: readonly SourceFlag[];
}

export const sourceFlagsKey = new PluginKey<SourceFlagsState>('sourceFlags');

const FLAGGED_CLASS = 'memo-quotation--flagged';

function flaggedHighlightAt(
  node: ProseMirrorNode,
  flags: ReadonlyMap<number, string>,
): number | null {
  if (node.type !== memoSchema.nodes['quotation']) return null;
  const { highlightId } = quotationAttrsOf(node);
  return flags.has(highlightId) ? highlightId : null;
}

function decorationFor(pos: number, node: ProseMirrorNode, highlightId: number, message: string) {
  return Decoration.node(
    pos,
    pos + node.nodeSize,
    { class: FLAGGED_CLASS, title: message },
    { highlightId },
  );
}

/** Quotations are top-level blocks, so only the top level is walked. */
function decorationsIn(
  doc: ProseMirrorNode,
  flags: ReadonlyMap<number, string>,
  from = 0,
  to = doc.content.size,
): Decoration[] {
  const found: Decoration[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    const highlightId = flaggedHighlightAt(node, flags);
    if (highlightId !== null)
      found.push(decorationFor(pos, node, highlightId, flags.get(highlightId)!));
    return false;
  });
  return found;
}

/** The ranges of the new document that a transaction's steps wrote. */
function changedRanges(transaction: Transaction): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  transaction.mapping.maps.forEach((map, index) => {
    const rest = transaction.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push({ from: rest.map(newStart, -1), to: rest.map(newEnd, 1) });
    });
  });
  return ranges;
}

function toFlagMap(flags: readonly SourceFlag[]): ReadonlyMap<number, string> {
  const map = new Map<number, string>();
  for (const flag of flags) {
    const known = map.get(flag.highlightId);
    map.set(
      flag.highlightId,
      known && known !== flag.message ? `${known} ${flag.message}` : flag.message,
    );
  }
  return map;
}

export function sourceFlags(options: SourceFlagsOptions = {}): Plugin<SourceFlagsState> {
  return new Plugin<SourceFlagsState>({
    key: sourceFlagsKey,
    state: {
      init: (_config, state) => {
        const flags = toFlagMap(options.flags ?? []);
        return {
          flags,
          decorations: DecorationSet.create(state.doc, decorationsIn(state.doc, flags)),
        };
      },
      apply(transaction, value, _old, state) {
        const action = transaction.getMeta(sourceFlagsKey) as SourceFlagsAction | undefined;
        if (action?.type === 'set') {
          const flags = toFlagMap(action.flags);
          return {
            flags,
            decorations: DecorationSet.create(state.doc, decorationsIn(state.doc, flags)),
          };
        }
        if (!transaction.docChanged || value.flags.size === 0) return value;
        let decorations = value.decorations.map(transaction.mapping, state.doc);
        for (const { from, to } of changedRanges(transaction)) {
          const missing = decorationsIn(state.doc, value.flags, from, to).filter(
            (candidate) =>
              !decorations
                .find(candidate.from, candidate.to)
                .some((known) => known.from === candidate.from && known.to === candidate.to),
          );
          if (missing.length > 0) decorations = decorations.add(state.doc, missing);
        }
        return { flags: value.flags, decorations };
      },
    },
    props: {
      decorations: (state) => sourceFlagsKey.getState(state)?.decorations,
    },
  });
}

/** Replaces the flags; an empty list clears them. */
export function setSourceFlags(flags: readonly SourceFlag[]): Command {
  return (state, dispatch) => {
    if (!sourceFlagsKey.getState(state)) return false;
    dispatch?.(
      state.tr.setMeta(sourceFlagsKey, { type: 'set', flags } satisfies SourceFlagsAction),
    );
    return true;
  };
}
