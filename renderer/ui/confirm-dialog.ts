// An in-app confirmation, instead of window.confirm: a modal with a title, what the choice
// does (text or any content, such as a list of what will change), Cancel and a confirm button
// named for the action. Resolves true only when the action is chosen; Escape and Cancel
// resolve false. Cancel has the focus, so Enter pressed without reading never confirms a
// destructive choice.
import { h } from './dom';

export interface ConfirmOptions {
  readonly title: string;
  /** A sentence, or content (a list of what will change) under the title. */
  readonly body?: string | Node | readonly Node[] | undefined;
  readonly confirmLabel: string;
  readonly cancelLabel?: string | undefined;
  /** Marks the confirm button as destructive (deleting, removing). */
  readonly danger?: boolean | undefined;
  readonly wide?: boolean | undefined;
}

let opened = 0;

export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    opened += 1;
    const titleId = `confirm-dialog-title-${opened}`;
    const body =
      options.body === undefined
        ? null
        : typeof options.body === 'string'
          ? h('p', { className: 'dialog__lead' }, options.body)
          : h('div', { className: 'confirm-dialog__body' }, options.body as Node);
    const cancel = h(
      'button',
      { type: 'button', className: 'button', onclick: () => dialog.close('cancel') },
      options.cancelLabel ?? 'Cancel',
    );
    const confirm = h(
      'button',
      {
        type: 'button',
        className: `button ${options.danger ? 'button--danger' : 'button--primary'}`,
        onclick: () => dialog.close('confirm'),
      },
      options.confirmLabel,
    );
    const dialog = h(
      'dialog',
      {
        className: `dialog confirm-dialog${options.wide ? ' dialog--wide' : ''}`,
        'aria-labelledby': titleId,
        role: 'alertdialog',
      },
      h(
        'div',
        { className: 'dialog__form' },
        h('h2', { className: 'dialog__title', id: titleId }, options.title),
        body,
        h('div', { className: 'dialog__actions' }, cancel, confirm),
      ),
    );
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'confirm');
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
