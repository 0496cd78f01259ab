// The reader: an article's text in a read-only ProseMirror view where the analyst selects a
// passage and marks it (toolbar or one key: H highlight, Q quote, I indirect, T term), the
// annotation editor, and the Annotations panel listing the article's annotations in reading
// order with filters. Highlights live in the highlights plugin and change one at a time.
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Api } from '../api';
import type {
  AnnotationChange,
  Article,
  Highlight,
  HighlightKind,
  Suggestion,
} from '../../main/ipc/contract';
import { articleDoc } from '../reader/schema';
import { posToTextOffset, textOffsetToPos } from '../reader/text-positions';
import {
  addHighlight,
  focusHighlight,
  highlights as highlightsPlugin,
  highlightsAt,
  highlightsKey,
  removeHighlight,
  updateHighlight,
  type ReaderHighlight,
} from '../reader/highlights-plugin';
import { readOnly } from '../reader/read-only';
import {
  removeSuggestion,
  setSuggestions,
  suggestions as suggestionsPlugin,
  suggestionsKey,
} from '../reader/suggestions-plugin';
import { createAnnotationEditor, KIND_LABELS, type AnnotationEdit } from './annotation-editor';
import { clear, h } from './dom';
import type { Toaster } from './toast';
import type { UndoHistory } from './undo';

export interface ReaderOptions {
  api: Api;
  article: Article;
  highlights: Highlight[];
  textHost: HTMLElement;
  panel: HTMLElement;
  toaster: Toaster;
  history: UndoHistory;
  onAnnotationsChanged: () => void;
}

const SHORTCUTS: Record<string, HighlightKind> = {
  h: 'highlight',
  q: 'direct',
  i: 'indirect',
  t: 'term',
};

