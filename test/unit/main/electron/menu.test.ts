import { describe, expect, test, vi } from 'vitest';
import { ACCELERATORS, buildMenuTemplate, type MenuCommands } from '../../../../main/electron/menu';

type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function commands(): MenuCommands {
  return {
    importFiles: vi.fn(),
    importFolder: vi.fn(),
    exportMemo: vi.fn(),
    exportNotebook: vi.fn(),
    backUpNotebook: vi.fn(),
    restoreFromBackup: vi.fn(),
    checkNotebook: vi.fn(),
    openNotebook: vi.fn(),
    showKeyboardShortcuts: vi.fn(),
  };
}

function template(platform: NodeJS.Platform, developerTools = false, actions = commands()) {
  return buildMenuTemplate(actions, { platform, appName: 'Dossier', developerTools });
}

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return Array.isArray(menu.submenu) ? menu.submenu : [];
}

function all(menus: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menus.flatMap((menu) => [menu, ...all(items(menu))]);
}

function roles(menus: MenuItemConstructorOptions[]): string[] {
  return all(menus).flatMap((item) => (item.role ? [item.role] : []));
}

function find(menus: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = all(menus).find((candidate) => candidate.label?.replace('&', '') === label);
  if (!item) throw new Error(`no menu item labelled ${label}`);
  return item;
}

const click = (item: MenuItemConstructorOptions) =>
  item.click?.(undefined as never, undefined, undefined as never);

describe('application menu on macOS', () => {
  const menus = template('darwin');

  test("starts with the app menu named after the app, with the platform's standard roles", () => {
    expect(menus.map((menu) => menu.label)).toEqual([
      'Dossier',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(items(menus[0]!).map((item) => item.role ?? item.type)).toEqual([
      'about',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
  });

  test('File closes the window rather than quitting, and offers one Import… for files and folders', () => {
    const file = items(menus[1]!);
    expect(file.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'Import…',
      'separator',
      'Open notebook…',
      'Back up notebook…',
      'Restore from backup…',
      'Check notebook',
      'separator',
      'Export memo…',
      'Export annotations, project or sources…',
      'separator',
      'close',
    ]);
  });

  test('Edit, Window and Help use the standard roles, with macOS extras', () => {
    expect(roles([menus[2]!])).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'delete',
      'selectAll',
    ]);
    expect(menus[4]).toMatchObject({ role: 'windowMenu' });
    expect(roles(items(menus[4]!))).toEqual(['minimize', 'zoom', 'front']);
    expect(menus[5]).toMatchObject({ role: 'help' });
    expect(items(menus[5]!).map((item) => item.label)).toEqual(['Keyboard shortcuts']);
  });
});

describe.each(['win32', 'linux'] as const)('application menu on %s', (platform) => {
  const menus = template(platform);

  test('has no app menu; top-level menus carry Alt-key mnemonics', () => {
    expect(menus.map((menu) => menu.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
  });

  test('File offers Import… and Import folder… separately, and ends with Quit', () => {
    const file = items(menus[0]!);
    expect(file.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'Import…',
      'Import folder…',
      'separator',
      'Open notebook…',
      'Back up notebook…',
      'Restore from backup…',
      'Check notebook',
      'separator',
      'Export memo…',
      'Export annotations, project or sources…',
      'separator',
      'quit',
    ]);
  });

  test('Help has the shortcuts and About; no macOS-only roles appear', () => {
    expect(items(menus[4]!).map((item) => item.label ?? item.type)).toEqual([
      'Keyboard shortcuts',
      'separator',
      'About Dossier',
    ]);
    expect(find(menus, 'About Dossier').role).toBe('about');
    const macOnly = [
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'front',
      'zoom',
      'pasteAndMatchStyle',
    ];
    expect(roles(menus).filter((role) => macOnly.includes(role))).toEqual([]);
    expect(roles(items(menus[3]!))).toEqual(['minimize', 'close']);
  });
});

describe.each(['darwin', 'win32', 'linux'] as const)('menu commands on %s', (platform) => {
  test('each item calls its command', () => {
    const actions = commands();
    const menus = template(platform, false, actions);
    click(find(menus, 'Import…'));
    click(find(menus, 'Open notebook…'));
    click(find(menus, 'Back up notebook…'));
    click(find(menus, 'Restore from backup…'));
    click(find(menus, 'Check notebook'));
    click(find(menus, 'Export memo…'));
    click(find(menus, 'Export annotations, project or sources…'));
    click(find(menus, 'Keyboard shortcuts'));
    expect(actions.importFiles).toHaveBeenCalledOnce();
    expect(actions.openNotebook).toHaveBeenCalledOnce();
    expect(actions.backUpNotebook).toHaveBeenCalledOnce();
    expect(actions.restoreFromBackup).toHaveBeenCalledOnce();
    expect(actions.checkNotebook).toHaveBeenCalledOnce();
    expect(actions.exportMemo).toHaveBeenCalledOnce();
    expect(actions.exportNotebook).toHaveBeenCalledOnce();
    expect(actions.showKeyboardShortcuts).toHaveBeenCalledOnce();
    if (platform !== 'darwin') {
      click(find(menus, 'Import folder…'));
      expect(actions.importFolder).toHaveBeenCalledOnce();
    }
  });

  test('no accelerator is used twice, and none takes a key the renderer handles', () => {
    const accelerators = all(template(platform)).flatMap((item) =>
      item.accelerator ? [String(item.accelerator)] : [],
    );
    expect(accelerators).toEqual(Object.values(ACCELERATORS));
    expect(new Set(accelerators).size).toBe(accelerators.length);
    for (const taken of ['CmdOrCtrl+K', 'CmdOrCtrl+O', 'CmdOrCtrl+Z', 'CmdOrCtrl+Y']) {
      expect(accelerators).not.toContain(taken);
    }
  });

  test('reload and developer tools appear only in development builds', () => {
    expect(roles(template(platform, false))).not.toContain('toggleDevTools');
    expect(roles(template(platform, false))).not.toContain('reload');
    expect(roles(template(platform, true))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  test('View has zoom and full screen', () => {
    const view = template(platform).find((menu) => menu.label?.replace('&', '') === 'View')!;
    expect(roles(items(view))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });
});
