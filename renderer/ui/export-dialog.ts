// The Export dialog: the notebook's work in the formats colleagues' tools read (W3C Web
// Annotation for annotation tools, a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA and
// QualCoder), the open memo in a citation style (Chicago notes or APA author–date) and its
// sources as CSL-JSON for a reference manager, and importing an annotations file or a project
// back. Files download through the browser (or the desktop app's
// download handling); the dialog talks only to the interchange methods of the API.
import type { Api } from '../api';
import type {
  AnnotationImportReport,
  CitationStyle,
  ExportedFile,
  MemoFormat,
  ProjectImportReport,
} from '../../main/ipc/contract';
import { clear, h } from './dom';

export type ExportApi = Pick<
  Api,
  | 'exportAnnotations'
  | 'exportProject'
  | 'exportMemoSources'
  | 'exportMemo'
  | 'importAnnotations'
  | 'importProject'
>;

const MEMO_FORMATS: { format: MemoFormat; label: string }[] = [
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'pdf', label: 'PDF (.pdf)' },
  { format: 'html', label: 'Web page (.html)' },
  { format: 'md', label: 'Markdown (.md)' },
];

const STYLES: { style: CitationStyle; label: string }[] = [
  { style: 'chicago', label: 'Chicago notes' },
  { style: 'apa', label: 'APA author–date' },
];

export interface ExportDialogOptions {
  api: ExportApi;
  /** The memo open in the workspace, if any: its sources can be exported too. */
  memo: { id: number; title: string; save(): Promise<void> } | null;
  /** Saves the file (the default downloads it through the page). */
  save?: (file: ExportedFile) => void;
  /** After an import placed annotations, so the app can show them. */
  onImported(report: AnnotationImportReport | ProjectImportReport): void;
}

