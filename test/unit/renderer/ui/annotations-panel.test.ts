// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { Highlight } from '../../../../main/ipc/contract';
import {
  NO_FILTERS,
  renderAnnotationsPanel,
  type AnnotationFilters,
  type AnnotationsPanelHandlers,
} from '../../../../renderer/ui/annotations-panel';
import { h } from '../../../../renderer/ui/dom';
import { highlight } from './fixtures';

const floods = highlight(1, '“The dam will hold the spring floods,”', {
  speakerId: 3,
  speakerName: 'Oren Talvik',
  tags: [{ id: 5, name: 'water', colour: null }],
});
const council = highlight(2, 'The council met on Tuesday.', { kind: 'highlight' });
const share = highlight(3, 'the town would pay its share', {
  kind: 'indirect',
  speakerId: 4,
  speakerName: 'Mira Quell',
});
const lost = highlight(4, 'Varn valley dam approved', { orphaned: true, note: 'Check the date.' });

function render(
  highlights: Highlight[],
  options: { editingId?: number; filters?: AnnotationFilters; suggestions?: HTMLElement } = {},
) {
  const events: string[] = [];
  const filtered: AnnotationFilters[] = [];
  const handlers: AnnotationsPanelHandlers = {
    open: (id) => events.push(`open ${id}`),
    reveal: (id) => events.push(`reveal ${id}`),
    replaceAtSelection: (id) => events.push(`replace ${id}`),
    remove: (id) => events.push(`remove ${id}`),
    editor: (item) => h('form', { className: 'test-editor' }, `editing ${item.id}`),
    filter: (filters) => filtered.push(filters),
  };
  const panel = document.createElement('div');
  renderAnnotationsPanel(
    panel,
    {
      highlights,
      editingId: options.editingId ?? null,
      filters: options.filters ?? NO_FILTERS,
      suggestions: options.suggestions ?? null,
    },
    handlers,
  );
  const list = panel.querySelector('[aria-label="Annotations in reading order"]');
  const ids = (root: Element | null) =>
    [...(root?.querySelectorAll<HTMLElement>(':scope > li') ?? [])].map((item) =>
      Number(item.dataset['highlightId']),
    );
  return { panel, events, filtered, list, ids };
}

describe('annotations panel', () => {
  test('lists annotations in reading order with the orphaned ones apart', () => {
    const { panel, list, ids } = render([share, lost, floods, council]);
    expect(ids(list)).toEqual([2, 1, 3]);
    const orphans = panel.querySelector('[aria-label="Orphaned annotations"]');
    expect(orphans!.textContent).toContain('Could not be placed');
    expect(ids(orphans!.querySelector('ol'))).toEqual([4]);
    expect(panel.querySelector('.annotations__count')!.textContent).toBe('4 of 4 annotations');
  });

  test('shows the kind, speaker, tags and note of an annotation', () => {
    const { list } = render([floods, lost]);
    const item = list!.querySelector('li')!;
    expect(item.querySelector('.kind-badge')!.textContent).toBe('Direct quote');
    expect(item.querySelector('.annotation__speaker')!.className).toContain('speaker-text-3');
    expect(item.querySelector('.annotation__tags')!.textContent).toBe('water');
  });

  test('applies the filters it is given and offers the speakers and tags present', () => {
    const { panel, ids, list } = render([floods, council, share], {
      filters: { ...NO_FILTERS, speaker: '4' },
    });
    expect(ids(list)).toEqual([3]);
    expect(panel.querySelector('.annotations__count')!.textContent).toBe('1 of 3 annotations');
    const speakers = panel.querySelector<HTMLSelectElement>('[aria-label="Filter by speaker"]')!;
    expect([...speakers.options].map((option) => option.textContent)).toEqual([
      'All speakers',
      'Mira Quell',
      'Oren Talvik',
    ]);
    expect(speakers.value).toBe('4');
  });

  test('reports a changed filter with the others kept', () => {
    const { panel, filtered } = render([floods, council], {
      filters: { ...NO_FILTERS, tag: '5' },
    });
    const kinds = panel.querySelector<HTMLSelectElement>('[aria-label="Filter by kind"]')!;
    kinds.value = 'direct';
    kinds.dispatchEvent(new Event('change'));
    expect(filtered).toEqual([{ kind: 'direct', speaker: '', tag: '5' }]);
  });

  test('opens an annotation on click, and reveals its passage once it is being edited', () => {
    const closed = render([floods]);
    closed.list!.querySelector<HTMLButtonElement>('.annotation__summary')!.click();
    expect(closed.events).toEqual(['open 1']);
    const editing = render([floods], { editingId: 1 });
    const summary = editing.list!.querySelector<HTMLButtonElement>('.annotation__summary')!;
    expect(summary.getAttribute('aria-expanded')).toBe('true');
    expect(editing.list!.querySelector('.test-editor')!.textContent).toBe('editing 1');
    summary.click();
    expect(editing.events).toEqual(['reveal 1']);
  });

  test('offers Re-place and Delete on an orphaned annotation', () => {
    const { panel, events } = render([lost]);
    for (const button of panel.querySelectorAll<HTMLButtonElement>(
      '.annotation__orphan-actions button',
    ))
      button.click();
    expect(events).toEqual(['replace 4', 'remove 4']);
  });

  test('explains how to start when there is no annotation, under any suggestions', () => {
    const { panel } = render([], { suggestions: h('section', { className: 'suggestions' }) });
    expect(panel.firstElementChild!.className).toBe('suggestions');
    expect(panel.textContent).toContain('No annotations yet.');
    expect(panel.querySelector('select')).toBeNull();
  });
});
