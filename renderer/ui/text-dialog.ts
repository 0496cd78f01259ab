// "Correct text…": the analyst fixes a typo or restores a missing sentence in an article's
// text. Annotations are re-anchored by the notebook after saving; nothing is dropped.
import type { Article } from '../../main/ipc/contract';
import { h } from './dom';
import { field, openFormDialog } from './form-dialog';

export function correctText(article: Article): Promise<string | null> {
  const area = h('textarea', {
    id: 'correct-text',
    className: 'dialog__textarea',
    rows: 18,
    spellcheck: 'true',
  });
  area.value = article.text;
  return openFormDialog({
    id: 'correct',
    title: 'Correct the text',
    lead: 'Paragraphs are separated by a blank line. Your highlights and quotations follow the text; any that cannot be placed are listed for you to re-place.',
    fields: [field('Article text', area)],
    submitLabel: 'Save text',
    wide: true,
    read: () => (area.value.trim() !== article.text ? area.value : null),
  });
}
