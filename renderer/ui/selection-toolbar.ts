// The toolbar that floats over a selection in the reader: one button per highlight kind, each
// naming its marking key. It shows while the text has focus and a selection, above the
// selection's middle, kept inside the text's box. It knows the view's geometry, not what
// marking does: a button calls `onMark` with its kind.
import type { EditorView } from 'prosemirror-view';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../../main/domain/vocabulary';
import { KIND_LABELS } from './annotation-editor';
import { h } from './dom';
import { markKeyOf } from './keyboard-commands';

const BUTTON_NAMES: Readonly<Record<HighlightKind, string>> = {
  highlight: 'Highlight',
  direct: 'Quote',
  indirect: 'Indirect',
  term: 'Term',
  figure: 'Figure',
};

export interface SelectionToolbar {
  readonly element: HTMLElement;
  /** Shows or hides the toolbar for the view's current selection and focus. */
  place(view: EditorView, host: HTMLElement): void;
}

export function createSelectionToolbar(onMark: (kind: HighlightKind) => void): SelectionToolbar {
  const element = h(
    'div',
    {
      className: 'selection-toolbar',
      role: 'toolbar',
      'aria-label': 'Mark the selection',
      hidden: true,
    },
    HIGHLIGHT_KINDS.map((kind) => {
      const key = markKeyOf(kind);
      return h(
        'button',
        {
          type: 'button',
          className: `selection-toolbar__button selection-toolbar__button--${kind}`,
          title: `${KIND_LABELS[kind]} (${key})`,
          'aria-keyshortcuts': key,
          // The selection must survive the click, so the button never takes focus.
          onmousedown: (event: Event) => event.preventDefault(),
          onclick: () => onMark(kind),
        },
        BUTTON_NAMES[kind],
      );
    }),
  );

  function place(view: EditorView, host: HTMLElement): void {
    const { from, to, empty } = view.state.selection;
    if (empty || !view.hasFocus()) {
      element.hidden = true;
      return;
    }
    const start = view.coordsAtPos(from);
    const end = view.coordsAtPos(to);
    const box = host.getBoundingClientRect();
    element.hidden = false;
    const top = Math.min(start.top, end.top) - box.top - element.offsetHeight - 8;
    const left = Math.max(
      0,
      Math.min(
        (start.left + end.left) / 2 - box.left - element.offsetWidth / 2,
        box.width - element.offsetWidth,
      ),
    );
    element.style.top = `${Math.max(top, -element.offsetHeight)}px`;
    element.style.left = `${left}px`;
  }

  return { element, place };
}
