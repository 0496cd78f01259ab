// The read commands on a notebook nobody may write: a colleague's notebook on a read-only
// share. Run as an unprivileged user where the tests run as root (root ignores file modes).
import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../../helpers/temp';
import { dossierBin } from '../../../helpers/processes/spawn';

const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

function dossier(args: string[], options: { unprivileged?: boolean } = {}) {
  return spawnSync(process.execPath, [dossierBin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: '/tmp' },
    ...(options.unprivileged && asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
}

describe('read commands on a read-only notebook', () => {
  test('info, articles, search and memo export work; the file and folder stay as they were', () => {
    const base = tempDir();
    chmodSync(base, 0o755);
    const share = path.join(base, 'share');
    const inbox = path.join(base, 'inbox');
    mkdirSync(inbox);
    writeFileSync(
      path.join(inbox, 'ferry.txt'),
      'Ferry fares frozen\n\nThe Saltmere ferry company froze its fares for the winter, its manager Tobin Ashe said.\n',
    );
    mkdirSync(share);
    const dbFile = path.join(share, 'notebook.sqlite');
    expect(dossier(['import', inbox, '--db', dbFile]).status).toBe(0);
    chmodSync(dbFile, 0o444);
    chmodSync(share, 0o555);
    const before = readFileSync(dbFile);
    const listing = readdirSync(share).sort();
    const out = path.join(base, 'out');
    mkdirSync(out);
    chmodSync(out, 0o777);

    try {
      const info = dossier(['info', '--db', dbFile, '--json'], { unprivileged: true });
      expect(info.stderr).toBe('');
      expect(JSON.parse(info.stdout)).toMatchObject({ articleCount: 1 });
      const articles = dossier(['articles', '--db', dbFile, '--json'], { unprivileged: true });
      expect(articles.status, articles.stderr).toBe(0);
      expect(articles.stdout).toContain('Ferry fares frozen');
      const search = dossier(['search', 'winter', '--db', dbFile, '--json'], {
        unprivileged: true,
      });
      expect(search.status, search.stderr).toBe(0);
      expect(JSON.parse(search.stdout)).toHaveLength(1);
      const memoFile = path.join(out, 'memo.md');
      const memo = dossier(['memo', '--db', dbFile, '--format', 'md', '--out', memoFile], {
        unprivileged: true,
      });
      expect(memo.status, memo.stderr).toBe(0);
      expect(readFileSync(memoFile, 'utf8').length).toBeGreaterThan(0);

      const write = dossier(['import', inbox, '--db', dbFile], { unprivileged: true });
      if (asRoot) {
        expect(write.status).not.toBe(0);
        expect(write.stderr).toMatch(/read-only|readonly|permission/i);
      }
      expect(readFileSync(dbFile).equals(before)).toBe(true);
      expect(readdirSync(share).sort()).toEqual(listing);
    } finally {
      chmodSync(share, 0o755);
      execFileSync('chmod', ['-R', 'u+w', base]);
    }
  }, 60_000);
});
