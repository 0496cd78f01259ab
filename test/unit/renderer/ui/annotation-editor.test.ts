// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { Tag } from '../../../../main/ipc/contract';
import {
  createAnnotationEditor,
  type AnnotationDraft,
} from '../../../../renderer/ui/annotation-editor';
import { highlight } from './fixtures';
import { fakeApi, settle } from './fake-api';

afterEach(() => document.body.replaceChildren());

const ports: Tag = {
  id: 3,
  name: 'ports',
  colour: null,
  highlightCount: 2,
  createdAt: '2026-01-05T09:00:00Z',
};

function editor(answers: Parameters<typeof fakeApi>[0] = {}) {
  const closed: AnnotationDraft[] = [];
  const fake = fakeApi({
    listTagPage: async () => ({ items: [ports], total: 1, next: null }),
    suggestSpeakers: async () => [],
    ...answers,
  });
  const form = createAnnotationEditor(fake.api, highlight(1, 'The council met on Tuesday.'), {
    save: async () => undefined,
    remove: async () => undefined,
    close: (draft) => closed.push(draft),
  });
  document.body.append(form);
  const escape = (target: Element) =>
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
    );
  return { ...fake, form, closed, escape };
}

describe('annotation editor', () => {
  test('offers Figure among the kinds a passage can be given', () => {
    const { form } = editor();
    const options = [...form.querySelectorAll<HTMLOptionElement>('option')].map((option) => [
      option.value,
      option.textContent,
    ]);
    expect(options).toContainEqual(['figure', 'Figure']);
  });

  test('the first Escape closes an open list and the second closes the card with what was typed', async () => {
    const { form, closed, escape } = editor();
    const tags = form.querySelector<HTMLInputElement>('#annotation-tags')!;
    tags.focus();
    tags.value = 'po';
    tags.dispatchEvent(new Event('input'));
    await settle();
    const list = form.querySelector<HTMLElement>('#annotation-tags-list')!;
    expect(list.hidden).toBe(false);
    escape(tags);
    expect(list.hidden).toBe(true);
    expect(closed).toEqual([]);
    escape(tags);
    expect(closed).toHaveLength(1);
    expect(closed[0]!.typedTag).toBe('po');
  });

  test('the tag list asks the server for one page of the tags holding what is typed', async () => {
    const { form, calls } = editor({
      listTagPage: async () => ({
        items: [ports, { ...ports, id: 6, name: 'sports' }],
        total: 2,
        next: null,
      }),
    });
    const tags = form.querySelector<HTMLInputElement>('#annotation-tags')!;
    tags.focus();
    tags.value = 'Ports';
    tags.dispatchEvent(new Event('input'));
    await settle();
    expect(calls.filter((call) => call.method === 'listTagPage').at(-1)!.args).toEqual({
      filter: 'ports',
      limit: 50,
    });
    expect(calls.map((call) => call.method)).not.toContain('listTags');
    const list = form.querySelector<HTMLElement>('#annotation-tags-list')!;
    expect(list.textContent).toContain('sports');
    expect(list.textContent).not.toContain('Create tag');
  });

  test('choosing "Create speaker" creates no speaker before Save', async () => {
    const { form, calls } = editor();
    const speaker = form.querySelector<HTMLInputElement>('#annotation-speaker')!;
    speaker.focus();
    speaker.value = 'Lena Marsh';
    speaker.dispatchEvent(new Event('input'));
    await settle();
    const create = [...form.querySelectorAll<HTMLElement>('[role="option"]')].find((option) =>
      option.textContent!.startsWith('Create speaker'),
    )!;
    create.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    await settle();
    expect(speaker.value).toBe('Lena Marsh');
    expect(calls.map((call) => call.method)).not.toContain('createSpeaker');
  });
});