function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Bytes as base64, in slices so a large project does not overflow the argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.data)], { type: file.mimeType }));
  const link = h('a', { href: url, download: file.fileName, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What an import did, in a sentence or two and a list of what could not be placed. */
export function describeImport(report: AnnotationImportReport | ProjectImportReport): {
  summary: string;
  orphans: string[];
} {
  const what = 'newArticles' in report ? 'coded passages' : 'annotations';
  const parts = [`Imported ${report.imported} of ${report.total} ${what}`];
  if (report.fuzzy) parts.push(`${report.fuzzy} placed where the text differs slightly`);
  if (report.alreadyPresent) parts.push(`${report.alreadyPresent} already in the notebook`);
  const added = 'newArticles' in report ? report.newArticles : [];
  const created = [
    added.length ? `new articles: ${added.map((article) => `“${article.title}”`).join(', ')}` : '',
    report.createdSpeakers.length ? `new speakers: ${report.createdSpeakers.join(', ')}` : '',
    report.createdTags.length ? `new tags: ${report.createdTags.join(', ')}` : '',
  ].filter(Boolean);
  const also = created.join('; ');
  const summary = `${parts.join('; ')}.${also ? ` ${also.charAt(0).toUpperCase()}${also.slice(1)}.` : ''}`;
  const orphans = report.orphaned.map(
    (orphan) =>
      `“${orphan.exact.length > 80 ? `${orphan.exact.slice(0, 79)}…` : orphan.exact}”: ${orphan.reason}.`,
  );
  return { summary, orphans };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Row {
  title: string;
  detail: string;
  /** Choices shown before the button (the memo's format and citation style). */
  controls?: HTMLElement[];
  button: string;
  run(): Promise<void>;
}

export function openExportDialog(options: ExportDialogOptions): Promise<void> {
  const { api } = options;
  const save = options.save ?? downloadFile;
  let busy = false;
  let imported: AnnotationImportReport | ProjectImportReport | null = null;

  const status = h('p', { className: 'dialog__lead', role: 'status', 'aria-live': 'polite' });
  const result = h('div', { className: 'export__result', 'aria-live': 'polite' });
  const fileInput = h('input', {
    type: 'file',
    accept: '.jsonld,.json,application/ld+json,application/json',
    hidden: true,
    'aria-label': 'Annotations file to import',
  });
  const projectInput = h('input', {
    type: 'file',
    accept: '.qdpx,application/zip',
    hidden: true,
    'aria-label': 'REFI-QDA project to import',
  });
  const closeButton = h('button', { type: 'submit', className: 'button' }, 'Close');

  function say(text: string, error = false): void {
    status.textContent = text;
    status.classList.toggle('status-bar__text--error', error);
  }

  async function run(label: string, work: () => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    for (const button of dialog.querySelectorAll('button'))
      if (button !== closeButton) button.disabled = true;
    say(label);
    try {
      await work();
    } catch (error) {
      say(message(error), true);
    } finally {
      busy = false;
      for (const button of dialog.querySelectorAll('button')) button.disabled = false;
    }
  }

  async function exported(file: Promise<ExportedFile>): Promise<void> {
    const made = await file;
    save(made);
    say(`Exported ${made.fileName}.`);
  }

  const rows: Row[] = [
    {
      title: 'Annotations (W3C Web Annotation, .jsonld)',
      detail:
        'Every highlight with its quote, position, speaker, tags and note, for Hypothesis and other annotation tools.',
      button: 'Export annotations',
      run: () => exported(api.exportAnnotations({ format: 'w3c' })),
    },
    {
      title: 'Project (REFI-QDA, .qdpx)',
      detail:
        'The articles as sources, tags and speakers as codes, highlights as coded passages with notes, for NVivo, ATLAS.ti, MAXQDA and QualCoder.',
      button: 'Export project',
      run: () => exported(api.exportProject({ format: 'qdpx' })),
    },
  ];
  const memo = options.memo;
  const formatSelect = h(
    'select',
    { className: 'export__select', 'aria-label': 'Memo format' },
    MEMO_FORMATS.map(({ format, label }) => h('option', { value: format }, label)),
  );
  const styleSelect = h(
    'select',
    { className: 'export__select', 'aria-label': 'Citation style' },
    STYLES.map(({ style, label }) => h('option', { value: style }, label)),
  );
  if (memo)
    rows.push({
      title: 'Memo with a citation style',
      detail: `“${memo.title}” with Chicago notes (the default) or APA author–date citations.`,
      controls: [formatSelect, styleSelect],
      button: 'Export memo',
      run: async () => {
        await memo.save();
        await exported(
          api.exportMemo({
            memoId: memo.id,
            format: formatSelect.value as MemoFormat,
            citationStyle: styleSelect.value as CitationStyle,
          }),
        );
      },
    });
  if (memo)
    rows.push({
      title: 'Memo sources (CSL-JSON)',
      detail: `The articles “${memo.title}” cites, for Zotero and other reference managers.`,
      button: 'Export memo sources',
      run: async () => {
        await memo.save();
        await exported(api.exportMemoSources({ memoId: memo.id }));
      },
    });

  const list = h(
    'ul',
    { className: 'export__list' },
    rows.map((row) =>
      h(
        'li',
        { className: 'export__row' },
        h(
          'div',
          { className: 'export__text' },
          h('strong', {}, row.title),
          h('span', { className: 'export__detail' }, row.detail),
        ),
        row.controls ? h('div', { className: 'export__controls' }, row.controls) : null,
        h(
          'button',
          {
            type: 'button',
            className: 'button',
            onclick: () => void run('Exporting…', row.run),
          },
          row.button,
        ),
      ),
    ),
  );

  async function importChosen(file: File, kind: 'annotations' | 'project'): Promise<void> {
    await run(`Importing ${file.name}…`, async () => {
      const report =
        kind === 'annotations'
          ? await api.importAnnotations({ name: file.name, text: await file.text() })
          : await api.importProject({
              name: file.name,
              data: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
            });
      imported = report;
      const { summary, orphans } = describeImport(report);
      clear(result);
      result.appendChild(h('p', {}, summary));
      if (orphans.length) {
        result.appendChild(
          h('p', {}, `${orphans.length} could not be placed (listed, never dropped):`),
        );
        result.appendChild(
          h(
            'ul',
            { className: 'export__orphans' },
            orphans.map((line) => h('li', {}, line)),
          ),
        );
      }
      say('');
    });
  }
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void importChosen(file, 'annotations');
  });
  projectInput.addEventListener('change', () => {
    const file = projectInput.files?.[0];
    projectInput.value = '';
    if (file) void importChosen(file, 'project');
  });

  const dialog = h(
    'dialog',
    { className: 'dialog dialog--wide', id: 'export-dialog', 'aria-labelledby': 'export-title' },
    h(
      'form',
      { method: 'dialog', className: 'dialog__form' },
      h('h2', { className: 'dialog__title', id: 'export-title' }, 'Export'),
      h(
        'p',
        { className: 'dialog__lead' },
        memo
          ? 'Files your colleagues’ tools read, and the open memo in the citation style they expect.'
          : 'Files your colleagues’ tools read. Open a memo to export it in a citation style, or its sources.',
      ),
      list,
      h(
        'div',
        { className: 'export__import' },
        h(
          'div',
          { className: 'export__text' },
          h('strong', {}, 'Import annotations'),
          h(
            'span',
            { className: 'export__detail' },
            'A W3C Web Annotation file from Dossier or another tool: each annotation is placed on the article it names (by URL or text), by its quote.',
          ),
        ),
        h(
          'button',
          { type: 'button', className: 'button', onclick: () => fileInput.click() },
          'Import annotations…',
        ),
        fileInput,
      ),
      h(
        'div',
        { className: 'export__import' },
        h(
          'div',
          { className: 'export__text' },
          h('strong', {}, 'Import a project'),
          h(
            'span',
            { className: 'export__detail' },
            'A REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA, QualCoder or Dossier: each source is matched to the article with the same text, or added; each coded passage becomes a highlight.',
          ),
        ),
        h(
          'button',
          { type: 'button', className: 'button', onclick: () => projectInput.click() },
          'Import project…',
        ),
        projectInput,
      ),
      result,
      status,
      h('div', { className: 'dialog__actions' }, closeButton),
    ),
  );

  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      const added = imported && 'newArticles' in imported && imported.newArticles.length > 0;
      if (imported && (imported.imported > 0 || added)) options.onImported(imported);
      resolve();
    });
    document.body.appendChild(dialog);
    dialog.showModal();
  });
}
