// The keyboard shortcuts list (Help > Keyboard shortcuts, or "?" anywhere outside a field),
// printed from the keyboard commands registry, so it lists exactly the keys that work.
import { h } from './dom';
import type { KeyboardCommands } from './keyboard-commands';

export function showShortcuts(rows: ReturnType<KeyboardCommands['sheet']>): void {
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
          rows.map(({ keys, label }) =>
            h(
              'tr',
              {},
              h(
                'td',
                {},
                keys.flatMap((key, index) => [index > 0 ? '+' : null, h('kbd', {}, key)]),
              ),
              h('td', {}, label),
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
