// The "New memo" dialog: which speakers, tags, kinds and dates a briefing memo takes its
// quotations from, whether terms and unattributed passages come too, how it is grouped (one
// level or two; a quotation with several tags under each or once), and its title block
// (title, date, author, classification) and summary. Everything it offers is what the memo
// stores as its scope. It only reads the speakers and tags it offers; compiling is the caller's.
import type { Api } from '../api';
import type { MemoGrouping, MemoScope } from '../../main/ipc/contract';
import { h } from './dom';
import { field, openFormDialog } from './form-dialog';

const GROUPINGS: { value: MemoGrouping; label: string }[] = [
  { value: 'speaker', label: 'By speaker' },
  { value: 'tag', label: 'By tag' },
  { value: 'source', label: 'By source' },
  { value: 'date', label: 'Chronologically' },
];

/** What the dialog starts from: a new memo's defaults, or the scope a memo was compiled with. */
const DEFAULTS: MemoScope = {
  title: 'Briefing memo',
  groupBy: 'speaker',
  kinds: ['direct', 'indirect'],
};

function select(
  id: string,
  options: { value: string; label: string }[],
  selected: string,
): HTMLSelectElement {
  return h(
    'select',
    { id },
    options.map((option) =>
      h('option', { value: option.value, selected: option.value === selected }, option.label),
    ),
  );
}

function checkbox(
  id: string,
  label: string,
  checked: boolean,
): { box: HTMLInputElement; row: HTMLElement } {
  const box = h('input', { type: 'checkbox', id, checked });
  return { box, row: h('label', { className: 'check' }, box, ` ${label}`) };
}

/** The scope the dialog's fields say, with only what differs from "everything" written. */
export interface ComposedMemo {
  scope: MemoScope;
  title: string;
  /** Editing a saved memo's options: whether to rebuild its quotations with them. */
  recompile: boolean;
}

/** How the dialog is used: to make a new memo (the default) or to edit a saved memo's options. */
export interface ComposeMode {
  heading: string;
  submitLabel: string;
  /** Offer "rebuild the quotations" (a saved memo's document is otherwise kept as it is). */
  offerRecompile: boolean;
}

const NEW_MEMO: ComposeMode = {
  heading: 'New memo',
  submitLabel: 'Compile memo',
  offerRecompile: false,
};

export const MEMO_OPTIONS: ComposeMode = {
  heading: 'Memo options',
  submitLabel: 'Apply options',
  offerRecompile: true,
};

/**
 * The "New memo" dialog: what to include and how to group and head it. Resolves null on
 * cancel. `initial` fills it in (a memo's own scope, to compile it again with other options).
 */
