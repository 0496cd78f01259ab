import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main, type CliIo } from '../../../../main/cli';
import { openDatabase } from '../../../../db/open';
import { tempDir } from '../../../helpers/temp';
import {
  addArticle,
  breakSearchIndex,
  fictionalText,
  titles,
} from '../../../helpers/sample-articles';

function io() {
  const captured = { out: '', err: '' };
  const cliIo: CliIo = {
    out: (text) => (captured.out += text),
    err: (text) => (captured.err += text),
    env: {},
    isTerminal: false,
  };
  return { captured, cliIo };
}

async function run(...argv: string[]) {
  const { captured, cliIo } = io();
  const code = await main(argv, cliIo);
  return { code, ...captured };
}

function notebookWith(...names: string[]): string {
  const file = path.join(tempDir(), 'notebook.sqlite');
  const db = openDatabase(file);
  names.forEach((name, index) => addArticle(db, name, fictionalText(index)));
  db.close();
  return file;
}

function titlesIn(file: string): string[] {
  const db = openDatabase(file);
  try {
    return titles(db);
  } finally {
    db.close();
  }
}

describe('dossier backup, restore and check', () => {
  test('--help lists backup, restore and check', async () => {
    const { out } = await run('--help');
    expect(out).toMatch(/backup FILE/);
    expect(out).toMatch(/restore FILE/);
    expect(out).toMatch(/check \[--repair\]/);
  });

  test('backup writes a notebook file holding the same articles', async () => {
    const file = notebookWith('Ferry timetable of Orlen', 'Granary accounts of Vessary');
    const target = path.join(tempDir(), 'copy.sqlite');
    const result = await run('backup', target, '--db', file, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ file: target, notebook: file });
    expect(titlesIn(target)).toEqual(['Ferry timetable of Orlen', 'Granary accounts of Vessary']);
  });

  test('backup without a file is a usage error', async () => {
    const result = await run('backup', '--db', notebookWith());
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/name one file/);
  });

  test('restore brings back the backed-up state and keeps the replaced notebook aside', async () => {
    const file = notebookWith('Canal survey of Brightwater');
    const target = path.join(tempDir(), 'before.sqlite');
    expect((await run('backup', target, '--db', file)).code).toBe(0);
    const db = openDatabase(file);
    addArticle(db, 'Lantern festival in Marrowby', fictionalText(9));
    db.close();

    const result = await run('restore', target, '--db', file, '--json');
    expect(result.code).toBe(0);
    const outcome = JSON.parse(result.out) as { keptAside: string; articleCount: number };
    expect(outcome.articleCount).toBe(1);
    expect(titlesIn(file)).toEqual(['Canal survey of Brightwater']);
    expect(path.basename(outcome.keptAside)).toMatch(
      /^notebook\.sqlite\.replaced-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}$/,
    );
    expect(titlesIn(outcome.keptAside)).toEqual([
      'Canal survey of Brightwater',
      'Lantern festival in Marrowby',
    ]);
  });

  test('restore refuses a file that is not a notebook, naming it, and changes nothing', async () => {
    const file = notebookWith('Customs ledger of Tolland');
    const bogus = path.join(tempDir(), 'shopping-list.sqlite');
    writeFileSync(bogus, 'eggs, flour, lamp oil\n');
    const result = await run('restore', bogus, '--db', file);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${bogus} is not a Dossier notebook`);
    expect(titlesIn(file)).toEqual(['Customs ledger of Tolland']);
  });

  test('restore replaces a notebook too damaged to open, keeping the damaged file aside', async () => {
    const file = notebookWith('Orchard report of Fenwick');
    const target = path.join(tempDir(), 'good.sqlite');
    expect((await run('backup', target, '--db', file)).code).toBe(0);
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096, bytes.length);
    writeFileSync(file, bytes);

    const result = await run('restore', target, '--db', file, '--json');
    expect(result.code).toBe(0);
    const outcome = JSON.parse(result.out) as { keptAside: string };
    expect(titlesIn(file)).toEqual(['Orchard report of Fenwick']);
    expect(readFileSync(outcome.keptAside).equals(bytes)).toBe(true);
  });

  test('check passes a healthy notebook with exit code 0', async () => {
    const result = await run('check', '--db', notebookWith('Railway gazette of Coldharbour'));
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/no problems found/);
  });

  test('check reports a broken search index with exit code 1, and --repair mends it', async () => {
    const file = notebookWith('Beacon keepers of Halloway', 'Monsoon records of Drisk');
    const db = openDatabase(file);
    breakSearchIndex(db, 1);
    db.close();

    const found = await run('check', '--db', file, '--json');
    expect(found.code).toBe(1);
    const report = JSON.parse(found.out) as { found: Array<{ check: string }> };
    expect(report.found.map((finding) => finding.check)).toEqual(['search-index']);

    const repaired = await run('check', '--repair', '--db', file);
    expect(repaired.code).toBe(0);
    expect(repaired.out).toMatch(/rebuilt the full-text search index/);
    expect(repaired.out).toMatch(/Nothing is wrong any more/);
    expect((await run('check', '--db', file)).code).toBe(0);
  });

  test('check --repair on damage beyond the indexes still exits 1 and says to restore', async () => {
    const file = notebookWith(
      ...Array.from({ length: 40 }, (_, index) => `Archive box ${index} of Tarrow`),
    );
    const bytes = readFileSync(file);
    for (let offset = 8192; offset < bytes.length; offset += 97) bytes[offset] = 0xa5;
    writeFileSync(file, bytes);

    const result = await run('check', '--repair', '--db', file);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/problems? found/);
    expect(result.out).toMatch(/Still wrong:\n {2}integrity: /);
    expect(result.out).toContain('Restore a backup');
  });

  test('check on a missing file says so instead of making a notebook', async () => {
    const file = path.join(tempDir(), 'absent.sqlite');
    const result = await run('check', '--db', file);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${file} does not exist`);
    expect(existsSync(file)).toBe(false);
  });
});
