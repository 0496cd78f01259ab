// The Electron main process: app lifecycle, the single window, the app:// protocol that
// serves the renderer, and the one IPC channel into the notebook's dispatcher. It owns the
// notebook for the app's lifetime; every write is committed when its call returns.
import { app, BrowserWindow, ipcMain, net, protocol, session } from 'electron';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createNotebook, type Notebook } from '../composition';
import { IPC_CHANNEL } from '../ipc/contract';
import { resolveNotebookPath } from '../paths';
import { CONTENT_SECURITY_POLICY_HEADER } from '../server/security';
import { APP_ORIGIN, APP_SCHEME, checkSender } from './sender';
import { resolveAppFile } from './protocol';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const rendererDir = path.join(import.meta.dirname, '../renderer');
const preloadFile = path.join(import.meta.dirname, '../preload/index.cjs');
const trustedWebContents = new Set<number>();
let notebook: Notebook | null = null;
let mainWindow: BrowserWindow | null = null;

function dbFlag(argv: string[]): string | undefined {
  const index = argv.indexOf('--db');
  if (index >= 0) return argv[index + 1];
  return argv.find((arg) => arg.startsWith('--db='))?.slice('--db='.length);
}

function openNotebook(): Notebook {
  // resolveNotebookPath's default is the same folder as app.getPath('userData').
  const dbFile = resolveNotebookPath(
    dbFlag(process.argv),
    process.env,
    process.platform,
    app.getPath('home'),
  );
  mkdirSync(path.dirname(dbFile), { recursive: true });
  const nativeBinding = process.env.DOSSIER_NATIVE_BINDING;
  return createNotebook({
    dbFile,
    ...(nativeBinding ? { nativeBinding } : {}),
    onInternalError: (method, error) => console.error(`[dossier] ${method} failed`, error),
  });
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 560,
    title: `Dossier — ${path.basename(notebook?.file ?? 'notebook')}`,
    show: false,
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  trustedWebContents.add(window.webContents.id);
  const contentsId = window.webContents.id;
  window.on('closed', () => trustedWebContents.delete(contentsId));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

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
    if (typeof method !== 'string' || notebook === null) {
      return { ok: false, error: { code: 'unknown-method', message: 'No such operation.' } };
    }
    return notebook.dispatch(method, args);
  });
}

function registerProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY_HEADER);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
      callback(false),
    );
    notebook = openNotebook();
    registerProtocol();
    registerIpc();
    mainWindow = createWindow();
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    notebook?.close();
    notebook = null;
  });
}
