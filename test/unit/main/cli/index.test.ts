import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { main, type CliIo } from '../../../../main/cli';
import { APP_VERSION } from '../../../../main/version';
import { tempDir } from '../../../helpers/temp';

function io(env: NodeJS.ProcessEnv = {}) {
  const captured = { out: '', err: '' };
  const cliIo: CliIo = {
    out: (text) => (captured.out += text),
    err: (text) => (captured.err += text),
    env,
    isTerminal: false,
  };
  return { captured, cliIo };
}

describe('dossier CLI', () => {
  test('--version prints the version', async () => {
    const { captured, cliIo } = io();
    expect(await main(['--version'], cliIo)).toBe(0);
    expect(captured.out.trim()).toBe(APP_VERSION);
  });

  test('--help lists the commands and the --db option', async () => {
    const { captured, cliIo } = io();
    expect(await main(['--help'], cliIo)).toBe(0);
    expect(captured.out).toMatch(/serve \[--port N\]/);
    expect(captured.out).toMatch(/--db FILE/);
  });

  test('accepts --db before or after the command name', async () => {
    const dir = tempDir();
    const before = path.join(dir, 'before.sqlite');
    const after = path.join(dir, 'after.sqlite');
    const first = io();
    expect(await main(['--db', before, 'info', '--json'], first.cliIo)).toBe(0);
    expect(JSON.parse(first.captured.out)).toMatchObject({ file: before, articleCount: 0 });
    const second = io();
    expect(await main(['info', '--json', '--db', after], second.cliIo)).toBe(0);
    expect(existsSync(after)).toBe(true);
  });

  test('falls back to DOSSIER_DB when --db is absent', async () => {
    const file = path.join(tempDir(), 'env.sqlite');
    const { captured, cliIo } = io({ DOSSIER_DB: file });
    expect(await main(['info', '--json'], cliIo)).toBe(0);
    expect(JSON.parse(captured.out).file).toBe(file);
  });

  test('an unknown command or option fails with usage help', async () => {
    const unknown = io();
    expect(await main(['frobnicate'], unknown.cliIo)).toBe(2);
    expect(unknown.captured.err).toMatch(/unknown command "frobnicate"/);
    const badOption = io();
    expect(await main(['info', '--colour'], badOption.cliIo)).toBe(2);
    expect(badOption.captured.err).toMatch(/--colour/);
  });

  test('serve rejects a port that is not a number', async () => {
    const { captured, cliIo } = io();
    expect(
      await main(['serve', '--port', 'eighty', '--db', path.join(tempDir(), 'x.sqlite')], cliIo),
    ).toBe(2);
    expect(captured.err).toMatch(/--port must be a whole number/);
  });
});
