// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { Speaker } from '../../../../main/ipc/contract';
import { renderSpeakerManager } from '../../../../renderer/ui/manage-view';
import { fakeApi, settle } from './fake-api';
import { fakeNameLists } from './fake-name-lists';

afterEach(() => document.body.replaceChildren());

function speaker(id: number, name: string, quoteCount: number): Speaker {
  return {
    id,
    name,
    role: null,
    country: null,
    aliases: [],
    quoteCount,
    createdAt: '2026-01-05T09:00:00Z',
    updatedAt: '2026-01-05T09:00:00Z',
  };
}

const people = [speaker(1, 'Lena Marsh', 3), speaker(2, 'Tomas Reed', 1)];

async function manager(answers: Parameters<typeof fakeApi>[0] = {}, everyone = people) {
  const host = document.createElement('main');
  document.body.append(host);
  const notices: string[] = [];
  let changed = 0;
  const lists = fakeNameLists({ speakers: everyone });
  const fake = fakeApi({
    listSpeakers: async () => everyone,
    listSpeakerPage: lists.listSpeakerPage,
    getSpeakers: lists.getSpeakers,
    ...answers,
  });
  await renderSpeakerManager(host, fake.api, {
    changed: async () => void (changed += 1),
    error: (error) => {
      throw error;
    },
    notice: (text) => notices.push(text),
  });
  const row = (name: string) => host.querySelector<HTMLFormElement>(`form[aria-label="${name}"]`)!;
  return { ...fake, lists, host, notices, row, changed: () => changed };
}

describe('speaker manager', () => {
  test('saving one row keeps what was typed, unsaved, in another', async () => {
    const { row, host, changed } = await manager({
      updateSpeaker: async () => ({ ...people[0]!, role: 'Harbour master' }),
    });
    host.querySelector<HTMLInputElement>('#speaker-2-role')!.value = 'Ferry captain';
    host.querySelector<HTMLInputElement>('#speaker-1-role')!.value = 'Harbour master';
    row('Lena Marsh').requestSubmit();
    await settle();
    expect(changed()).toBe(1);
    expect(host.querySelector<HTMLInputElement>('#speaker-2-role')!.value).toBe('Ferry captain');
  });

  test('Delete says how many quotations keep their place without a speaker, then deletes', async () => {
    const { row, calls, notices } = await manager({ deleteSpeaker: async () => ({ id: 1 }) });
    [...row('Lena Marsh').querySelectorAll('button')]
      .find((button) => button.textContent === 'Delete')!
      .click();
    await settle();
    const dialog = document.querySelector('dialog')!;
    expect(dialog.textContent).toContain('3 quotations are attributed to “Lena Marsh”');
    [...dialog.querySelectorAll('button')]
      .find((button) => button.textContent === 'Delete speaker')!
      .click();
    await settle();
    expect(calls.find((call) => call.method === 'deleteSpeaker')?.args).toEqual({ id: 1 });
    expect(notices).toEqual(['Deleted Lena Marsh; 3 quotations kept without a speaker.']);
    expect(document.querySelector('form[aria-label="Lena Marsh"]')).toBeNull();
  });

  test('cancelling the confirmation deletes nothing', async () => {
    const { row, calls } = await manager();
    [...row('Tomas Reed').querySelectorAll('button')]
      .find((button) => button.textContent === 'Delete')!
      .click();
    await settle();
    [...document.querySelector('dialog')!.querySelectorAll('button')]
      .find((button) => button.textContent === 'Cancel')!
      .click();
    await settle();
    expect(calls.map((call) => call.method)).not.toContain('deleteSpeaker');
    expect(row('Tomas Reed')).not.toBeNull();
  });

  test('opens on the first page of 10,000 speakers and filters through the server', async () => {
    const crowd = Array.from({ length: 10_000 }, (_, index) =>
      speaker(index + 1, `Harbour pilot ${String(index + 1).padStart(5, '0')}`, 0),
    );
    const { host, calls, lists } = await manager({}, crowd);
    expect(host.querySelectorAll('form.manager__row')).toHaveLength(50);
    expect(calls.map((call) => call.method)).not.toContain('listSpeakers');
    const filter = host.querySelector<HTMLInputElement>('[aria-label="Filter speakers"]')!;
    expect(filter.hidden).toBe(false);
    filter.value = 'pilot 09999';
    filter.dispatchEvent(new Event('input'));
    await settle();
    expect(lists.requests.at(-1)).toBe('listSpeakerPage {"filter":"pilot 09999","limit":50}');
    expect(
      [...host.querySelectorAll('form.manager__row')].map((form) =>
        form.getAttribute('aria-label'),
      ),
    ).toEqual(['Harbour pilot 09999']);
  });

  test('a row’s Merge into choices are fetched when it is first used, once', async () => {
    const { host, calls } = await manager();
    const merge = host.querySelector<HTMLSelectElement>('#speaker-1-merge')!;
    expect(merge.options).toHaveLength(1);
    merge.dispatchEvent(new Event('focus'));
    merge.dispatchEvent(new Event('mousedown'));
    await settle();
    expect([...merge.options].map((option) => option.textContent)).toEqual([
      'Merge into…',
      'Tomas Reed',
    ]);
    expect(calls.filter((call) => call.method === 'listSpeakers')).toHaveLength(1);
  });
});
