// Managing the people and topics of the notebook: speakers (canonical name, aliases, role,
// country; merge two keeping every attribution) and tags (rename, colour, merge). Long lists
// build 50 rows at first, with a filter box and Show more (long-list.ts), and each row's
// "Merge into" choices only when it is used, so 10,000 speakers stay quick to open.
import type { Api } from '../api';
import type { Speaker, Tag } from '../../main/ipc/contract';
import { clear, h } from './dom';
import { fillOnFirstUse, longList } from './long-list';

export interface ManageHandlers {
  changed: () => Promise<void>;
  error: (error: unknown) => void;
  notice: (message: string) => void;
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
  const speakers = await api.listSpeakers();
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
      speakers.length === 0
        ? h(
            'p',
            { className: 'pane-empty' },
            'No speakers yet. They are created when you attribute a quotation.',
          )
        : longList({
            items: speakers,
            className: 'manager__list',
            noun: 'speakers',
            render: (speaker) => speakerRow(speaker, speakers),
            text: (speaker) => [speaker.name, ...speaker.aliases].join(' '),
          }),
    ),
  );

  function speakerRow(speaker: Speaker, all: Speaker[]): HTMLElement {
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
    fillOnFirstUse(mergeTarget, () =>
      all
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
          { className: 'sidebar-section__count' },
          `${speaker.quoteCount} quotation${speaker.quoteCount === 1 ? '' : 's'}`,
        ),
        mergeTarget,
        h('button', { type: 'submit', className: 'button button--small button--primary' }, 'Save'),
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void (async () => {
        try {
          await api.updateSpeaker({
            id: speaker.id,
            name: name.value,
            aliases: splitAliases(aliases.value),
            role: role.value.trim() || null,
            country: country.value.trim() || null,
          });
          handlers.notice(`Saved ${name.value}.`);
          await handlers.changed();
        } catch (error) {
          handlers.error(error);
        }
      })();
    });
    mergeTarget.addEventListener('change', () => {
      const intoId = Number(mergeTarget.value);
      if (!intoId) return;
      const into = all.find((other) => other.id === intoId);
      if (
        !window.confirm(
          `Merge “${speaker.name}” into “${into?.name}”? Every attribution moves over and “${speaker.name}” becomes an alias.`,
        )
      ) {
        mergeTarget.value = '';
        return;
      }
      void api.mergeSpeakers({ fromId: speaker.id, intoId }).then(async () => {
        handlers.notice(`Merged ${speaker.name} into ${into?.name}.`);
        await handlers.changed();
      }, handlers.error);
    });
    return form;
  }
}

export async function renderTagManager(
  host: HTMLElement,
  api: Api,
  handlers: ManageHandlers,
): Promise<void> {
  const tags = await api.listTags();
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
      tags.length === 0
        ? h('p', { className: 'pane-empty' }, 'No tags yet. Add them to quotations in the reader.')
        : longList({
            items: tags,
            className: 'manager__list',
            noun: 'tags',
            render: (tag) => tagRow(tag, tags),
            text: (tag) => tag.name,
          }),
    ),
  );

  function tagRow(tag: Tag, all: Tag[]): HTMLElement {
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
    fillOnFirstUse(mergeTarget, () =>
      all
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
          { className: 'sidebar-section__count' },
          `${tag.highlightCount} use${tag.highlightCount === 1 ? '' : 's'}`,
        ),
        mergeTarget,
        h('button', { type: 'submit', className: 'button button--small button--primary' }, 'Save'),
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void api.updateTag({ id: tag.id, name: name.value, colour: colour.value }).then(async () => {
        handlers.notice(`Saved ${name.value}.`);
        await handlers.changed();
      }, handlers.error);
    });
    mergeTarget.addEventListener('change', () => {
      const intoId = Number(mergeTarget.value);
      if (!intoId) return;
      const into = all.find((other) => other.id === intoId);
      if (!window.confirm(`Merge “${tag.name}” into “${into?.name}”?`)) {
        mergeTarget.value = '';
        return;
      }
      void api.mergeTags({ fromId: tag.id, intoId }).then(async () => {
        handlers.notice(`Merged ${tag.name} into ${into?.name}.`);
        await handlers.changed();
      }, handlers.error);
    });
    return form;
  }
}
