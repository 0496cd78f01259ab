import { describe, expect, test, vi } from 'vitest';
import { createCommands, type CommandPorts } from '../../../../main/electron/commands';
import type { CheckReport, ImportOutcome, RestoreOutcome } from '../../../../main/ipc/contract';

type MessageBoxOptions = Parameters<CommandPorts['dialogs']['message']>[0];

const NOTEBOOK = '/data/notebook.sqlite';
const imported: ImportOutcome[] = [
  { path: '/news/a.html', status: 'imported', articleId: 1, title: 'Almaty meeting' },
];

function setup(
  overrides: Partial<CommandPorts> = {},
  answers: { open?: string[] | null; save?: string | null; ask?: number[] } = {},
) {
  const replies = [...(answers.ask ?? [])];
  const messages: MessageBoxOptions[] = [];
  const sent: Array<[string, unknown]> = [];
  const ports: CommandPorts = {
    platform: 'linux',
    dialogs: {
      open: vi.fn(async () => answers.open ?? null),
      save: vi.fn(async () => answers.save ?? null),
      message: vi.fn(async (options: MessageBoxOptions) => void messages.push(options)),
      ask: vi.fn(async (options: MessageBoxOptions) => {
        messages.push(options);
        return replies.shift() ?? options.cancelId ?? 0;
      }),
    },
    events: {
      send: vi.fn((name: string, payload: unknown) => {
        sent.push([name, payload]);
        return 1;
      }) as CommandPorts['events']['send'],
    },
    notebookFile: () => NOTEBOOK,
    documentsFolder: () => '/home/ana/Documents',
    now: () => new Date(2025, 3, 26),
    importPaths: vi.fn(async () => imported),
    backUp: vi.fn(async () => undefined),
    switchNotebook: vi.fn(async () => undefined),
    backupsFolder: () => '/data/backups',
    restore: vi.fn(async () => restored),
    check: vi.fn(async () => healthy),
    focusWindow: vi.fn(),
    ...overrides,
  };
  return { commands: createCommands(ports), ports, messages, sent };
}

describe('Import…', () => {
  test('imports the chosen paths through the service and tells the renderer', async () => {
    const { commands, ports, sent } = setup({}, { open: ['/news/a.html', '/news/folder'] });
    await expect(commands.importFiles()).resolves.toEqual(imported);
    expect(ports.dialogs.open).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile', 'multiSelections'] }),
    );
    expect(ports.importPaths).toHaveBeenCalledWith(['/news/a.html', '/news/folder']);
    expect(sent).toEqual([['notebook-changed', { reason: 'imported', outcomes: imported }]]);
  });

  test('Import folder… asks for folders', async () => {
    const { commands, ports } = setup({}, { open: ['/news'] });
    await commands.importFolder();
    expect(ports.dialogs.open).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openDirectory', 'multiSelections'] }),
    );
  });

  test('cancelling imports nothing and tells no one', async () => {
    const { commands, ports, sent } = setup({}, { open: null });
    await expect(commands.importFiles()).resolves.toBeNull();
    expect(ports.importPaths).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  test('an unexpected failure becomes a message, not a throw', async () => {
    const { commands, messages } = setup(
      { importPaths: vi.fn(async () => Promise.reject(new Error('database is locked'))) },
      { open: ['/news/a.html'] },
    );
    await expect(commands.importFiles()).resolves.toBeNull();
    expect(messages).toEqual([
      expect.objectContaining({ type: 'error', detail: 'database is locked' }),
    ]);
  });
});

