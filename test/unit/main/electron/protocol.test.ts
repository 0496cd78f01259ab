import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { resolveAppFile } from '../../../../main/electron/protocol';

const root = path.resolve('/opt/dossier/renderer');

describe('app:// protocol paths', () => {
  test('maps the root to index.html', () => {
    expect(resolveAppFile(root, 'app://dossier/')).toBe(path.join(root, 'index.html'));
  });

  test('maps asset paths inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://dossier/assets/index.js')).toBe(
      path.join(root, 'assets/index.js'),
    );
  });

  test('refuses paths that climb out of the renderer folder', () => {
    expect(resolveAppFile(root, 'app://dossier/..%2F..%2Fetc%2Fpasswd')).toBeNull();
  });

  test('refuses a malformed URL', () => {
    expect(resolveAppFile(root, '::::')).toBeNull();
  });
});
