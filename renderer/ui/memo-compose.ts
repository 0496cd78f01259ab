// The "New memo" dialog: which speakers, tags, kinds and dates a briefing memo takes its
// quotations from, how they are grouped, and the memo's title and summary. It only reads the
// speakers and tags it offers; compiling is the caller's.
import type { Api } from '../api';
import type { MemoScope } from '../../main/ipc/contract';
import { h } from './dom';
import { field, openFormDialog } from './form-dialog';

/** The "New memo" dialog: what to include and how to group it. Resolves null on cancel. */
export async function composeMemo(api: Api): Promise<{ scope: MemoScope; title: string } | null> {
  const [speakers, tags] = await Promise.all([api.listSpeakers(), api.listTags()]);
  const title = h('input', { id: 'memo-title', value: 'Briefing memo', required: true });
  const group = h(
    'select',
    { id: 'memo-group' },
    h('option', { value: 'speaker' }, 'By speaker'),
    h('option', { value: 'tag' }, 'By tag'),
    h('option', { value: 'source' }, 'By source'),
    h('option', { value: 'date' }, 'Chronologically'),
  );
  const checkboxes = (
    name: string,
    items: { id: number | string; label: string; checked?: boolean }[],
  ) =>
    h(
      'fieldset',
      { className: 'memo-compose__choices' },
      h('legend', {}, name),
      items.length === 0
        ? h('p', { className: 'pane-empty' }, `No ${name.toLowerCase()} yet.`)
        : null,
      items.map((item) =>
        h(
          'label',
          { className: 'check' },
          h('input', { type: 'checkbox', value: item.id, name, checked: item.checked ?? false }),
          ` ${item.label}`,
        ),
      ),
    );
  const speakerBox = checkboxes(
    'Speakers',
    speakers.map((speaker) => ({
      id: speaker.id,
      label: `${speaker.name} (${speaker.quoteCount})`,
    })),
  );
  const tagBox = checkboxes(
    'Tags',
    tags.map((tag) => ({ id: tag.id, label: `${tag.name} (${tag.highlightCount})` })),
  );
  const kindBox = checkboxes('Kinds', [
    { id: 'direct', label: 'Direct quotes', checked: true },
    { id: 'indirect', label: 'Indirect quotes', checked: true },
    { id: 'term', label: 'Terms', checked: true },
    { id: 'highlight', label: 'Highlights' },
  ]);
  const from = h('input', { id: 'memo-from', type: 'date' });
  const to = h('input', { id: 'memo-to', type: 'date' });
  const summary = h('textarea', {
    id: 'memo-summary',
    rows: 3,
    placeholder: 'Optional: your summary, shown under the title',
  });
  const ticked = (box: HTMLElement) =>
    [...box.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
  return openFormDialog({
    id: 'compose',
    title: 'New memo',
    lead: 'Choose what to include; leave a list unticked to include everything of that kind.',
    fields: [
      field('Title', title),
      field('Group', group),
      h('div', { className: 'memo-compose__grid' }, speakerBox, tagBox, kindBox),
      h(
        'div',
        { className: 'memo-compose__dates' },
        field('Published from', from),
        field('to', to),
      ),
      field('Summary', summary),
    ],
    submitLabel: 'Compile memo',
    wide: true,
    read: () => {
      const speakerIds = ticked(speakerBox).map(Number);
      const tagIds = ticked(tagBox).map(Number);
      const kinds = ticked(kindBox) as MemoScope['kinds'];
      const memoTitle = title.value.trim() || 'Briefing memo';
      return {
        title: memoTitle,
        scope: {
          groupBy: group.value as MemoScope['groupBy'],
          ...(speakerIds.length ? { speakerIds } : {}),
          ...(tagIds.length ? { tagIds } : {}),
          ...(kinds && kinds.length ? { kinds } : {}),
          ...(from.value ? { from: from.value } : {}),
          ...(to.value ? { to: to.value } : {}),
          ...(summary.value.trim() ? { summary: summary.value.trim() } : {}),
          title: memoTitle,
        },
      };
    },
  });
}
