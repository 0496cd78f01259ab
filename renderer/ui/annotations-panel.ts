// The Annotations panel of an open article: its annotations in reading order, filtered by
// kind, speaker and tag, the one being edited opened in place, and those the text no longer
// holds under "Could not be placed" with Re-place and Delete. It renders what it is given and
// reports the analyst's choices; storing them and drawing the text are the reader's.
import type { Highlight } from '../../main/ipc/contract';
import { HIGHLIGHT_KINDS } from '../../main/domain/vocabulary';
import { KIND_LABELS } from './annotation-editor';
import { clear, h } from './dom';

export interface AnnotationFilters {
  readonly kind: string;
  readonly speaker: string;
  readonly tag: string;
}

export const NO_FILTERS: AnnotationFilters = { kind: '', speaker: '', tag: '' };

export interface AnnotationsPanelHandlers {
  open(id: number): void;
  /** Shows an annotation's passage in the text. */
  reveal(id: number): void;
  replaceAtSelection(id: number): void;
  remove(id: number): void;
  /** The editor card of the annotation being edited. */
  editor(highlight: Highlight): HTMLElement;
  filter(filters: AnnotationFilters): void;
}

export interface AnnotationsPanelContent {
  readonly highlights: Iterable<Highlight>;
  readonly editingId: number | null;
  readonly filters: AnnotationFilters;
  /** The suggestions section, shown above the annotations. */
  readonly suggestions: HTMLElement | null;
}

/** Reading order: placed ones by position, the orphaned after them. */
export function inReadingOrder(highlights: Iterable<Highlight>): Highlight[] {
  return [...highlights].sort(
    (a, b) =>
      Number(a.orphaned) - Number(b.orphaned) || a.start - b.start || a.end - b.end || a.id - b.id,
  );
}

export function matchesFilters(highlight: Highlight, filters: AnnotationFilters): boolean {
  return (
    (!filters.kind || highlight.kind === filters.kind) &&
    (!filters.speaker || String(highlight.speakerId) === filters.speaker) &&
    (!filters.tag || highlight.tags.some((tag) => String(tag.id) === filters.tag))
  );
}

function filterSelect(
  label: string,
  everything: string,
  key: keyof AnnotationFilters,
  choices: [string, string][],
  filters: AnnotationFilters,
  handlers: AnnotationsPanelHandlers,
): HTMLSelectElement {
  const select = h(
    'select',
    { 'aria-label': label, className: 'annotations__filter' },
    h('option', { value: '' }, everything),
    choices.map(([value, text]) => h('option', { value, selected: filters[key] === value }, text)),
  );
  select.addEventListener('change', () => handlers.filter({ ...filters, [key]: select.value }));
  return select;
}

function renderItem(
  highlight: Highlight,
  editing: boolean,
  handlers: AnnotationsPanelHandlers,
): HTMLElement {
  const item = h(
    'li',
    {
      className: `annotation annotation--${highlight.kind}${editing ? ' annotation--editing' : ''}${highlight.orphaned ? ' annotation--orphaned' : ''}`,
      'data-highlight-id': highlight.id,
    },
    h(
      'button',
      {
        type: 'button',
        className: 'annotation__summary',
        'aria-expanded': String(editing),
        onclick: () => (editing ? handlers.reveal(highlight.id) : handlers.open(highlight.id)),
      },
      h(
        'span',
        { className: 'annotation__head' },
        h(
          'span',
          { className: `kind-badge kind-badge--${highlight.kind}` },
          KIND_LABELS[highlight.kind],
        ),
        highlight.speakerName
          ? h(
              'span',
              { className: `annotation__speaker speaker-text-${(highlight.speakerId ?? 0) % 8}` },
              highlight.speakerName,
            )
          : null,
      ),
      h(
        'span',
        { className: 'annotation__exact' },
        highlight.exact.length > 220 ? `${highlight.exact.slice(0, 219)}…` : highlight.exact,
      ),
      highlight.tags.length > 0
        ? h(
            'span',
            { className: 'annotation__tags' },
            highlight.tags.map((tag) => h('span', { className: 'tag' }, tag.name)),
          )
        : null,
      highlight.note ? h('span', { className: 'annotation__note' }, highlight.note) : null,
    ),
  );
  if (highlight.orphaned) {
    item.appendChild(
      h(
        'div',
        { className: 'annotation__orphan-actions' },
        h(
          'button',
          {
            type: 'button',
            className: 'button button--small',
            onclick: () => handlers.replaceAtSelection(highlight.id),
          },
          'Re-place at selection',
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'button button--small button--danger',
            onclick: () => handlers.remove(highlight.id),
          },
          'Delete',
        ),
      ),
    );
  }
  if (editing) item.appendChild(handlers.editor(highlight));
  return item;
}

function renderEmpty(): HTMLElement {
  return h(
    'div',
    { className: 'pane-empty' },
    h('p', {}, 'No annotations yet.'),
    h(
      'p',
      {},
      'Select a passage, then press ',
      h('kbd', {}, 'Q'),
      ' to mark a quotation or ',
      h('kbd', {}, 'H'),
      ' to highlight it.',
    ),
  );
}

export function renderAnnotationsPanel(
  panel: HTMLElement,
  content: AnnotationsPanelContent,
  handlers: AnnotationsPanelHandlers,
): void {
  const { filters, editingId } = content;
  const all = inReadingOrder(content.highlights);
  const speakers = new Map<string, string>();
  const tags = new Map<string, string>();
  for (const highlight of all) {
    if (highlight.speakerId !== null)
      speakers.set(String(highlight.speakerId), highlight.speakerName ?? '');
    for (const tag of highlight.tags) tags.set(String(tag.id), tag.name);
  }
  const visible = all.filter((highlight) => matchesFilters(highlight, filters));
  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1]);
  const item = (highlight: Highlight) =>
    renderItem(highlight, editingId === highlight.id, handlers);
  clear(panel);
  if (content.suggestions) panel.appendChild(content.suggestions);
  if (all.length === 0) {
    panel.appendChild(renderEmpty());
    return;
  }
  panel.appendChild(
    h(
      'div',
      { className: 'annotations__filters' },
      filterSelect(
        'Filter by kind',
        'All kinds',
        'kind',
        HIGHLIGHT_KINDS.map((kind) => [kind, KIND_LABELS[kind]]),
        filters,
        handlers,
      ),
      filterSelect(
        'Filter by speaker',
        'All speakers',
        'speaker',
        [...speakers.entries()].sort(byName),
        filters,
        handlers,
      ),
      filterSelect(
        'Filter by tag',
        'All tags',
        'tag',
        [...tags.entries()].sort(byName),
        filters,
        handlers,
      ),
    ),
  );
  const placed = visible.filter((highlight) => !highlight.orphaned);
  const orphans = visible.filter((highlight) => highlight.orphaned);
  panel.appendChild(
    h('p', { className: 'annotations__count' }, `${visible.length} of ${all.length} annotations`),
  );
  panel.appendChild(
    h(
      'ol',
      { className: 'annotations__list', 'aria-label': 'Annotations in reading order' },
      placed.map(item),
    ),
  );
  if (orphans.length > 0) {
    panel.appendChild(
      h(
        'section',
        { className: 'annotations__orphans', 'aria-label': 'Orphaned annotations' },
        h('h3', { className: 'annotations__subtitle' }, 'Could not be placed'),
        h(
          'p',
          { className: 'pane-empty' },
          'The text changed under these. Select where they belong and choose Re-place, or delete them.',
        ),
        h('ol', { className: 'annotations__list' }, orphans.map(item)),
      ),
    );
  }
}