describe('files handed over at launch', () => {
  test('focuses the window, imports them and tells the renderer', async () => {
    const { commands, ports, sent } = setup();
    await expect(commands.importLaunchFiles(['/news/a.html'])).resolves.toEqual(imported);
    expect(ports.focusWindow).toHaveBeenCalledOnce();
    expect(ports.importPaths).toHaveBeenCalledWith(['/news/a.html']);
    expect(sent).toHaveLength(1);
  });

  test('with no files only focuses the window', async () => {
    const { commands, ports, sent } = setup();
    await expect(commands.importLaunchFiles([])).resolves.toEqual([]);
    expect(ports.focusWindow).toHaveBeenCalledOnce();
    expect(ports.importPaths).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});

describe('Back up notebook…', () => {
  test('backs up to the chosen file and confirms', async () => {
    const { commands, ports, messages } = setup({}, { save: '/backups/copy.sqlite' });
    await expect(commands.backUpNotebook()).resolves.toBe('/backups/copy.sqlite');
    expect(ports.dialogs.save).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: '/home/ana/Documents/notebook-backup-2025-04-26.sqlite',
      }),
    );
    expect(ports.backUp).toHaveBeenCalledWith('/backups/copy.sqlite');
    expect(messages).toEqual([
      expect.objectContaining({ type: 'info', message: 'Notebook backed up.' }),
    ]);
  });

  test('refuses to back up onto the notebook itself', async () => {
    const { commands, ports, messages } = setup({}, { save: `${NOTEBOOK}-wal` });
    await expect(commands.backUpNotebook()).resolves.toBeNull();
    expect(ports.backUp).not.toHaveBeenCalled();
    expect(messages).toEqual([expect.objectContaining({ type: 'warning' })]);
  });

  test('cancelling backs up nothing', async () => {
    const { commands, ports, messages } = setup({}, { save: null });
    await expect(commands.backUpNotebook()).resolves.toBeNull();
    expect(ports.backUp).not.toHaveBeenCalled();
    expect(messages).toEqual([]);
  });

  test('a failed backup names the file and the problem', async () => {
    const { commands, messages } = setup(
      { backUp: vi.fn(async () => Promise.reject(new Error('disk full'))) },
      { save: '/backups/copy.sqlite' },
    );
    await expect(commands.backUpNotebook()).resolves.toBeNull();
    expect(messages).toEqual([
      expect.objectContaining({ type: 'error', detail: 'copy.sqlite: disk full' }),
    ]);
  });
});

const restored: RestoreOutcome = {
  restoredFrom: '/data/backups/notebook-2025-04-25T08-00-00-daily.sqlite',
  keptAside: '/data/notebook.sqlite.replaced-2025-04-26T09-00-00',
  schemaVersion: 3,
  articleCount: 12,
};
const healthy: CheckReport = {
  file: NOTEBOOK,
  ok: true,
  repairRequested: false,
  found: [],
  actions: [],
  remaining: [],
};
const brokenIndex = { check: 'search-index' as const, message: 'the index does not match' };
const unhealthy: CheckReport = {
  ...healthy,
  ok: false,
  found: [brokenIndex],
  remaining: [brokenIndex],
};
const repaired: CheckReport = {
  ...healthy,
  repairRequested: true,
  found: [brokenIndex],
  actions: ['rebuilt the full-text search index from the articles'],
};

