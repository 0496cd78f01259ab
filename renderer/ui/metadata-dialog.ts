// The "Edit details" dialog for an article's metadata. Every field can be edited; an empty
// field means unknown (stored as null), never an invented value.
import type { Article } from '../../main/ipc/contract';
import { h } from './dom';

export interface MetadataChanges {
  title: string;
  author: string | null;
  publisher: string | null;
  dateline: string | null;
  publishedAt: string | null;
  language: string | null;
  sourceUrl: string | null;
}

const FIELDS: { key: keyof MetadataChanges; label: string; type?: string; hint?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'author', label: 'Author' },
  { key: 'publisher', label: 'Publisher' },
  {
    key: 'dateline',
    label: 'Dateline',
    hint: 'The place the story was filed from, e.g. a capital city',
  },
  { key: 'publishedAt', label: 'Published', type: 'date' },
  { key: 'language', label: 'Language', hint: 'e.g. en' },
  { key: 'sourceUrl', label: 'Source address', type: 'url' },
];

export function editMetadata(article: Article): Promise<MetadataChanges | null> {
  return new Promise((resolve) => {
    const inputs = new Map<keyof MetadataChanges, HTMLInputElement>();
    const form = h(
      'form',
      { method: 'dialog', className: 'dialog__form' },
      h('h2', { className: 'dialog__title' }, 'Article details'),
      FIELDS.map((field) => {
        const value = article[field.key] ?? '';
        const input = h('input', {
          id: `meta-${field.key}`,
          name: field.key,
          type: field.type ?? 'text',
          value: field.key === 'publishedAt' ? String(value).slice(0, 10) : String(value),
          required: field.key === 'title',
          title: field.hint,
        });
        inputs.set(field.key, input);
        return h(
          'label',
          { className: 'field', for: `meta-${field.key}` },
          h('span', { className: 'field__label' }, field.label),
          input,
        );
      }),
      h(
        'div',
        { className: 'dialog__actions' },
        h(
          'button',
          {
            type: 'button',
            className: 'button',
            value: 'cancel',
            onclick: () => dialog.close('cancel'),
          },
          'Cancel',
        ),
        h('button', { type: 'submit', className: 'button button--primary', value: 'save' }, 'Save'),
      ),
    );
    const dialog = h('dialog', { className: 'dialog', 'aria-labelledby': 'meta-title' }, form);
    form.querySelector('h2')?.setAttribute('id', 'meta-title');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!form.reportValidity()) return;
      dialog.close('save');
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (dialog.returnValue !== 'save') {
        resolve(null);
        return;
      }
      const read = (key: keyof MetadataChanges) => {
        const value = inputs.get(key)?.value.trim() ?? '';
        return value.length > 0 ? value : null;
      };
      resolve({
        title: read('title') ?? article.title,
        author: read('author'),
        publisher: read('publisher'),
        dateline: read('dateline'),
        publishedAt: read('publishedAt'),
        language: read('language'),
        sourceUrl: read('sourceUrl'),
      });
    });
    document.body.appendChild(dialog);
    dialog.showModal();
  });
}
