// The memo's quotation tools: move the selected quotation up or down, or write its analyst's
// note. Each button is enabled by running its command without a dispatch on the editor's
// current state, so a button is live exactly when its command would apply. It knows the
// commands of renderer/memo/commands.ts and nothing of saving or the API.
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import {
  moveSelectedQuotation,
  selectedQuotationNote,
  setSelectedQuotationNote,
} from '../memo/commands';
import { h } from './dom';
import { field, openFormDialog } from './form-dialog';

export interface QuotationToolbarEditor {
  readonly state: EditorState;
  dispatch(transaction: Transaction): void;
  focus(): void;
}

export interface QuotationToolbar {
  readonly element: HTMLElement;
  /** Re-asks every command whether it applies; call after each state change. */
  update(state: EditorState): void;
}

/** Asks for the note; resolves null on cancel. */
export type NotePrompt = (note: string) => Promise<string | null>;

export function promptForNote(note: string): Promise<string | null> {
  const input = h('textarea', { id: 'quotation-note', rows: 3 });
  input.value = note;
  return openFormDialog({
    id: 'quotation-note-dialog',
    title: 'Note on the quotation',
    lead: 'Your note appears under the quotation in the memo and its exports.',
    fields: [field('Note', input)],
    submitLabel: 'Save note',
    read: () => input.value.trim(),
  });
}

export function createQuotationToolbar(
  editor: QuotationToolbarEditor,
  prompt: NotePrompt = promptForNote,
): QuotationToolbar {
  const buttons: { button: HTMLButtonElement; applies: Command }[] = [];

  const button = (label: string, title: string, applies: Command, run: () => void) => {
    const element = h(
      'button',
      {
        type: 'button',
        className: 'button button--small',
        title,
        disabled: true,
        // Keeps the quotation selected: a click must not move focus out of the editor first.
        onmousedown: (event: Event) => event.preventDefault(),
        onclick: run,
      },
      label,
    );
    buttons.push({ button: element, applies });
    return element;
  };

  const runInEditor = (command: Command) => {
    command(editor.state, (transaction) => editor.dispatch(transaction));
    editor.focus();
  };

  async function editNote(): Promise<void> {
    const current = selectedQuotationNote(editor.state);
    if (current === null) return;
    const note = await prompt(current);
    if (note !== null && note !== current) runInEditor(setSelectedQuotationNote(note));
    else editor.focus();
  }

  const element = h(
    'div',
    { className: 'memo__quotation-tools', role: 'group', 'aria-label': 'Selected quotation' },
    h('span', {}, 'Selected quotation:'),
    button('Move up', 'Move the selected quotation up', moveSelectedQuotation('up'), () =>
      runInEditor(moveSelectedQuotation('up')),
    ),
    button('Move down', 'Move the selected quotation down', moveSelectedQuotation('down'), () =>
      runInEditor(moveSelectedQuotation('down')),
    ),
    button(
      'Note…',
      'Write a note under the selected quotation',
      setSelectedQuotationNote(''),
      () => void editNote(),
    ),
  );

  function update(state: EditorState): void {
    for (const { button: control, applies } of buttons) control.disabled = !applies(state);
  }

  update(editor.state);
  return { element, update };
}
