// The app's keyboard commands, declared once: the key handler dispatches from this list, the
// shortcut sheet prints it, the reader takes its marking keys from it, and the desktop menu's
// events run its commands by id. A command whose keys a component handles itself (Escape in
// the search results, Mod+Enter in the annotation editor) is listed for the sheet and given
// no runner. It knows no component: runners are handed in by the shell.
import type { HighlightKind } from '../../main/domain/vocabulary';

export type CommandId =
  | 'search'
  | 'import-files'
  | 'mark-highlight'
  | 'mark-direct'
  | 'mark-indirect'
  | 'mark-term'
  | 'mark-figure'
  | 'save-annotation'
  | 'close'
  | 'undo'
  | 'redo'
  | 'show-shortcuts'
  | 'export-memo'
  | 'export-notebook';

/** Where a key applies: anywhere, outside text fields, or inside one component. */
export type KeyScope =
  'anywhere' | 'outside-fields' | 'undoable' | 'reader-selection' | 'component';

export interface Chord {
  /** Ctrl, or ⌘ on macOS. */
  readonly mod?: boolean;
  readonly shift?: boolean;
  /** KeyboardEvent.key, compared without case. */
  readonly key: string;
}

export interface KeyCommand {
  readonly id: CommandId;
  /** What the shortcut sheet says it does. */
  readonly label: string;
  /** Every chord that runs it; the first is the one the sheet shows. None: menu only. */
  readonly chords: readonly Chord[];
  readonly scope: KeyScope;
  /** The highlight kind a marking key gives the reader's selection. */
  readonly mark?: HighlightKind;
}

export const KEY_COMMANDS: readonly KeyCommand[] = [
  { id: 'search', label: 'Search articles', chords: [{ mod: true, key: 'k' }], scope: 'anywhere' },
  {
    id: 'import-files',
    label: 'Import files',
    chords: [{ mod: true, key: 'o' }],
    scope: 'anywhere',
  },
  {
    id: 'mark-highlight',
    label: 'Highlight the selection',
    chords: [{ key: 'h' }],
    scope: 'reader-selection',
    mark: 'highlight',
  },
  {
    id: 'mark-direct',
    label: 'Mark the selection as a direct quote',
    chords: [{ key: 'q' }],
    scope: 'reader-selection',
    mark: 'direct',
  },
  {
    id: 'mark-indirect',
    label: 'Mark the selection as an indirect quote',
    chords: [{ key: 'i' }],
    scope: 'reader-selection',
    mark: 'indirect',
  },
  {
    id: 'mark-term',
    label: 'Mark the selection as a term',
    chords: [{ key: 't' }],
    scope: 'reader-selection',
    mark: 'term',
  },
  {
    id: 'mark-figure',
    label: 'Mark the selection as a figure',
    chords: [{ key: 'f' }],
    scope: 'reader-selection',
    mark: 'figure',
  },
  {
    id: 'save-annotation',
    label: 'Save the annotation being edited',
    chords: [{ mod: true, key: 'Enter' }],
    scope: 'component',
  },
  {
    id: 'close',
    label: 'Close the annotation editor or the search results',
    chords: [{ key: 'Escape' }],
    scope: 'component',
  },
  { id: 'undo', label: 'Undo', chords: [{ mod: true, key: 'z' }], scope: 'undoable' },
  {
    id: 'redo',
    label: 'Redo',
    chords: [
      { mod: true, shift: true, key: 'z' },
      { mod: true, key: 'y' },
    ],
    scope: 'undoable',
  },
  {
    id: 'show-shortcuts',
    label: 'Show this list',
    chords: [{ key: '?' }],
    scope: 'outside-fields',
  },
  { id: 'export-memo', label: 'Export the open memo', chords: [], scope: 'anywhere' },
  {
    id: 'export-notebook',
    label: 'Export annotations, project or memo sources for other tools',
    chords: [],
    scope: 'anywhere',
  },
];

export const isMacPlatform = (platform: string): boolean => platform.toLowerCase().includes('mac');

/** The keys of a chord as the sheet prints them, e.g. ['Shift', 'Ctrl', 'Z']. */
export function chordKeys(chord: Chord, mac: boolean): string[] {
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : chord.key;
  return [...(chord.shift ? ['Shift'] : []), ...(chord.mod ? [mac ? '⌘' : 'Ctrl'] : []), key];
}

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'> & {
  target: EventTarget | null;
};

function matches(chord: Chord, event: KeyEventLike, mac: boolean): boolean {
  const mod = mac ? event.metaKey : event.ctrlKey;
  if (chord.key === '?') return event.key === '?';
  if (Boolean(chord.mod) !== mod || event.altKey) return false;
  if (chord.mod && Boolean(chord.shift) !== event.shiftKey) return false;
  if (!chord.mod && (event.ctrlKey || event.metaKey)) return false;
  return event.key.toLowerCase() === chord.key.toLowerCase();
}

/** The command a key press names, among those of the given scopes. */
export function commandFor(
  event: KeyEventLike,
  mac: boolean,
  scopes: readonly KeyScope[],
): KeyCommand | null {
  return (
    KEY_COMMANDS.find(
      (command) =>
        scopes.includes(command.scope) &&
        command.chords.some((chord) => matches(chord, event, mac)),
    ) ?? null
  );
}

/** Whether a key scope allows a press whose target is this element. */
function allowedAt(scope: KeyScope, target: Element | null): boolean {
  if (scope === 'outside-fields') return !target?.closest('input, textarea, select, dialog');
  if (scope === 'undoable') {
    // Fields and the memo editor keep their own undo; the reader's text is read-only.
    if (!target) return true;
    if (target.closest('input, textarea, select')) return false;
    return !((target as HTMLElement).isContentEditable && !target.closest('.reader__text'));
  }
  return true;
}

export type CommandRunners = Partial<Record<CommandId, () => void>>;

export interface KeyboardCommands {
  /** The document's key handler: runs the command the press names, if it has a runner. */
  handleKey(event: KeyboardEvent): boolean;
  /** Runs a command by id, as the desktop menu does; false when it has no runner. */
  run(id: CommandId): boolean;
  /** The shortcut sheet's rows: the keys shown and what they do. */
  sheet(): { keys: string[]; label: string }[];
}

export function createKeyboardCommands(runners: CommandRunners, mac: boolean): KeyboardCommands {
  return {
    handleKey(event) {
      const command = commandFor(event, mac, ['anywhere', 'outside-fields', 'undoable']);
      const runner = command ? runners[command.id] : undefined;
      if (!command || !runner) return false;
      if (!allowedAt(command.scope, event.target instanceof Element ? event.target : null))
        return false;
      event.preventDefault();
      runner();
      return true;
    },
    run(id) {
      const runner = runners[id];
      runner?.();
      return runner !== undefined;
    },
    sheet: () =>
      KEY_COMMANDS.filter((command) => command.chords.length > 0).map((command) => ({
        keys: chordKeys(command.chords[0]!, mac),
        label: command.label,
      })),
  };
}

/** The kind a plain key marks the reader's selection as, if it is a marking key. */
export function markKindFor(event: KeyEventLike, mac: boolean): HighlightKind | null {
  return commandFor(event, mac, ['reader-selection'])?.mark ?? null;
}

/** The marking key of a kind, as the toolbar's tooltip shows it. */
export function markKeyOf(kind: HighlightKind): string {
  const command = KEY_COMMANDS.find((candidate) => candidate.mark === kind);
  return command?.chords[0]?.key.toUpperCase() ?? '';
}
