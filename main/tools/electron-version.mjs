// Where the optional `electron` package is installed, its version; otherwise the major
// version package.json declares. electron-vite needs it to pick build targets.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

export function installedElectron() {
  try {
    const packageFile = require.resolve('electron/package.json');
    const version = JSON.parse(readFileSync(packageFile, 'utf8')).version;
    const binary = require('electron');
    return { version, binary: typeof binary === 'string' ? binary : null };
  } catch {
    return null;
  }
}

export function declaredElectronMajor(packageJsonPath) {
  const manifest = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  const range = manifest.optionalDependencies?.electron ?? manifest.devDependencies?.electron ?? '';
  const match = /(\d+)/.exec(range);
  if (!match) throw new Error('package.json declares no electron version');
  return match[1];
}