export async function composeMemo(
  api: Api,
  initial: MemoScope = DEFAULTS,
  mode: ComposeMode = NEW_MEMO,
): Promise<ComposedMemo | null> {
  const [speakers, tags] = await Promise.all([api.listSpeakers(), api.listTags()]);
  const start = { ...DEFAULTS, ...initial };
  const title = h('input', { id: 'memo-title', value: start.title ?? '', required: true });
  const group = select('memo-group', GROUPINGS, start.groupBy ?? 'speaker');
  const thenBy = select(
    'memo-then-by',
    [
      { value: '', label: 'No further grouping' },
      { value: 'speaker', label: 'Then by speaker' },
      { value: 'tag', label: 'Then by tag' },
      { value: 'source', label: 'Then by source' },
      { value: 'date', label: 'Then by date' },
    ],
    start.thenBy ?? '',
  );
  const tagListing = select(
    'memo-tag-listing',
    [
      { value: 'every', label: 'Under each of its tags' },
      { value: 'first', label: 'Once, under its first tag, naming the others' },
    ],
    start.tagListing ?? 'every',
  );
  const chosen = (list: readonly (number | string)[] | undefined, value: number | string) =>
    list?.includes(value as never) ?? false;
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
      checked: chosen(start.speakerIds, speaker.id),
    })),
  );
  const tagBox = checkboxes(
    'Tags',
    tags.map((tag) => ({
      id: tag.id,
      label: `${tag.name} (${tag.highlightCount})`,
      checked: chosen(start.tagIds, tag.id),
    })),
  );
  const kindBox = checkboxes('Kinds', [
    { id: 'direct', label: 'Direct quotes', checked: chosen(start.kinds, 'direct') },
    { id: 'indirect', label: 'Reported speech', checked: chosen(start.kinds, 'indirect') },
    { id: 'highlight', label: 'Highlights', checked: chosen(start.kinds, 'highlight') },
    { id: 'term', label: 'Terms', checked: chosen(start.kinds, 'term') || !!start.includeTerms },
    { id: 'figure', label: 'Figures', checked: chosen(start.kinds, 'figure') },
  ]);
  const unattributed = checkbox(
    'memo-include-unattributed',
    'Passages without a speaker',
    !!start.includeUnattributed,
  );
  const figuresInDispute = checkbox(
    'memo-figures-in-dispute',
    'A “Figures in dispute” table',
    !!start.includeFiguresInDispute,
  );
  const from = h('input', { id: 'memo-from', type: 'date', value: start.from ?? '' });
  const to = h('input', { id: 'memo-to', type: 'date', value: start.to ?? '' });
  const date = h('input', {
    id: 'memo-date',
    value: start.date ?? '',
    placeholder: 'e.g. 1 July 2025',
  });
  const author = h('input', { id: 'memo-author', value: start.author ?? '' });
  const classification = h('input', {
    id: 'memo-classification',
    value: start.classification ?? '',
    placeholder: 'e.g. OFFICIAL – SENSITIVE',
  });
  const summary = h('textarea', {
    id: 'memo-summary',
    rows: 3,
    placeholder: 'Optional: your summary, shown under the title',
  });
  summary.value = start.summary ?? '';
  const recompile = checkbox(
    'memo-recompile',
    'Rebuild the quotations with these options (the memo as it is now is kept in History)',
    false,
  );
  const syncTagListing = () => {
    const byTag = group.value === 'tag' || thenBy.value === 'tag';
    tagListing.disabled = !byTag;
  };
  group.addEventListener('change', syncTagListing);
  thenBy.addEventListener('change', syncTagListing);
  syncTagListing();
  const ticked = (box: HTMLElement) =>
    [...box.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
  return openFormDialog({
    id: 'compose',
    title: mode.heading,
    lead: 'Choose what to include; leave a list unticked to include everything of that kind. Terms and passages without a speaker are left out unless ticked.',
    fields: [
      h('div', { className: 'memo-compose__row' }, field('Title', title), field('Date line', date)),
      h(
        'div',
        { className: 'memo-compose__row' },
        field('Author', author),
        field('Classification', classification),
      ),
      h(
        'div',
        { className: 'memo-compose__row memo-compose__row--three' },
        field('Group', group),
        field('Within each group', thenBy),
        field('A quotation with several tags', tagListing),
      ),
      h(
        'div',
        { className: 'memo-compose__grid' },
        speakerBox,
        tagBox,
        h(
          'div',
          { className: 'memo-compose__kinds' },
          kindBox,
          unattributed.row,
          figuresInDispute.row,
        ),
      ),
      h(
        'div',
        { className: 'memo-compose__dates' },
        field('Published from', from),
        field('to', to),
      ),
      field('Summary', summary),
      mode.offerRecompile ? recompile.row : null,
    ],
    submitLabel: mode.submitLabel,
    wide: true,
    read: () => {
      const speakerIds = ticked(speakerBox).map(Number);
      const tagIds = ticked(tagBox).map(Number);
      const kinds = ticked(kindBox) as NonNullable<MemoScope['kinds']>;
      const memoTitle = title.value.trim() || 'Briefing memo';
      const inner = thenBy.value as MemoGrouping | '';
      return {
        title: memoTitle,
        recompile: mode.offerRecompile && recompile.box.checked,
        scope: {
          groupBy: group.value as MemoGrouping,
          ...(inner && inner !== group.value ? { thenBy: inner } : {}),
          ...(tagListing.value === 'first' && !tagListing.disabled ? { tagListing: 'first' } : {}),
          ...(speakerIds.length ? { speakerIds } : {}),
          ...(tagIds.length ? { tagIds } : {}),
          ...(kinds.length ? { kinds } : {}),
          ...(kinds.includes('term') ? { includeTerms: true } : {}),
          ...(unattributed.box.checked ? { includeUnattributed: true } : {}),
          ...(figuresInDispute.box.checked ? { includeFiguresInDispute: true } : {}),
          ...(from.value ? { from: from.value } : {}),
          ...(to.value ? { to: to.value } : {}),
          ...(summary.value.trim() ? { summary: summary.value.trim() } : {}),
          ...(date.value.trim() ? { date: date.value.trim() } : {}),
          ...(author.value.trim() ? { author: author.value.trim() } : {}),
          ...(classification.value.trim() ? { classification: classification.value.trim() } : {}),
          title: memoTitle,
        },
      };
    },
  });
}
