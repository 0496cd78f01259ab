// main/tools/electronegativity.mjs (npm run lint:electron) must fail on any unjustified finding,
// insist on a reason for every inline suppression, and pass on the shell as it is.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../helpers/temp';

const root = path.resolve(import.meta.dirname, '../../..');
const wrapper = path.join(root, 'main/tools/electronegativity.mjs');

function run(projectRoot?: string) {
  const result = spawnSync(
    process.execPath,
    [wrapper, ...(projectRoot ? ['--root', projectRoot] : [])],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function project(mainSource: string): string {
  const folder = tempDir();
  mkdirSync(path.join(folder, 'main/electron'), { recursive: true });
  mkdirSync(path.join(folder, 'renderer'), { recursive: true });
  copyFileSync(path.join(root, 'renderer/index.html'), path.join(folder, 'renderer/index.html'));
  writeFileSync(
    path.join(folder, 'package.json'),
    JSON.stringify({ name: 'fixture', optionalDependencies: { electron: '45.4.1' } }),
  );
  writeFileSync(path.join(folder, 'main/electron/index.ts'), mainSource);
  return folder;
}

const guarded = `
contents.on('will-navigate', (event) => event.preventDefault());
contents.setWindowOpenHandler(() => ({ action: 'deny' }));
session.defaultSession.setPermissionRequestHandler((_c, _p, callback) => callback(false));
`;

describe('electronegativity wrapper', { timeout: 60_000 }, () => {
  test('passes on Dossier’s shell as it is', () => {
    const { status, output } = run();
    expect(output).toMatch(/no unjustified findings/);
    expect(status).toBe(0);
  });

  test('fails on an insecure window and names the checks', () => {
    const { status, output } = run(
      project(`import { BrowserWindow } from 'electron';
${guarded}
export const window = new BrowserWindow({
  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false },
});
`),
    );
    expect(status).toBe(1);
    expect(output).toMatch(/CONTEXT_ISOLATION_JS_CHECK/);
    expect(output).toMatch(/SANDBOX_JS_CHECK/);
  });

  test('fails when navigation is not limited', () => {
    const { status, output } = run(project(`export const nothing = 1;\n`));
    expect(status).toBe(1);
    expect(output).toMatch(/LIMIT_NAVIGATION_GLOBAL_CHECK/);
  });

  test('an inline eng-disable needs a reason', () => {
    const source = (comment: string) => `import { BrowserWindow } from 'electron';
${guarded}
export const window = new BrowserWindow({
  webPreferences: {
    preload: '/x.cjs', ${comment}
    contextIsolation: true,
    sandbox: true,
    disableBlinkFeatures: 'Auxclick',
  },
});
`;
    const bare = run(project(source('// eng-disable PRELOAD_JS_CHECK')));
    expect(bare.status).toBe(1);
    expect(bare.output).toMatch(/eng-disable without "— justified/);
    const reasoned = run(
      project(source('// eng-disable PRELOAD_JS_CHECK — justified: exposes one frozen function')),
    );
    expect(reasoned.output).toMatch(/no unjustified findings/);
    expect(reasoned.status).toBe(0);
  });
});
