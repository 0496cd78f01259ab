// "Correct text…": the analyst fixes a typo or restores a missing sentence in an article's
// text. Annotations are re-anchored by the notebook after saving; nothing is dropped.
import type { Article } from '../../main/ipc/contract';
import { h } from './dom';

export function correctText(article: Article): Promise<string | null> {
  return new Promise((resolve) => {
    const area = h('textarea', {
      id: 'correct-text',
      className: 'dialog__textarea',
      rows: 18,
      spellcheck: 'true',
    });
    area.value = article.text;
    const form = h(
      'form',
      { method: 'dialog', className: 'dialog__form' },
      h('h2', { className: 'dialog__title', id: 'correct-title' }, 'Correct the text'),
      h(
        'p',
        { className: 'dialog__lead' },
        'Paragraphs are separated by a blank line. Your highlights and quotations follow the text; any that cannot be placed are listed for you to re-place.',
      ),
      h(
        'label',
        { className: 'field', for: 'correct-text' },
        h('span', { className: 'field__label' }, 'Article text'),
        area,
      ),
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
          { type: 'submit', className: 'button button--primary', value: 'save' },
          'Save text',
        ),
      ),
    );
    const dialog = h(
      'dialog',
      { className: 'dialog dialog--wide', 'aria-labelledby': 'correct-title' },
      form,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      dialog.close('save');
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(
        dialog.returnValue === 'save' && area.value.trim() !== article.text ? area.value : null,
      );
    });
    document.body.appendChild(dialog);
    dialog.showModal();
  });
}
