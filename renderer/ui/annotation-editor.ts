// The card where an annotation is described: its kind, Speaker (autocomplete over names and
// aliases, or a new speaker), Tags (autocomplete, or new tags) and a Note. It edits a copy;
// nothing is stored until Save (a new speaker is created only then), and Escape or Close leaves
// the annotation as it was. Escape closes an open list first and the card only on a second
// press; what was typed is handed to `close` as a draft, so reopening the card shows it again.
// It also describes a suggestion not yet accepted (Save accepts it), so it takes a draft of
// what to show rather than a stored highlight.
import type { Api } from '../api';
import type { Highlight, HighlightKind, Speaker, Tag } from '../../main/ipc/contract';
import { createCombobox, type ComboOption } from './combobox';
import { h } from './dom';

export interface AnnotationEdit {
  kind: HighlightKind;
  speakerId: number | null;
  tagIds: number[];
  note: string;
}

export const KIND_LABELS: Record<HighlightKind, string> = {
  highlight: 'Highlight',
  direct: 'Direct quote',
  indirect: 'Indirect quote',
  term: 'Term',
  figure: 'Figure',
};

/** What the card shows: a stored highlight, a suggestion, or what was typed before Escape. */
export type AnnotationDraft = Pick<
  Highlight,
  'exact' | 'kind' | 'speakerId' | 'speakerName' | 'note'
> & {
  readonly tags: readonly { readonly id: number; readonly name: string }[];
  /** A tag typed but not yet added. */
  readonly typedTag?: string;
};

export interface EditorHandlers {
  save: (edit: AnnotationEdit) => Promise<void>;
  /** Absent for a suggestion: there is nothing stored to delete (Reject is beside it). */
  remove?: () => Promise<void>;
  close: (draft: AnnotationDraft) => void;
  /** The Save button's words ('Save', or 'Accept' for a suggestion). */
  saveLabel?: string;
}

