// A modal form: title, optional lead, fields, Cancel and a submit button. It resolves with
// what `read` makes of the fields when submitted, or null when cancelled (Escape included),
// and removes itself either way. Every dialog of the app is one of these.
import { h } from './dom';

export interface FormDialogOptions<T> {
  id: string;
  title: string;
  lead?: string;
  fields: (Node | null)[];
  submitLabel: string;
  wide?: boolean;
  /** Reads the result when submitted; may return null to mean "nothing to do". */
  read: () => T | null;
}

export function openFormDialog<T>(options: FormDialogOptions<T>): Promise<T | null> {
  return new Promise((resolve) => {
    const titleId = `${options.id}-title`;
    const form = h(
      'form',
      { method: 'dialog', className: 'dialog__form' },
      h('h2', { className: 'dialog__title', id: titleId }, options.title),
      options.lead ? h('p', { className: 'dialog__lead' }, options.lead) : null,
      options.fields,
      h(
        'div',
        { className: 'dialog__actions' },
        h(
          'button',
          { type: 'button', className: 'button', onclick: () => dialog.close('cancel') },
          'Cancel',
        ),
        h(
          'button',
          { type: 'submit', className: 'button button--primary', value: 'submit' },
          options.submitLabel,
        ),
      ),
    );
    const dialog = h(
      'dialog',
      { className: `dialog${options.wide ? ' dialog--wide' : ''}`, 'aria-labelledby': titleId },
      form,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (form.reportValidity()) dialog.close('submit');
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'submit' ? options.read() : null);
    });
    document.body.appendChild(dialog);
    dialog.showModal();
  });
}

/** A labelled field: the label names the control for screen readers and tests. */
export function field(label: string, control: HTMLElement & { id: string }): HTMLElement {
  return h(
    'label',
    { className: 'field', for: control.id },
    h('span', { className: 'field__label' }, label),
    control,
  );
}
