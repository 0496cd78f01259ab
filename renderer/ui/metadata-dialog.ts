// The "Edit details" dialog for an article's metadata. Every field can be edited; an empty
// field means unknown (stored as null), never an invented value.
import type { Article } from '../../main/ipc/contract';
import type { ArticleMetadata } from '../../main/domain/records';
import { h } from './dom';
import { field, openFormDialog } from './form-dialog';

/** What the dialog returns: every editable field of the article, null where left empty. */
export type MetadataChanges = ArticleMetadata;

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
  const inputs = new Map<keyof MetadataChanges, HTMLInputElement>();
  const fields = FIELDS.map((spec) => {
    const value = article[spec.key] ?? '';
    const input = h('input', {
      id: `meta-${spec.key}`,
      name: spec.key,
      type: spec.type ?? 'text',
      value: spec.key === 'publishedAt' ? String(value).slice(0, 10) : String(value),
      required: spec.key === 'title',
      title: spec.hint,
    });
    inputs.set(spec.key, input);
    return field(spec.label, input);
  });
  const read = (key: keyof MetadataChanges) => {
    const value = inputs.get(key)?.value.trim() ?? '';
    return value.length > 0 ? value : null;
  };
  return openFormDialog({
    id: 'meta',
    title: 'Article details',
    fields,
    submitLabel: 'Save',
    read: () => ({
      title: read('title') ?? article.title,
      author: read('author'),
      publisher: read('publisher'),
      dateline: read('dateline'),
      publishedAt: read('publishedAt'),
      language: read('language'),
      sourceUrl: read('sourceUrl'),
    }),
  });
}
