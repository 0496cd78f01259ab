// The Electron main process: wires the pure modules beside it to Electron. It owns the
// notebook for the app's lifetime (every write is committed when its call returns; the file is
// closed on quit), serves the renderer over app://, answers the one IPC channel after checking
// the sender, and keeps to one instance: a second launch hands its files to this one and quits.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session } from 'electron';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createNotebook, type Notebook } from '../composition';
import { printHtmlToPdf } from './print-to-pdf';
import { IPC_CHANNEL } from '../ipc/contract';
import { resolveNotebookPath } from '../paths';
import { createCommands } from './commands';
import { parseLaunchArgs, type LaunchContext } from './launch-args';
import {
  DEFAULT_SIZE,
  MINIMUM_SIZE,
  createMainWindow,
  hardenWebContents,
  showNotebook,
} from './main-window';
import { buildMenuTemplate } from './menu';
import { NotebookClosedError, createNotebookHolder, type NotebookHolder } from './notebook-holder';
import { allowsPermission } from './permissions';
import { createAppProtocolHandler } from './protocol';
import { createRendererEvents } from './renderer-events';
import { APP_SCHEME, checkSender } from './sender';
import { createWindowStateStore } from './window-state';
import { windowTitle } from './window-title';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

const rendererDir = path.join(import.meta.dirname, '../renderer');
const preloadFile = path.join(import.meta.dirname, '../preload/index.cjs');
/** Built beside this file from main/services/import-worker.ts (see electron.config.ts). */
const importWorker = pathToFileURL(path.join(import.meta.dirname, 'import-worker.js'));
const nativeBinding = process.env.DOSSIER_NATIVE_BINDING;
const trustedWebContents = new Set<number>();
let holder: NotebookHolder<Notebook> | null = null;
let mainWindow: BrowserWindow | null = null;
let markRendererReady: () => void = () => undefined;
/** Resolves once the first window has loaded, so handed-over files are imported after it. */
const rendererReady = new Promise<void>((resolve) => (markRendererReady = resolve));

function launchContext(workingDirectory: string): LaunchContext {
  return { workingDirectory, defaultApp: process.defaultApp === true, appPath: app.getAppPath() };
}

const launch = parseLaunchArgs(process.argv, launchContext(process.cwd()));
// Before anything reads userData: the window state and the single-instance lock live there.
if (launch.userDataDir) app.setPath('userData', path.resolve(launch.userDataDir));

function openNotebookFile(dbFile: string): Notebook {
  mkdirSync(path.dirname(dbFile), { recursive: true });
  return createNotebook({
    dbFile,
    printHtmlToPdf,
    parseWorker: importWorker,
    dailyBackups: true,
    // Menu and launch imports run here; the renderer shows their progress, with Cancel.
    imports: { onProgress: (progress) => events.send('import-progress', progress) },
    ...(nativeBinding ? { nativeBinding } : {}),
    onInternalError: (method, error) => console.error(`[dossier] ${method} failed`, error),
  });
}

function notebook(): Notebook {
  const current = holder?.current;
  if (!current) throw new NotebookClosedError();
  return current;
}

function runOnNotebook<T>(call: (notebook: Notebook) => T | Promise<T>): Promise<T> {
  if (!holder) return Promise.reject(new NotebookClosedError());
  return holder.run(call);
}

const events = createRendererEvents(() =>
  BrowserWindow.getAllWindows()
    .map((window) => window.webContents)
    .filter((contents) => trustedWebContents.has(contents.id)),
);

const stateStore = createWindowStateStore({
  file: path.join(app.getPath('userData'), 'window-state.json'),
  files: {
    readFile: (file) => readFileSync(file, 'utf8'),
    writeFile: (file, data) => {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, data);
    },
    rename: renameSync,
  },
  defaultSize: DEFAULT_SIZE,
  minimumSize: MINIMUM_SIZE,
  onError: (error) => console.warn('[dossier] window state:', error),
});

function openWindow(): BrowserWindow {
  const file = notebook().file;
  const window = createMainWindow({
    preloadFile,
    title: windowTitle(file),
    representedFile: process.platform === 'darwin' ? file : null,
    stateStore,
  });
  const contentsId = window.webContents.id;
  trustedWebContents.add(contentsId);
  window.webContents.once('did-finish-load', markRendererReady);
  window.on('closed', () => {
    trustedWebContents.delete(contentsId);
    if (mainWindow === window) mainWindow = null;
  });
  return window;
}

