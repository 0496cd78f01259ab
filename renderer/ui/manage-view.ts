// Managing the people and topics of the notebook: speakers (canonical name, aliases, role,
// country; merge two keeping every attribution) and tags (rename, colour, merge). The rows
// come a page at a time from the server, 50 at first, with a filter box that asks the server
// and Show more (long-list.ts); each row's "Merge into" choices are fetched only when one is
// used, so 10,000 speakers stay quick to open.
// Each row saves on its own and is redrawn alone: a save, merge or delete never rebuilds the
// list, so what the analyst has typed into other rows stays. Merging and deleting ask first in
// an in-app dialog that says how many quotations it touches (deleting keeps them, unattributed
// or untagged).
import type { Api } from '../api';
import type { Speaker, Tag } from '../../main/ipc/contract';
import { confirmDialog } from './confirm-dialog';
import { clear, h } from './dom';
import { fillOnFirstUse, pagedLongList } from './long-list';

export interface ManageHandlers {
  /** The notebook's speakers or tags changed: the sidebar's lists follow; this view stays. */
  changed: () => Promise<void>;
  error: (error: unknown) => void;
  notice: (message: string) => void;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Sets a row's count line to what the notebook says now (after a merge into it). */
function showCount(host: HTMLElement, rowId: string, text: string): void {
  const count = host.querySelector(`[data-row="${rowId}"] .manager__count`);
  if (count) count.textContent = text;
}

function splitAliases(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((alias) => alias.trim())
    .filter(Boolean);
}

export async function renderSpeakerManager(
  host: HTMLElement,
  api: Api,
  handlers: ManageHandlers,
): Promise<void> {
  // Rows come a page at a time from the server; the whole list only for a Merge into… choice.
  let everyone: Promise<Speaker[]> | null = null;
  const allSpeakers = () => (everyone ??= api.listSpeakers());
  const rows = pagedLongList<Speaker>({
    source: {
      page: (request) => api.listSpeakerPage(request),
      byIds: (ids) => api.getSpeakers({ ids }),
    },
    className: 'manager__list',
    noun: 'speakers',
    empty: h(
      'p',
      { className: 'pane-empty' },
      'No speakers yet. They are created when you attribute a quotation.',
    ),
    render: (speaker) => speakerRow(speaker, allSpeakers),
    failed: handlers.error,
  });
  await rows.ready;
  clear(host);
  host.appendChild(
    h(
      'section',
      { className: 'manager', 'aria-labelledby': 'manager-title' },
      h('h1', { id: 'manager-title', className: 'reader__title' }, 'Speakers'),
      h(
        'p',
        { className: 'reader__meta' },
        'Aliases are other spellings or short forms (a surname, a transliteration). Merging keeps every attribution.',
      ),
      rows.element,
    ),
  );

  function speakerRow(shown: Speaker, all: () => Promise<Speaker[]>): HTMLElement {
    let speaker = shown;
    const prefix = `speaker-${speaker.id}`;
    const name = h('input', { id: `${prefix}-name`, value: speaker.name, required: true });
    const aliases = h('input', { id: `${prefix}-aliases`, value: speaker.aliases.join(', ') });
    const role = h('input', { id: `${prefix}-role`, value: speaker.role ?? '' });
    const country = h('input', { id: `${prefix}-country`, value: speaker.country ?? '' });
    const mergeTarget = h(
      'select',
      { id: `${prefix}-merge`, 'aria-label': `Merge ${speaker.name} into` },
      h('option', { value: '' }, 'Merge into…'),
    );
    fillOnFirstUse(mergeTarget, async () =>
      (await all())
        .filter((other) => other.id !== speaker.id)
        .map((other) => h('option', { value: other.id }, other.name)),
    );
    const form = h(
      'form',
      { className: 'manager__row', 'aria-label': speaker.name },
      h(
        'label',
        { className: 'field', for: name.id },
        h('span', { className: 'field__label' }, 'Name'),
        name,
      ),
      h(
        'label',
        { className: 'field', for: aliases.id },
        h('span', { className: 'field__label' }, 'Aliases'),
        aliases,
      ),
      h(
        'label',
        { className: 'field', for: role.id },
        h('span', { className: 'field__label' }, 'Role'),
        role,
      ),
      h(
        'label',
        { className: 'field', for: country.id },
        h('span', { className: 'field__label' }, 'Country'),
        country,
      ),
      h(
        'div',
        { className: 'manager__actions' },
        h(
          'span',
          { className: 'sidebar-section__count manager__count' },
          plural(speaker.quoteCount, 'quotation'),
        ),
        speaker.group ? h('span', { className: 'group-badge' }, 'group') : null,
        mergeTarget,
        h(
          'button',
          {
            type: 'button',
            className: 'button button--small button--danger',
            onclick: () => void remove(),
          },
          'Delete',
        ),
        h('button', { type: 'submit', className: 'button button--small button--primary' }, 'Save'),
      ),
    );
    form.dataset['row'] = prefix;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void (async () => {
        try {
          const saved = await api.updateSpeaker({
            id: speaker.id,
            name: name.value,
            aliases: splitAliases(aliases.value),
            role: role.value.trim() || null,
            country: country.value.trim() || null,
          });
          speaker = saved;
          name.value = saved.name;
          aliases.value = saved.aliases.join(', ');
          form.setAttribute('aria-label', saved.name);
          handlers.notice(`Saved ${saved.name}.`);
          await handlers.changed();
        } catch (error) {
          handlers.error(error);
        }
      })();
    });
    mergeTarget.addEventListener('change', () => {
      const intoId = Number(mergeTarget.value);
      if (!intoId) return;
      // The option chosen names the target; the list it came from is already loaded.
      const into = { name: mergeTarget.selectedOptions[0]?.textContent ?? '' };
      void (async () => {
        const confirmed = await confirmDialog({
          title: `Merge “${speaker.name}” into “${into?.name}”?`,
          body: `${plural(speaker.quoteCount, 'quotation')} move over to “${into?.name}”, and “${speaker.name}” becomes one of its aliases.`,
          confirmLabel: 'Merge',
        });
        if (!confirmed) {
          mergeTarget.value = '';
          return;
        }
        try {
          const merged = await api.mergeSpeakers({ fromId: speaker.id, intoId });
          form.remove();
          showCount(host, `speaker-${merged.id}`, plural(merged.quoteCount, 'quotation'));
          handlers.notice(`Merged ${speaker.name} into ${merged.name}.`);
          await handlers.changed();
        } catch (error) {
          handlers.error(error);
        }
      })();
    });
    async function remove(): Promise<void> {
      const count = speaker.quoteCount;
      const confirmed = await confirmDialog({
        title: `Delete the speaker “${speaker.name}”?`,
        body:
          count === 0
            ? 'No quotation is attributed to this speaker.'
            : `${plural(count, 'quotation')} ${count === 1 ? 'is' : 'are'} attributed to “${speaker.name}”. ${count === 1 ? 'It stays' : 'They stay'} in the notebook, with no speaker.`,
        confirmLabel: 'Delete speaker',
        danger: true,
      });
      if (!confirmed) return;
      try {
        await api.deleteSpeaker({ id: speaker.id });
        form.remove();
        handlers.notice(
          `Deleted ${speaker.name}${count > 0 ? `; ${plural(count, 'quotation')} kept without a speaker` : ''}.`,
        );
        await handlers.changed();
      } catch (error) {
        handlers.error(error);
      }
    }
    return form;
  }
}