export function createAnnotationEditor(
  api: Api,
  highlight: AnnotationDraft,
  handlers: EditorHandlers,
): HTMLElement {
  let speaker: { id: number; name: string } | null =
    highlight.speakerId !== null
      ? { id: highlight.speakerId, name: highlight.speakerName ?? '' }
      : null;
  let tags: { id: number; name: string }[] = highlight.tags.map((tag) => ({
    id: tag.id,
    name: tag.name,
  }));
  let busy = false;

  const kindSelect = h(
    'select',
    { id: 'annotation-kind' },
    (Object.keys(KIND_LABELS) as HighlightKind[]).map((kind) =>
      h('option', { value: kind, selected: kind === highlight.kind }, KIND_LABELS[kind]),
    ),
  );

  kindSelect.value = highlight.kind;

  const speakerBox = createCombobox({
    id: 'annotation-speaker',
    label: 'Speaker suggestions',
    placeholder: 'Who said it?',
    provide: async (query) => {
      const found = await api.suggestSpeakers({ query, limit: 8 });
      const options: ComboOption[] = found.map((candidate: Speaker) => ({
        id: String(candidate.id),
        label: candidate.name,
        detail:
          [candidate.role, candidate.country].filter(Boolean).join(', ') ||
          (candidate.aliases.length ? `also ${candidate.aliases.join(', ')}` : ''),
      }));
      const typed = query.trim();
      if (
        typed &&
        !found.some((candidate) => candidate.name.toLowerCase() === typed.toLowerCase())
      ) {
        options.push({ id: 'new', label: `Create speaker “${typed}”`, create: true });
      }
      return options;
    },
    choose: (option) => void chooseSpeaker(option),
  });
  speakerBox.input.value = highlight.speakerName ?? '';

  // A new speaker waits for Save (resolveTypedSpeaker): choosing "Create speaker" and then
  // changing the name or closing the card must not leave a speaker with no quotations.
  async function chooseSpeaker(option: ComboOption): Promise<void> {
    if (option.create) {
      speaker = null;
      speakerBox.input.value = speakerBox.input.value.trim();
    } else {
      speaker = { id: Number(option.id), name: option.label };
      speakerBox.input.value = speaker.name;
    }
  }

  const chips = h('ul', { className: 'chips', 'aria-label': 'Chosen tags' });
  function renderChips(): void {
    chips.replaceChildren(
      ...tags.map((tag) =>
        h(
          'li',
          { className: 'chip' },
          tag.name,
          h(
            'button',
            {
              type: 'button',
              className: 'chip__remove',
              'aria-label': `Remove tag ${tag.name}`,
              onclick: () => {
                tags = tags.filter((other) => other.id !== tag.id);
                renderChips();
              },
            },
            '×',
          ),
        ),
      ),
    );
  }
  renderChips();

  const tagBox = createCombobox({
    id: 'annotation-tags',
    label: 'Tag suggestions',
    placeholder: 'Add a tag (trade, transport, security …)',
    provide: async (query) => {
      const typed = query.trim().toLowerCase();
      // One page of the tags the server finds for what is typed, never the whole list.
      const all = await tagsMatching(typed);
      const options: ComboOption[] = all
        .filter((tag: Tag) => !tags.some((chosen) => chosen.id === tag.id))
        .slice(0, 8)
        .map((tag: Tag) => ({
          id: String(tag.id),
          label: tag.name,
          detail: `${tag.highlightCount}`,
        }));
      if (typed && !all.some((tag: Tag) => tag.name.toLowerCase() === typed)) {
        options.push({ id: 'new', label: `Create tag “${query.trim()}”`, create: true });
      }
      return options;
    },
    choose: (option) => void chooseTag(option),
    // Enter on a typed tag adds it (creating it if new); Save waits until it has.
    enterTyped: () =>
      void run(async () => {
        await resolveTypedTag();
        renderChips();
      }),
  });

  /**
   * Tags whose names hold `typed`, in name order: a page wide enough for the eight shown after
   * the chosen ones, and for the exact name to be among them unless fifty longer names holding
   * it sort first (then creating it says the tag exists).
   */
  async function tagsMatching(typed: string): Promise<readonly Tag[]> {
    const page = await api.listTagPage(typed ? { filter: typed, limit: 50 } : { limit: 50 });
    return page.items;
  }

  async function chooseTag(option: ComboOption): Promise<void> {
    if (option.create) {
      const created = await api.createTag({ name: tagBox.input.value.trim() });
      tags = [...tags, { id: created.id, name: created.name }];
    } else {
      tags = [...tags, { id: Number(option.id), name: option.label }];
    }
    tagBox.input.value = '';
    renderChips();
  }

  const note = h('textarea', { id: 'annotation-note', rows: 3, placeholder: 'Why it matters' });
  note.value = highlight.note;
  tagBox.input.value = highlight.typedTag ?? '';

  const draft = (): AnnotationDraft => ({
    exact: highlight.exact,
    kind: kindSelect.value as HighlightKind,
    speakerId: speaker && speaker.name === speakerBox.input.value.trim() ? speaker.id : null,
    speakerName: speakerBox.input.value,
    note: note.value,
    tags,
    typedTag: tagBox.input.value,
  });

  /** A name typed but not picked from the list still counts: match it, or create the speaker. */
  async function resolveTypedSpeaker(): Promise<number | null> {
    const typed = speakerBox.input.value.trim();
    if (!typed) return null;
    if (speaker && speaker.name === typed) return speaker.id;
    const found = await api.suggestSpeakers({ query: typed, limit: 1 });
    const exact = found.find((candidate) =>
      [candidate.name, ...candidate.aliases].some(
        (name) => name.toLowerCase() === typed.toLowerCase(),
      ),
    );
    if (exact) return exact.id;
    return (await api.createSpeaker({ name: typed })).id;
  }

  async function resolveTypedTag(): Promise<void> {
    const typed = tagBox.input.value.trim();
    if (!typed) return;
    const existing = (await tagsMatching(typed)).find(
      (tag) => tag.name.toLowerCase() === typed.toLowerCase(),
    );
    const tag = existing ?? (await api.createTag({ name: typed }));
    if (!tags.some((chosen) => chosen.id === tag.id))
      tags = [...tags, { id: tag.id, name: tag.name }];
    tagBox.input.value = '';
  }

  const saveButton = h(
    'button',
    { type: 'submit', className: 'button button--primary button--small' },
    handlers.saveLabel ?? 'Save',
  );
  const form = h(
    'form',
    { className: 'annotation-editor', 'aria-label': 'Edit annotation' },
    h(
      'blockquote',
      { className: 'annotation-editor__quote' },
      highlight.exact.length > 280 ? `${highlight.exact.slice(0, 279)}…` : highlight.exact,
    ),
    h(
      'label',
      { className: 'field', for: 'annotation-kind' },
      h('span', { className: 'field__label' }, 'Kind'),
      kindSelect,
    ),
    h(
      'label',
      { className: 'field', for: 'annotation-speaker' },
      h('span', { className: 'field__label' }, 'Speaker'),
      speakerBox.element,
    ),
    h(
      'div',
      { className: 'field' },
      h('label', { className: 'field__label', for: 'annotation-tags' }, 'Tags'),
      chips,
      tagBox.element,
    ),
    h(
      'label',
      { className: 'field', for: 'annotation-note' },
      h('span', { className: 'field__label' }, 'Note'),
      note,
    ),
    h(
      'div',
      { className: 'annotation-editor__actions' },
      handlers.remove
        ? h(
            'button',
            {
              type: 'button',
              className: 'button button--small button--danger',
              onclick: () => void run(handlers.remove!),
            },
            'Delete',
          )
        : null,
      h('span', { className: 'toolbar__spacer' }),
      h(
        'button',
        {
          type: 'button',
          className: 'button button--small',
          onclick: () => handlers.close(draft()),
        },
        'Close',
      ),
      saveButton,
    ),
  );

  async function run(action: () => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    saveButton.disabled = true;
    try {
      await action();
    } finally {
      busy = false;
      saveButton.disabled = false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(async () => {
      const speakerId = await resolveTypedSpeaker();
      await resolveTypedTag();
      await handlers.save({
        kind: kindSelect.value as HighlightKind,
        speakerId,
        tagIds: tags.map((tag) => tag.id),
        note: note.value,
      });
    });
  });
  form.addEventListener('keydown', (event) => {
    // An open list has taken the first Escape (the combobox stops it); this is the second.
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      handlers.close(draft());
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  return form;
}
