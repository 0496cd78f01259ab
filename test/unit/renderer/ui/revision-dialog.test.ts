// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { AppliedRevision, ImportOutcome } from '../../../../main/ipc/contract';
import { resolveRevisions } from '../../../../renderer/ui/revision-dialog';
import { fakeApi, settle } from './fake-api';

afterEach(() => document.body.replaceChildren());

const REVISION_ID = '6f1c2b8e-4d3a-4f5e-9a7b-1c2d3e4f5a6b';
const offer: ImportOutcome = {
  path: 'ferry.md',
  status: 'revision',
  articleId: 7,
  title: 'Brackwater ferry to run twice daily',
  revision: {
    id: REVISION_ID,
    matchedBy: 'source-url',
    highlightCount: 3,
    newTitle: 'Brackwater ferry to run twice daily',
  },
};

function notices() {
  const shown: { message: string; details?: string[] | undefined }[] = [];
  return {
    shown,
    show: (message: string, options?: { details?: string[] }) =>
      shown.push({ message, details: options?.details }),
  };
}

function dialog(): HTMLDialogElement {
  const found = document.querySelector<HTMLDialogElement>('dialog.revision-dialog');
  if (!found) throw new Error('no revision dialog');
  return found;
}

describe('the revision dialog', () => {
  test('asks about the newer copy in the words the analyst reads', async () => {
    const { api } = fakeApi({ discardRevision: async () => ({ discarded: true }) });
    const done = resolveRevisions(api, [offer], notices());
    await settle();
    expect(dialog().textContent).toContain(
      'A newer version of “Brackwater ferry to run twice daily”',
    );
    expect(dialog().textContent).toContain(
      'Update it? Its 3 highlights will be re-anchored; the old text is kept.',
    );
    const labels = [...dialog().querySelectorAll('button')].map((button) => button.textContent);
    expect(labels).toEqual(['Skip', 'Keep both', 'Update']);
    dialog().close('skip');
    await done;
  });

  test('Update applies the copy and names the highlights that could not be placed', async () => {
    const applied = {
      article: { id: 7, title: 'Brackwater ferry to run twice daily' },
      placed: 2,
      fuzzy: 0,
      orphaned: [{ id: 12, exact: 'The crossing takes forty minutes' }],
      versionId: 1,
    } as unknown as AppliedRevision;
    const { api, calls } = fakeApi({ applyRevision: async () => applied });
    const told = notices();
    const done = resolveRevisions(api, [offer], told);
    await settle();
    dialog().close('update');
    expect(await done).toEqual([7]);
    expect(calls).toEqual([
      { method: 'applyRevision', args: { revisionId: REVISION_ID, articleId: 7 } },
    ]);
    expect(told.shown[0]?.message).toMatch(
      /2 highlights re-anchored; 1 highlight could not be placed/,
    );
    expect(told.shown[0]?.details).toEqual(['“The crossing takes forty minutes”']);
  });

  test('Escape skips: the held copy is let go and nothing is stored', async () => {
    const { api, calls } = fakeApi({ discardRevision: async () => ({ discarded: true }) });
    const done = resolveRevisions(api, [offer], notices());
    await settle();
    dialog().dispatchEvent(new Event('cancel'));
    dialog().close();
    expect(await done).toEqual([]);
    expect(calls.map((call) => call.method)).toEqual(['discardRevision']);
  });

  test('Keep both imports the copy as an article of its own', async () => {
    const { api, calls } = fakeApi({
      keepRevisionAsNew: async () => ({
        path: 'ferry.md',
        status: 'imported',
        articleId: 8,
        title: 'Ferry',
      }),
    });
    const done = resolveRevisions(api, [offer], notices());
    await settle();
    dialog().close('keep-both');
    expect(await done).toEqual([8]);
    expect(calls.map((call) => call.method)).toEqual(['keepRevisionAsNew']);
  });

  test('outcomes that are not held revisions ask nothing', async () => {
    const { api, calls } = fakeApi({});
    const reported = { ...offer, revision: { ...offer.revision!, id: null } };
    expect(
      await resolveRevisions(api, [reported, { path: 'a.md', status: 'imported' }], notices()),
    ).toEqual([]);
    expect(document.querySelector('dialog')).toBeNull();
    expect(calls).toEqual([]);
  });
});