export function openReader(options: ReaderOptions) {
  const { api, article, textHost, panel, toaster, history } = options;
  const byId = new Map<number, Highlight>(
    options.highlights.map((highlight) => [highlight.id, highlight]),
  );
  let editingId: number | null = null;
  const filters = { speaker: '', tag: '', kind: '' };
  let pendingSuggestions: Suggestion[] = [];
  /** Set once the reader is closed: answers that arrive later must not touch the page. */
  let destroyed = false;
  let suggestionsOpen = true;
  const suggestionKey = (suggestion: Suggestion) =>
    `${suggestion.start}:${suggestion.end}:${suggestion.kind}`;

  const doc = articleDoc(article.text);
  const toReader = (highlight: Highlight): ReaderHighlight => ({
    id: String(highlight.id),
    from: highlight.orphaned ? 1 : textOffsetToPos(doc, highlight.start),
    to: highlight.orphaned ? 1 : textOffsetToPos(doc, highlight.end),
    kind: highlight.kind,
    speakerId: highlight.speakerId === null ? null : String(highlight.speakerId),
    speakerColourIndex: highlight.speakerId === null ? null : highlight.speakerId % 8,
    orphaned: highlight.orphaned,
    label: highlight.speakerName,
  });

  // ---- the text --------------------------------------------------------------------------

  const toolbar = h(
    'div',
    {
      className: 'selection-toolbar',
      role: 'toolbar',
      'aria-label': 'Mark the selection',
      hidden: true,
    },
    (['highlight', 'direct', 'indirect', 'term'] as HighlightKind[]).map((kind) => {
      const key = Object.entries(SHORTCUTS).find(([, value]) => value === kind)?.[0] ?? '';
      const name =
        kind === 'direct'
          ? 'Quote'
          : kind === 'highlight'
            ? 'Highlight'
            : kind === 'indirect'
              ? 'Indirect'
              : 'Term';
      return h(
        'button',
        {
          type: 'button',
          className: `selection-toolbar__button selection-toolbar__button--${kind}`,
          title: `${KIND_LABELS[kind]} (${key.toUpperCase()})`,
          'aria-keyshortcuts': key.toUpperCase(),
          onmousedown: (event: Event) => event.preventDefault(),
          onclick: () => void markSelection(kind),
        },
        name,
      );
    }),
  );

  const view = new EditorView(textHost, {
    state: EditorState.create({
      doc,
      plugins: [
        readOnly(),
        suggestionsPlugin(),
        highlightsPlugin({ highlights: options.highlights.map(toReader) }),
      ],
    }),
    attributes: {
      class: 'reader__text',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': `Text of ${article.title}`,
      'aria-readonly': 'true',
      spellcheck: 'false',
    },
    handleKeyDown: (_view, event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return false;
      const kind = SHORTCUTS[event.key.toLowerCase()];
      if (kind && !view.state.selection.empty) {
        void markSelection(kind);
        return true;
      }
      return false;
    },
    handleClickOn: (_view, pos, _node, _nodePos, event) => {
      if (!view.state.selection.empty || event.detail > 1) return false;
      const ids = highlightsAt(view.state, pos);
      if (ids.length > 0) {
        openEditor(Number(ids[0]));
        return false;
      }
      const suggested = suggestionsKey.getState(view.state)?.decorations.find(pos, pos)[0];
      const key = (suggested?.spec as { key?: string } | undefined)?.key;
      if (key) revealSuggestion(key);
      return false;
    },
    dispatchTransaction(transaction) {
      view.updateState(view.state.apply(transaction));
      placeToolbar();
    },
  });
  textHost.appendChild(toolbar);

  function placeToolbar(): void {
    const { from, to, empty } = view.state.selection;
    if (empty || !view.hasFocus()) {
      toolbar.hidden = true;
      return;
    }
    const start = view.coordsAtPos(from);
    const end = view.coordsAtPos(to);
    const host = textHost.getBoundingClientRect();
    toolbar.hidden = false;
    const top = Math.min(start.top, end.top) - host.top - toolbar.offsetHeight - 8;
    const left = Math.max(
      0,
      Math.min(
        (start.left + end.left) / 2 - host.left - toolbar.offsetWidth / 2,
        host.width - toolbar.offsetWidth,
      ),
    );
    toolbar.style.top = `${Math.max(top, -toolbar.offsetHeight)}px`;
    toolbar.style.left = `${left}px`;
  }
  view.dom.addEventListener('blur', () => setTimeout(placeToolbar, 0));
  view.dom.addEventListener('focus', placeToolbar);

  async function markSelection(kind: HighlightKind): Promise<void> {
    const { from, to } = view.state.selection;
    const start = posToTextOffset(view.state.doc, from);
    const end = posToTextOffset(view.state.doc, to);
    const trimmedStart =
      start +
      (article.text.slice(start, end).length - article.text.slice(start, end).trimStart().length);
    const trimmedEnd =
      end -
      (article.text.slice(start, end).length - article.text.slice(start, end).trimEnd().length);
    if (trimmedEnd <= trimmedStart) return;
    try {
      const created = await api.createHighlight({
        articleId: article.id,
        kind,
        start: trimmedStart,
        end: trimmedEnd,
      });
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, to)));
      apply({ removed: [], upserted: [created] });
      history.push(annotationEntry(KIND_LABELS[kind]));
      if (kind !== 'highlight') openEditor(created.id);
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  /** Undo entries replay the server's journal for this article, so they persist across reloads. */
  function annotationEntry(label: string) {
    return {
      label,
      undo: async () => applyChange(await api.undoAnnotation({ articleId: article.id })),
      redo: async () => applyChange(await api.redoAnnotation({ articleId: article.id })),
    };
  }

  function apply(change: { removed: number[]; upserted: Highlight[] }): void {
    if (destroyed) return;
    for (const id of change.removed) {
      byId.delete(id);
      removeHighlight(String(id))(view.state, view.dispatch);
    }
    for (const highlight of change.upserted) {
      const known = byId.has(highlight.id);
      byId.set(highlight.id, highlight);
      (known ? updateHighlight(toReader(highlight)) : addHighlight(toReader(highlight)))(
        view.state,
        view.dispatch,
      );
    }
    if (editingId !== null && !byId.has(editingId)) editingId = null;
    renderPanel();
    options.onAnnotationsChanged();
    if (change.removed.length > 0) void loadSuggestions();
  }

  function applyChange(change: AnnotationChange | null): void {
    if (change) apply(change);
  }

  // ---- suggestions from the quote finder ------------------------------------------------------

  async function loadSuggestions(): Promise<void> {
    let loaded: Suggestion[];
    try {
      loaded = await api.listSuggestions({ articleId: article.id });
    } catch (error) {
      if (!destroyed) {
        toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
      }
      return;
    }
    // The analyst may have opened another article meanwhile: this reader's panel is gone, and
    // writing into the shared panel would show this article's count under the other one.
    if (destroyed) return;
    pendingSuggestions = loaded;
    setSuggestions(
      pendingSuggestions.map((suggestion) => ({
        key: suggestionKey(suggestion),
        from: textOffsetToPos(view.state.doc, suggestion.start),
        to: textOffsetToPos(view.state.doc, suggestion.end),
        kind: suggestion.kind,
        label: `Suggested ${KIND_LABELS[suggestion.kind].toLowerCase()}${suggestion.speaker ? `: ${suggestion.speaker}` : ''} (${Math.round(suggestion.confidence * 100)}%)`,
      })),
    )(view.state, view.dispatch);
    renderPanel();
    options.onAnnotationsChanged();
  }

  function dropSuggestion(suggestion: Suggestion): void {
    pendingSuggestions = pendingSuggestions.filter(
      (other) => suggestionKey(other) !== suggestionKey(suggestion),
    );
    removeSuggestion(suggestionKey(suggestion))(view.state, view.dispatch);
  }

  async function acceptSuggestion(suggestion: Suggestion, thenEdit: boolean): Promise<void> {
    try {
      const created = await api.acceptSuggestion({
        articleId: article.id,
        start: suggestion.start,
        end: suggestion.end,
        kind: suggestion.kind,
      });
      dropSuggestion(suggestion);
      history.push(annotationEntry('Accept suggestion'));
      apply({ removed: [], upserted: [created] });
      if (thenEdit) openEditor(created.id);
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  async function rejectSuggestion(suggestion: Suggestion): Promise<void> {
    try {
      await api.rejectSuggestion({
        articleId: article.id,
        start: suggestion.start,
        end: suggestion.end,
        kind: suggestion.kind,
      });
      dropSuggestion(suggestion);
      renderPanel();
      options.onAnnotationsChanged();
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  async function acceptAllFrom(speaker: string): Promise<void> {
    try {
      const created = await api.acceptSuggestionsFrom({ articleId: article.id, speaker });
      for (const suggestion of pendingSuggestions.filter((item) => item.speaker === speaker))
        dropSuggestion(suggestion);
      const count = created.length;
      history.push({
        label: `Accept ${count} suggestions from ${speaker}`,
        undo: async () => {
          for (let index = 0; index < count; index += 1)
            applyChange(await api.undoAnnotation({ articleId: article.id }));
        },
        redo: async () => {
          for (let index = 0; index < count; index += 1)
            applyChange(await api.redoAnnotation({ articleId: article.id }));
        },
      });
      apply({ removed: [], upserted: created });
      toaster.show(`Accepted ${count} quotation${count === 1 ? '' : 's'} from ${speaker}.`);
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  function revealSuggestion(key: string): void {
    suggestionsOpen = true;
    renderPanel();
    const item = panel.querySelector<HTMLElement>(`[data-suggestion-key="${key}"]`);
    item?.scrollIntoView({ block: 'nearest' });
    item?.classList.add('suggestion-item--flash');
    item?.querySelector<HTMLButtonElement>('button')?.focus();
    setTimeout(() => item?.classList.remove('suggestion-item--flash'), 1200);
  }

  function renderSuggestions(): HTMLElement | null {
    if (pendingSuggestions.length === 0) return null;
    const groups = new Map<string, Suggestion[]>();
    for (const suggestion of pendingSuggestions) {
      const label =
        suggestion.kind === 'term' ? 'Terms' : (suggestion.speaker ?? 'Speaker unknown');
      groups.set(label, [...(groups.get(label) ?? []), suggestion]);
    }
    const toggle = h(
      'button',
      {
        type: 'button',
        className: 'suggestions__toggle',
        'aria-expanded': String(suggestionsOpen),
        onclick: () => {
          suggestionsOpen = !suggestionsOpen;
          renderPanel();
        },
      },
      `${pendingSuggestions.length} suggestion${pendingSuggestions.length === 1 ? '' : 's'} to review`,
    );
    return h(
      'section',
      { className: 'suggestions', 'aria-label': 'Suggestions' },
      toggle,
      suggestionsOpen
        ? [...groups.entries()].map(([label, items]) =>
            h(
              'div',
              { className: 'suggestions__group' },
              h(
                'div',
                { className: 'suggestions__speaker' },
                h('span', {}, `${label} (${items.length})`),
                label !== 'Terms' && label !== 'Speaker unknown' && items.length > 1
                  ? h(
                      'button',
                      {
                        type: 'button',
                        className: 'button button--small',
                        onclick: () => void acceptAllFrom(label),
                      },
                      `Accept all from ${label}`,
                    )
                  : null,
              ),
              h(
                'ul',
                { className: 'suggestions__list' },
                items.map((suggestion) =>
                  h(
                    'li',
                    {
                      className: 'suggestion-item',
                      'data-suggestion-key': suggestionKey(suggestion),
                    },
                    h(
                      'button',
                      {
                        type: 'button',
                        className: 'suggestion-item__text',
                        title: 'Show in the text',
                        onclick: () => {
                          const from = textOffsetToPos(view.state.doc, suggestion.start);
                          view.dispatch(
                            view.state.tr
                              .setSelection(
                                TextSelection.create(
                                  view.state.doc,
                                  from,
                                  textOffsetToPos(view.state.doc, suggestion.end),
                                ),
                              )
                              .scrollIntoView(),
                          );
                          view.focus();
                        },
                      },
                      h(
                        'span',
                        { className: `kind-badge kind-badge--${suggestion.kind}` },
                        KIND_LABELS[suggestion.kind],
                      ),
                      ' ',
                      suggestion.exact.length > 160
                        ? `${suggestion.exact.slice(0, 159)}…`
                        : suggestion.exact,
                    ),
                    h(
                      'span',
                      { className: 'suggestion-item__meta' },
                      [
                        suggestion.cue ? `“${suggestion.cue}”` : null,
                        `${Math.round(suggestion.confidence * 100)}% sure`,
                      ]
                        .filter(Boolean)
                        .join(' · '),
                    ),
                    h(
                      'span',
                      { className: 'suggestion-item__actions' },
                      h(
                        'button',
                        {
                          type: 'button',
                          className: 'button button--small button--primary',
                          onclick: () => void acceptSuggestion(suggestion, false),
                        },
                        'Accept',
                      ),
                      h(
                        'button',
                        {
                          type: 'button',
                          className: 'button button--small',
                          onclick: () => void acceptSuggestion(suggestion, true),
                        },
                        'Edit',
                      ),
                      h(
                        'button',
                        {
                          type: 'button',
                          className: 'button button--small button--quiet',
                          onclick: () => void rejectSuggestion(suggestion),
                        },
                        'Reject',
                      ),
                    ),
                  ),
                ),
              ),
            ),
          )
        : null,
    );
  }

  // ---- the panel ---------------------------------------------------------------------------

  function openEditor(id: number): void {
    editingId = id;
    renderPanel();
    focusPassage(id);
    panel.querySelector<HTMLInputElement>('#annotation-speaker')?.focus();
  }

  function focusPassage(id: number): void {
    const highlight = byId.get(id);
    if (!highlight || highlight.orphaned) return;
    focusHighlight(String(id))(view.state, view.dispatch);
  }

  async function save(id: number, edit: AnnotationEdit): Promise<void> {
    try {
      const updated = await api.updateHighlight({ id, ...edit });
      history.push(annotationEntry('Edit annotation'));
      editingId = null;
      apply({ removed: [], upserted: [updated] });
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  async function remove(id: number): Promise<void> {
    const highlight = byId.get(id);
    try {
      await api.deleteHighlight({ id });
      const entry = annotationEntry('Delete annotation');
      history.push(entry);
      apply({ removed: [id], upserted: [] });
      toaster.show(`Deleted the ${KIND_LABELS[highlight?.kind ?? 'highlight'].toLowerCase()}.`, {
        action: {
          label: 'Undo',
          run: async () => {
            try {
              await history.undo();
            } catch (error) {
              toaster.show(String(error), { kind: 'error' });
            }
          },
        },
      });
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  async function replaceAtSelection(id: number): Promise<void> {
    const { from, to, empty } = view.state.selection;
    if (empty) {
      toaster.show('Select the passage in the text first, then choose Re-place.', { kind: 'info' });
      return;
    }
    try {
      const placed = await api.replaceHighlight({
        id,
        start: posToTextOffset(view.state.doc, from),
        end: posToTextOffset(view.state.doc, to),
      });
      history.push(annotationEntry('Re-place annotation'));
      apply({ removed: [], upserted: [placed] });
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  function filterSelect(label: string, key: keyof typeof filters, choices: [string, string][]) {
    const select = h(
      'select',
      { 'aria-label': label, className: 'annotations__filter' },
      h(
        'option',
        { value: '' },
        label === 'Filter by kind'
          ? 'All kinds'
          : label === 'Filter by speaker'
            ? 'All speakers'
            : 'All tags',
      ),
      choices.map(([value, text]) =>
        h('option', { value, selected: filters[key] === value }, text),
      ),
    );
    select.addEventListener('change', () => {
      filters[key] = select.value;
      renderPanel();
    });
    return select;
  }

  function renderItem(highlight: Highlight): HTMLElement {
    const editing = editingId === highlight.id;
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
          onclick: () => (editing ? focusPassage(highlight.id) : openEditor(highlight.id)),
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
              onclick: () => void replaceAtSelection(highlight.id),
            },
            'Re-place at selection',
          ),
          h(
            'button',
            {
              type: 'button',
              className: 'button button--small button--danger',
              onclick: () => void remove(highlight.id),
            },
            'Delete',
          ),
        ),
      );
    }
    if (editing) {
      item.appendChild(
        createAnnotationEditor(api, highlight, {
          save: (edit) => save(highlight.id, edit),
          remove: () => remove(highlight.id),
          close: () => {
            editingId = null;
            renderPanel();
            view.focus();
          },
        }),
      );
    }
    return item;
  }

  function renderPanel(): void {
    const all = [...byId.values()].sort(
      (a, b) =>
        Number(a.orphaned) - Number(b.orphaned) ||
        a.start - b.start ||
        a.end - b.end ||
        a.id - b.id,
    );
    const speakers = new Map<string, string>();
    const tags = new Map<string, string>();
    for (const highlight of all) {
      if (highlight.speakerId !== null)
        speakers.set(String(highlight.speakerId), highlight.speakerName ?? '');
      for (const tag of highlight.tags) tags.set(String(tag.id), tag.name);
    }
    const visible = all.filter(
      (highlight) =>
        (!filters.kind || highlight.kind === filters.kind) &&
        (!filters.speaker || String(highlight.speakerId) === filters.speaker) &&
        (!filters.tag || highlight.tags.some((tag) => String(tag.id) === filters.tag)),
    );
    clear(panel);
    const suggestionSection = renderSuggestions();
    if (suggestionSection) panel.appendChild(suggestionSection);
    if (all.length === 0) {
      panel.appendChild(
        h(
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
        ),
      );
      return;
    }
    panel.appendChild(
      h(
        'div',
        { className: 'annotations__filters' },
        filterSelect(
          'Filter by kind',
          'kind',
          (Object.keys(KIND_LABELS) as HighlightKind[]).map((kind) => [kind, KIND_LABELS[kind]]),
        ),
        filterSelect(
          'Filter by speaker',
          'speaker',
          [...speakers.entries()].sort((a, b) => a[1].localeCompare(b[1])),
        ),
        filterSelect(
          'Filter by tag',
          'tag',
          [...tags.entries()].sort((a, b) => a[1].localeCompare(b[1])),
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
        placed.map(renderItem),
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
          h('ol', { className: 'annotations__list' }, orphans.map(renderItem)),
        ),
      );
    }
  }

  renderPanel();
  void loadSuggestions();

  return {
    view,
    focus(id: number): void {
      focusPassage(id);
    },
    edit: openEditor,
    applyChange,
    annotationEntry,
    destroy(): void {
      destroyed = true;
      view.destroy();
      toolbar.remove();
    },
    highlightIds: () => [...byId.keys()],
    pendingSuggestionCount: () => pendingSuggestions.length,
    pluginState: () => highlightsKey.getState(view.state),
  };
}

export type Reader = ReturnType<typeof openReader>;
