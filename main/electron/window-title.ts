// The window title names the open notebook, as document windows do: "Dossier — notebook.sqlite".
import nodePath from 'node:path';

export function windowTitle(notebookFile: string, appName = 'Dossier'): string {
  return `${appName} — ${nodePath.basename(notebookFile)}`;
}
