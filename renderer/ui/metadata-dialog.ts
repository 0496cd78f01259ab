// The "Edit details" dialog for an article's metadata. Every field can be edited; an empty
// field means unknown (stored as null), never an invented value.
import type { Article } from '../../main/ipc/contract';
import type { MetadataSource } from '../../main/domain/records';
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

/** Where a field's value came from, in the analyst's words ("from the page's structured data"). */
export const SOURCE_LABELS: Record<MetadataSource, string> = {
  'structured-data': "from the page's structured data",
  meta: "from the page's meta tags",
  microdata: "from the page's microdata",
  markup: "from the page's markup",
  byline: 'from the byline',
  dateline: 'from the dateline',
  text: 'from the article text',
  heading: "from the article's headline",
  'title-tag': "from the page's title",
  'front-matter': 'from the front matter',
  document: "from the document's properties",
  'file-name': 'from the file name',
  guess: 'guessed from the text',
  edited: 'as you entered it',
};

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
    const source = article.metadataSources?.[spec.key];
    const label = field(spec.label, input);
    if (source && article[spec.key]) {
      label.append(
        h(
          'span',
          { className: 'field__source', id: `meta-${spec.key}-source` },
          SOURCE_LABELS[source],
        ),
      );
    }
    return label;
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
      // The date input shows the day only; an unchanged day keeps the stated time and zone.
      publishedAt:
        read('publishedAt') === (article.publishedAt?.slice(0, 10) ?? null)
          ? article.publishedAt
          : read('publishedAt'),
      language: read('language'),
      sourceUrl: read('sourceUrl'),
    }),
  });
}