export async function renderTagManager(
  host: HTMLElement,
  api: Api,
  handlers: ManageHandlers,
): Promise<void> {
  let everyone: Promise<Tag[]> | null = null;
  const allTags = () => (everyone ??= api.listTags());
  const rows = pagedLongList<Tag>({
    source: { page: (request) => api.listTagPage(request), byIds: (ids) => api.getTags({ ids }) },
    className: 'manager__list',
    noun: 'tags',
    empty: h(
      'p',
      { className: 'pane-empty' },
      'No tags yet. Add them to quotations in the reader.',
    ),
    render: (tag) => tagRow(tag, allTags),
    failed: handlers.error,
  });
  await rows.ready;
  clear(host);
  host.appendChild(
    h(
      'section',
      { className: 'manager', 'aria-labelledby': 'manager-title' },
      h('h1', { id: 'manager-title', className: 'reader__title' }, 'Tags'),
      h(
        'p',
        { className: 'reader__meta' },
        'Rename a tag, give it a colour, or merge it into another.',
      ),
      rows.element,
    ),
  );

  function tagRow(shown: Tag, all: () => Promise<Tag[]>): HTMLElement {
    let tag = shown;
    const prefix = `tag-${tag.id}`;
    const name = h('input', { id: `${prefix}-name`, value: tag.name, required: true });
    const colour = h('input', {
      id: `${prefix}-colour`,
      type: 'color',
      value: tag.colour ?? '#2f5d8c',
    });
    const mergeTarget = h(
      'select',
      { id: `${prefix}-merge`, 'aria-label': `Merge ${tag.name} into` },
      h('option', { value: '' }, 'Merge into…'),
    );
    fillOnFirstUse(mergeTarget, async () =>
      (await all())
        .filter((other) => other.id !== tag.id)
        .map((other) => h('option', { value: other.id }, other.name)),
    );
    const form = h(
      'form',
      { className: 'manager__row manager__row--tag', 'aria-label': tag.name },
      h(
        'label',
        { className: 'field', for: name.id },
        h('span', { className: 'field__label' }, 'Name'),
        name,
      ),
      h(
        'label',
        { className: 'field', for: colour.id },
        h('span', { className: 'field__label' }, 'Colour'),
        colour,
      ),
      h(
        'div',
        { className: 'manager__actions' },
        h(
          'span',
          { className: 'sidebar-section__count manager__count' },
          plural(tag.highlightCount, 'use'),
        ),
        mergeTarget,
        h(
          'button',
          {
            type: 'button',
            className: 'button button--small button--danger',
            onclick: () => void remove(),
          },
          'Delete',
        ),
        h('button', { type: 'submit', className: 'button button--small button--primary' }, 'Save'),
      ),
    );
    form.dataset['row'] = prefix;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void api
        .updateTag({ id: tag.id, name: name.value, colour: colour.value })
        .then(async (saved) => {
          tag = saved;
          name.value = saved.name;
          form.setAttribute('aria-label', saved.name);
          handlers.notice(`Saved ${saved.name}.`);
          await handlers.changed();
        }, handlers.error);
    });
    mergeTarget.addEventListener('change', () => {
      const intoId = Number(mergeTarget.value);
      if (!intoId) return;
      // The option chosen names the target; the list it came from is already loaded.
      const into = { name: mergeTarget.selectedOptions[0]?.textContent ?? '' };
      void (async () => {
        const confirmed = await confirmDialog({
          title: `Merge “${tag.name}” into “${into?.name}”?`,
          body: `${plural(tag.highlightCount, 'quotation')} tagged “${tag.name}” will be tagged “${into?.name}” instead.`,
          confirmLabel: 'Merge',
        });
        if (!confirmed) {
          mergeTarget.value = '';
          return;
        }
        try {
          const merged = await api.mergeTags({ fromId: tag.id, intoId });
          form.remove();
          showCount(host, `tag-${merged.id}`, plural(merged.highlightCount, 'use'));
          handlers.notice(`Merged ${tag.name} into ${merged.name}.`);
          await handlers.changed();
        } catch (error) {
          handlers.error(error);
        }
      })();
    });
    async function remove(): Promise<void> {
      const count = tag.highlightCount;
      const confirmed = await confirmDialog({
        title: `Delete the tag “${tag.name}”?`,
        body:
          count === 0
            ? 'No quotation has this tag.'
            : `${plural(count, 'quotation')} ${count === 1 ? 'has' : 'have'} this tag. ${count === 1 ? 'It stays' : 'They stay'} in the notebook, without it.`,
        confirmLabel: 'Delete tag',
        danger: true,
      });
      if (!confirmed) return;
      try {
        await api.deleteTag({ id: tag.id });
        form.remove();
        handlers.notice(
          `Deleted the tag ${tag.name}${count > 0 ? `; ${plural(count, 'quotation')} kept` : ''}.`,
        );
        await handlers.changed();
      } catch (error) {
        handlers.error(error);
      }
    }
    return form;
  }
}
