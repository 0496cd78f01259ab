// The keyboard shortcuts list (Help > Keyboard shortcuts, or "?" anywhere outside a field).
import { h } from './dom';

const isMac = navigator.platform.toLowerCase().includes('mac');
const mod = isMac ? '⌘' : 'Ctrl';

const SHORTCUTS: [string, string][] = [
  [`${mod}+K`, 'Search articles'],
  [`${mod}+O`, 'Import files'],
  ['H', 'Highlight the selection'],
  ['Q', 'Mark the selection as a direct quote'],
  ['I', 'Mark the selection as an indirect quote'],
  ['T', 'Mark the selection as a term'],
  [`${mod}+Enter`, 'Save the annotation being edited'],
  ['Escape', 'Close the annotation editor or the search results'],
  [`${mod}+Z`, 'Undo'],
  [`Shift+${mod}+Z`, 'Redo'],
  ['?', 'Show this list'],
];

export function showShortcuts(): void {
  const dialog = h(
    'dialog',
    { className: 'dialog', 'aria-labelledby': 'shortcuts-title' },
    h(
      'form',
      { method: 'dialog', className: 'dialog__form' },
      h('h2', { id: 'shortcuts-title', className: 'dialog__title' }, 'Keyboard shortcuts'),
      h(
        'table',
        { className: 'shortcuts' },
        h(
          'tbody',
          {},
          SHORTCUTS.map(([keys, action]) =>
            h(
              'tr',
              {},
              h(
                'td',
                {},
                keys
                  .split('+')
                  .flatMap((key, index) => [index > 0 ? '+' : null, h('kbd', {}, key)]),
              ),
              h('td', {}, action),
            ),
          ),
        ),
      ),
      h(
        'div',
        { className: 'dialog__actions' },
        h('button', { type: 'submit', className: 'button button--primary' }, 'Close'),
      ),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.appendChild(dialog);
  dialog.showModal();
}