function focusWindow(): void {
  mainWindow ??= openWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Dialogs attach to the window when there is one (sheets on macOS, modal elsewhere). */
const parent = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

const commands = createCommands({
  platform: process.platform,
  dialogs: {
    async open(options) {
      const window = parent();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    async save(options) {
      const window = parent();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async message(options) {
      const window = parent();
      await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
    },
    async ask(options) {
      const window = parent();
      const result = window
        ? await dialog.showMessageBox(window, options)
        : await dialog.showMessageBox(options);
      return result.response;
    },
  },
  events,
  notebookFile: () => notebook().file,
  documentsFolder: () => app.getPath('documents'),
  now: () => new Date(),
  importPaths: (paths) => runOnNotebook((current) => current.services.imports.importPaths(paths)),
  backUp: async (target) => {
    // The service's backup leaves one self-contained file (no -wal beside it).
    await runOnNotebook((current) => current.services.maintenance.backup(target));
  },
  backupsFolder: () => notebook().services.maintenance.backupsFolder,
  restore: (file) => runOnNotebook((current) => current.services.maintenance.restore(file)),
  check: (repair) => runOnNotebook((current) => current.services.maintenance.check({ repair })),
  switchNotebook: async (file) => {
    // Open first: if the new file is refused, the current notebook stays open.
    const next = openNotebookFile(file);
    if (!holder) throw new NotebookClosedError();
    await holder.replace(next);
    if (mainWindow) showNotebook(mainWindow, windowTitle(file), file);
  },
  focusWindow,
});

function registerIpc(): void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, args: unknown) => {
    const verdict = checkSender(
      {
        frameUrl: event.senderFrame?.url,
        isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
        webContentsId: event.sender.id,
      },
      trustedWebContents,
    );
    if (!verdict.trusted) {
      return { ok: false, error: { code: 'forbidden', message: `Refused: ${verdict.reason}.` } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'unknown-method', message: 'No such operation.' } };
    }
    try {
      return await runOnNotebook((current) => current.dispatch(method, args));
    } catch (error) {
      if (!(error instanceof NotebookClosedError)) throw error;
      return {
        ok: false,
        error: { code: 'internal', message: 'Dossier is closing its notebook.' },
      };
    }
  });
}

function registerProtocol(): void {
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rendererDir,
      fetchFile: (file) => net.fetch(pathToFileURL(file).toString()),
    }),
  );
}

function start(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowsPermission(permission, details.requestingUrl)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    allowsPermission(permission, requestingOrigin),
  );
  const dbFile = resolveNotebookPath(launch.db, process.env, process.platform, app.getPath('home'));
  try {
    holder = createNotebookHolder(openNotebookFile(dbFile));
  } catch (error) {
    dialog.showErrorBox(
      'Dossier cannot open its notebook',
      `${dbFile}\n\n${error instanceof Error ? error.message : String(error)}`,
    );
    app.exit(1);
    return;
  }
  registerProtocol();
  registerIpc();
  app.setAboutPanelOptions({ applicationName: app.name, applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(commands, {
        platform: process.platform,
        appName: app.name,
        developerTools: !app.isPackaged,
      }),
    ),
  );
  mainWindow = openWindow();
  void rendererReady.then(() => commands.importLaunchFiles(launch.files));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const { files } = parseLaunchArgs(argv, launchContext(workingDirectory));
    void rendererReady.then(() => commands.importLaunchFiles(files));
  });
  // macOS hands files opened from the Finder or the Dock icon over as events, not argv.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void rendererReady.then(() => commands.importLaunchFiles([file]));
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  void app.whenReady().then(start);
  app.on('activate', () => {
    if (holder?.current && BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let notebookClosed = false;
  let closing = false;
  app.on('will-quit', (event) => {
    // Quit waits for calls under way (an import half-way through a folder) to finish, then
    // closes the database, which checkpoints its WAL into the notebook file.
    if (notebookClosed || !holder) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    void holder
      .close()
      .catch((error: unknown) => console.error('[dossier] closing the notebook failed', error))
      .finally(() => {
        notebookClosed = true;
        app.quit();
      });
  });
}
