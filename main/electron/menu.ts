// The application menu as data: each platform's standard roles (the macOS app menu, Edit,
// View, Window) plus Dossier's commands. Pure, so the template is unit-tested per platform;
// index.ts hands it to Menu.buildFromTemplate. Commands arrive as callbacks and the menu knows
// nothing of what they do.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuCommands {
  /** Files (and on macOS, folders too: its open panel picks either). */
  importFiles(): void;
  /** Folders, on Windows and Linux, whose pickers choose files or folders but not both. */
  importFolder(): void;
  exportMemo(): void;
  /** The Export dialog: annotations (W3C), project (REFI-QDA), memo sources (CSL-JSON). */
  exportNotebook(): void;
  backUpNotebook(): void;
  restoreFromBackup(): void;
  checkNotebook(): void;
  openNotebook(): void;
  showKeyboardShortcuts(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and developer tools: for development builds only. */
  developerTools: boolean;
}

/**
 * Accelerators stay clear of the renderer's own keys (Mod+K search, Mod+O import through the
 * page, Mod+Z/Y annotation undo), which the page handles before the menu sees them.
 */
export const ACCELERATORS = {
  importFiles: 'CmdOrCtrl+I',
  openNotebook: 'CmdOrCtrl+Shift+O',
  backUpNotebook: 'CmdOrCtrl+Shift+S',
  exportMemo: 'CmdOrCtrl+E',
  showKeyboardShortcuts: 'CmdOrCtrl+/',
} as const;

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(
  commands: MenuCommands,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  // & marks the Alt-key mnemonic on Windows and Linux; macOS menus have none.
  const title = (label: string) => (mac ? label : `&${label}`);

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: title('File'),
    submenu: [
      {
        label: 'Import…',
        accelerator: ACCELERATORS.importFiles,
        click: () => commands.importFiles(),
      },
      ...(mac ? [] : [{ label: 'Import folder…', click: () => commands.importFolder() }]),
      separator,
      {
        label: 'Open notebook…',
        accelerator: ACCELERATORS.openNotebook,
        click: () => commands.openNotebook(),
      },
      {
        label: 'Back up notebook…',
        accelerator: ACCELERATORS.backUpNotebook,
        click: () => commands.backUpNotebook(),
      },
      { label: 'Restore from backup…', click: () => commands.restoreFromBackup() },
      { label: 'Check notebook', click: () => commands.checkNotebook() },
      separator,
      {
        label: 'Export memo…',
        accelerator: ACCELERATORS.exportMemo,
        click: () => commands.exportMemo(),
      },
      {
        label: 'Export annotations, project or sources…',
        click: () => commands.exportNotebook(),
      },
      separator,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: title('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: title('View'),
    submenu: [
      ...(options.developerTools
        ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: title('Window'),
    role: 'windowMenu',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: title('Help'),
    // On macOS the help role adds the menu search field.
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [
      {
        label: 'Keyboard shortcuts',
        accelerator: ACCELERATORS.showKeyboardShortcuts,
        click: () => commands.showKeyboardShortcuts(),
      },
      ...(mac ? [] : [separator, { role: 'about' as const, label: `About ${options.appName}` }]),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
