// Keeps the article document read-only while the view stays focusable and selectable with
// mouse and keyboard: input is stopped where it starts (typing, deleting, pasting,
// dropping), and any transaction that would still change the document is filtered out.
import { Plugin, PluginKey } from 'prosemirror-state';

export const readOnlyKey = new PluginKey('read-only');

const EDITING_KEYS = new Set(['Backspace', 'Delete', 'Enter', 'Tab']);

export function readOnly(): Plugin {
  return new Plugin({
    key: readOnlyKey,
    filterTransaction: (transaction) => !transaction.docChanged,
    props: {
      handleTextInput: () => true,
      handlePaste: () => true,
      handleDrop: () => true,
      handleKeyDown: (_view, event) =>
        EDITING_KEYS.has(event.key) && !event.ctrlKey && !event.metaKey && event.key !== 'Tab',
      handleDOMEvents: {
        beforeinput: (_view, event) => {
          event.preventDefault();
          return true;
        },
      },
    },
  });
}
