// Where the default notebook lives: the platform's app-data folder, the same one Electron's
// app.getPath('userData') gives for the product name "Dossier", so the app and CLI agree.
import path from 'node:path';

export const PRODUCT_NAME = 'Dossier';
export const NOTEBOOK_FILE = 'notebook.sqlite';

export function appDataFolder(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  home: string,
): string {
  if (platform === 'win32') {
    return path.win32.join(
      env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'),
      PRODUCT_NAME,
    );
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  }
  const config =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.length > 0
      ? env.XDG_CONFIG_HOME
      : path.posix.join(home, '.config');
  return path.posix.join(config, PRODUCT_NAME);
}

/** --db beats DOSSIER_DB beats the app-data default. */
export function resolveNotebookPath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  home: string,
): string {
  if (flag) return path.resolve(flag);
  if (env.DOSSIER_DB) return path.resolve(env.DOSSIER_DB);
  const folder = appDataFolder(platform, env, home);
  return platform === 'win32'
    ? path.win32.join(folder, NOTEBOOK_FILE)
    : path.posix.join(folder, NOTEBOOK_FILE);
}
