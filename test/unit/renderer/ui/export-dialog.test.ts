// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { AnnotationImportReport, ExportedFile } from '../../../../main/ipc/contract';
import { describeImport, openExportDialog } from '../../../../renderer/ui/export-dialog';
import { fakeApi, settle } from './fake-api';

afterEach(() => document.body.replaceChildren());

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find(
    (candidate) => candidate.textContent === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

const text = () => document.querySelector('dialog')?.textContent ?? '';

const file = (fileName: string): ExportedFile => ({
  fileName,
  mimeType: 'application/json',
  data: btoa('{}'),
});

const report: AnnotationImportReport = {
  file: 'colleague.jsonld',
  total: 3,
  imported: 1,
  fuzzy: 1,
  alreadyPresent: 1,
  orphaned: [
    {
      index: 3,
      source: 'https://elsewhere.example/story',
      exact: 'a passage from elsewhere',
      articleId: null,
      reason: 'no article in the notebook has this source (URL or text hash)',
    },
  ],
  createdSpeakers: ['Noor Vell'],
  createdTags: [],
};

describe('openExportDialog', () => {
  test('exports annotations and the project, saving each file the API returns', async () => {
    const saved: string[] = [];
    const fake = fakeApi({
      exportAnnotations: async () => file('notebook annotations.jsonld'),
      exportProject: async () => file('notebook.qdpx'),
    });
    void openExportDialog({
      api: fake.api,
      memo: null,
      save: (made) => saved.push(made.fileName),
      onImported: () => undefined,
    });
    button('Export annotations').click();
    await settle();
    button('Export project').click();
    await settle();
    expect(saved).toEqual(['notebook annotations.jsonld', 'notebook.qdpx']);
    expect(fake.calls.map((call) => call.args)).toEqual([{ format: 'w3c' }, { format: 'qdpx' }]);
    expect(text()).toContain('Exported notebook.qdpx.');
  });

  test('offers the open memo’s sources, saving the memo first', async () => {
    const order: string[] = [];
    const fake = fakeApi({
      exportMemoSources: async () => {
        order.push('export');
        return file('Harbour briefing sources.json');
      },
    });
    void openExportDialog({
      api: fake.api,
      memo: { id: 4, title: 'Harbour briefing', save: async () => void order.push('save') },
      save: () => undefined,
      onImported: () => undefined,
    });
    expect(text()).toContain('The articles “Harbour briefing” cites');
    button('Export memo sources').click();
    await settle();
    expect(order).toEqual(['save', 'export']);
    expect(fake.calls[0]!.args).toEqual({ memoId: 4 });
  });

  test('exports the open memo in the format and citation style chosen', async () => {
    const fake = fakeApi({ exportMemo: async () => file('Harbour briefing.pdf') });
    void openExportDialog({
      api: fake.api,
      memo: { id: 4, title: 'Harbour briefing', save: async () => undefined },
      save: () => undefined,
      onImported: () => undefined,
    });
    const select = (label: string) =>
      document.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`)!;
    select('Memo format').value = 'pdf';
    select('Citation style').value = 'apa';
    button('Export memo').click();
    await settle();
    expect(fake.calls[0]).toEqual({
      method: 'exportMemo',
      args: { memoId: 4, format: 'pdf', citationStyle: 'apa' },
    });
  });

  test('without an open memo there is no memo sources row', () => {
    void openExportDialog({
      api: fakeApi({}).api,
      memo: null,
      onImported: () => undefined,
    });
    expect(text()).not.toContain('Memo sources');
    expect(document.querySelector('select')).toBeNull();
  });

  test('an export that fails says why in the dialog', async () => {
    const fake = fakeApi({
      exportProject: async () => {
        throw new Error('The disk holding the notebook is full.');
      },
    });
    void openExportDialog({ api: fake.api, memo: null, onImported: () => undefined });
    button('Export project').click();
    await settle();
    expect(text()).toContain('The disk holding the notebook is full.');
  });

  test('importing a chosen file shows what was placed and lists the orphans; closing reports it', async () => {
    const fake = fakeApi({ importAnnotations: async () => report });
    const imported: AnnotationImportReport[] = [];
    const closed = openExportDialog({
      api: fake.api,
      memo: null,
      onImported: (result) => imported.push(result),
    });
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const chosen = new File(['{"type":"AnnotationCollection"}'], 'colleague.jsonld');
    Object.defineProperty(input, 'files', { value: [chosen], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    expect(fake.calls[0]).toEqual({
      method: 'importAnnotations',
      args: { name: 'colleague.jsonld', text: '{"type":"AnnotationCollection"}' },
    });
    expect(text()).toContain('Imported 1 of 3 annotations');
    expect(text()).toContain(
      '“a passage from elsewhere”: no article in the notebook has this source',
    );
    document.querySelector('dialog')!.close();
    await closed;
    expect(imported).toEqual([report]);
  });
});

test('importing a project sends its bytes as base64 and names the articles it added', async () => {
  const fake = fakeApi({
    importProject: async () => ({
      ...report,
      total: 2,
      imported: 2,
      fuzzy: 0,
      alreadyPresent: 0,
      orphaned: [],
      newArticles: [{ id: 9, title: 'Lock notes' }],
    }),
  });
  void openExportDialog({ api: fake.api, memo: null, onImported: () => undefined });
  const input = document.querySelector<HTMLInputElement>('input[accept^=".qdpx"]')!;
  const chosen = new File([new Uint8Array([0x50, 0x4b, 3, 4, 255])], 'colleague.qdpx');
  Object.defineProperty(input, 'files', { value: [chosen], configurable: true });
  input.dispatchEvent(new Event('change'));
  await settle();
  expect(fake.calls[0]).toEqual({
    method: 'importProject',
    args: { name: 'colleague.qdpx', data: btoa(String.fromCharCode(0x50, 0x4b, 3, 4, 255)) },
  });
  expect(text()).toContain('Imported 2 of 2 coded passages');
  expect(text()).toContain('New articles: “Lock notes”');
});

describe('describeImport', () => {
  test('names what was created and what was only approximately placed', () => {
    expect(describeImport(report).summary).toBe(
      'Imported 1 of 3 annotations; 1 placed where the text differs slightly; 1 already in the notebook. New speakers: Noor Vell.',
    );
  });
});