describe('Restore from backup…', () => {
  test('starts in the backups folder, asks before replacing, restores and tells the renderer', async () => {
    const { commands, ports, messages, sent } = setup(
      {},
      { open: [restored.restoredFrom], ask: [0] },
    );
    await expect(commands.restoreFromBackup()).resolves.toEqual(restored);
    expect(ports.dialogs.open).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/data/backups', properties: ['openFile'] }),
    );
    expect(messages[0]).toMatchObject({
      type: 'warning',
      message: 'Replace the notebook with notebook-2025-04-25T08-00-00-daily.sqlite?',
      buttons: ['Restore', 'Cancel'],
      cancelId: 1,
    });
    expect(ports.restore).toHaveBeenCalledWith(restored.restoredFrom);
    expect(sent).toEqual([['notebook-changed', { reason: 'opened', file: NOTEBOOK }]]);
    expect(messages[1]).toMatchObject({ type: 'info', message: 'Backup restored.' });
    expect(messages[1]!.detail).toContain(restored.keptAside);
  });

  test('answering Cancel restores nothing', async () => {
    const { commands, ports, sent } = setup({}, { open: [restored.restoredFrom], ask: [1] });
    await expect(commands.restoreFromBackup()).resolves.toBeNull();
    expect(ports.restore).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  test('choosing the notebook itself restores nothing', async () => {
    const { commands, ports } = setup({}, { open: [NOTEBOOK] });
    await expect(commands.restoreFromBackup()).resolves.toBeNull();
    expect(ports.dialogs.ask).not.toHaveBeenCalled();
    expect(ports.restore).not.toHaveBeenCalled();
  });

  test('a refused backup becomes a message naming it, and the renderer is not told', async () => {
    const refusal = '/data/backups/x.sqlite is damaged and cannot be restored (bad page).';
    const { commands, messages, sent } = setup(
      { restore: vi.fn(async () => Promise.reject(new Error(refusal))) },
      { open: ['/data/backups/x.sqlite'], ask: [0] },
    );
    await expect(commands.restoreFromBackup()).resolves.toBeNull();
    expect(messages.at(-1)).toMatchObject({
      type: 'error',
      message: 'The backup was not restored. The notebook is unchanged.',
      detail: refusal,
    });
    expect(sent).toEqual([]);
  });
});

describe('Check notebook', () => {
  test('a healthy notebook gets one message saying so', async () => {
    const { commands, ports, messages } = setup();
    await expect(commands.checkNotebook()).resolves.toEqual(healthy);
    expect(ports.check).toHaveBeenCalledExactlyOnceWith(false);
    expect(messages).toEqual([expect.objectContaining({ message: 'No problems found.' })]);
  });

  test('problems are listed with an offer to repair, which runs the repair when taken', async () => {
    const check = vi.fn(async (repair: boolean) => (repair ? repaired : unhealthy));
    const { commands, messages, sent } = setup({ check }, { ask: [0] });
    await expect(commands.checkNotebook()).resolves.toEqual(repaired);
    expect(messages[0]).toMatchObject({ buttons: ['Repair', 'Not now'] });
    expect(messages[0]!.detail).toContain('search-index: the index does not match');
    expect(check.mock.calls).toEqual([[false], [true]]);
    expect(messages[1]).toMatchObject({ message: 'Notebook repaired.' });
    expect(sent).toEqual([['notebook-changed', { reason: 'opened', file: NOTEBOOK }]]);
  });

  test('declining the repair changes nothing', async () => {
    const check = vi.fn(async () => unhealthy);
    const { commands } = setup({ check }, { ask: [1] });
    await expect(commands.checkNotebook()).resolves.toEqual(unhealthy);
    expect(check).toHaveBeenCalledOnce();
  });
});

describe('Open notebook…', () => {
  test('switches to the chosen notebook and tells the renderer', async () => {
    const { commands, ports, sent } = setup({}, { open: ['/cases/almaty.sqlite'] });
    await expect(commands.openNotebook()).resolves.toBe('/cases/almaty.sqlite');
    expect(ports.switchNotebook).toHaveBeenCalledWith('/cases/almaty.sqlite');
    expect(sent).toEqual([
      ['notebook-changed', { reason: 'opened', file: '/cases/almaty.sqlite' }],
    ]);
  });

  test('choosing the notebook already open does nothing', async () => {
    const { commands, ports, sent } = setup({}, { open: [NOTEBOOK] });
    await expect(commands.openNotebook()).resolves.toBeNull();
    expect(ports.switchNotebook).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  test('a file that is not a notebook is refused and the current one stays open', async () => {
    const { commands, messages, sent } = setup(
      { switchNotebook: vi.fn(async () => Promise.reject(new Error('file is not a database'))) },
      { open: ['/news/a.html'] },
    );
    await expect(commands.openNotebook()).resolves.toBeNull();
    expect(messages).toEqual([
      expect.objectContaining({
        type: 'error',
        message: 'a.html could not be opened as a notebook.',
        detail: 'file is not a database\nnotebook.sqlite is still open.',
      }),
    ]);
    expect(sent).toEqual([]);
  });
});

describe('renderer-owned commands', () => {
  test('Export memo… and Keyboard shortcuts ask the renderer', () => {
    const { commands, sent } = setup();
    commands.exportMemo();
    commands.showKeyboardShortcuts();
    expect(sent).toEqual([
      ['menu:export-memo', null],
      ['menu:keyboard-shortcuts', null],
    ]);
  });

  test('Export annotations, project or sources… asks the renderer to open its Export dialog', () => {
    const { commands, sent } = setup();
    commands.exportNotebook();
    expect(sent).toEqual([['menu:export-notebook', null]]);
  });
});
