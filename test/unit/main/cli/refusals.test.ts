// What the command line does with a file that is not a healthy notebook: it says so, naming
// the file and what to do, exits 1, and leaves the file as it was.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../helpers/temp';
import { dossierBin } from '../../../helpers/processes/spawn';

function dossier(args: string[]) {
  return spawnSync(process.execPath, [dossierBin, ...args], { encoding: 'utf8' });
}

describe('the CLI on files that are not healthy notebooks', () => {
  test('another application’s database is refused by name, exit 1, byte-identical, no WAL added', () => {
    const file = path.join(tempDir(), 'other.sqlite');
    const other = new Database(file);
    other.exec(
      "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Pell Marrow')",
    );
    other.close();
    const before = readFileSync(file);

    for (const command of [['info'], ['import', file]]) {
      const run = dossier([...command, '--db', file]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${file} is not a Dossier notebook`);
    }
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(new Database(file, { readonly: true }).pragma('journal_mode', { simple: true })).toBe(
      'delete',
    );
    expect(existsSync(`${file}-wal`)).toBe(false);
  }, 60_000);

  test('a damaged notebook is refused with what to do, and check --repair reaches it', () => {
    const folder = tempDir();
    const inbox = path.join(folder, 'inbox');
    mkdirSync(inbox);
    for (let index = 0; index < 300; index += 1) {
      writeFileSync(
        path.join(inbox, `notice-${index}.txt`),
        `Notice ${index}\n\nThe Saltmere council met for the ${index}th time about the ferry dues.\n`,
      );
    }
    const file = path.join(folder, 'notebook.sqlite');
    expect(dossier(['import', inbox, '--db', file]).status).toBe(0);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const middle = Math.floor(bytes.length / pageSize / 2) * pageSize;
    for (let offset = 0; offset < 1024; offset += 1) bytes[middle + offset] = (offset * 131) % 256;
    writeFileSync(file, bytes);

    for (const command of ['info', 'articles', 'search']) {
      const run = dossier([command, ...(command === 'search' ? ['ferry'] : []), '--db', file]);
      expect(run.status, command).toBe(1);
      expect(run.stderr).toContain(`${file} is damaged`);
      expect(run.stderr).toMatch(/dossier check --repair/);
      expect(run.stdout).toBe('');
    }
    const check = dossier(['check', '--db', file, '--json']);
    expect(check.status).toBe(1);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: false });
  }, 60_000);
});
