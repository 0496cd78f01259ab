// The desktop app's PDF port for memos: Chromium's own print engine (printToPDF) on a hidden,
// sandboxed window with JavaScript off, so the PDF matches the HTML export exactly. The
// page is written to a temporary file (a 5,000-quote memo is about 1.5 MB, too big for a
// data: URL) and removed afterwards.
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'dossier-memo-'));
  const file = path.join(folder, 'memo.html');
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    await writeFile(file, html, 'utf8');
    await window.loadFile(file);
    return new Uint8Array(
      await window.webContents.printToPDF({
        pageSize: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
      }),
    );
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
