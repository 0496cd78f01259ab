import { describe, expect, test } from 'vitest';
import { ESLint } from 'eslint';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('import boundaries', () => {
  test('lint fails when a renderer file imports better-sqlite3', async () => {
    const found = await problems(
      'renderer/bad.ts',
      "import Database from 'better-sqlite3';\nexport const d = Database;\n",
    );
    expect(found.join('\n')).toMatch(/never touches the database/);
  });

  test('lint fails when a renderer file imports a node: module or db/', async () => {
    expect(
      (
        await problems('renderer/bad.ts', "import fs from 'node:fs';\nexport const f = fs;\n")
      ).join(),
    ).toMatch(/no Node modules/);
    expect(
      (
        await problems(
          'renderer/ui/bad.ts',
          "import { openDatabase } from '../../db/open';\nexport const o = openDatabase;\n",
        )
      ).join(),
    ).toMatch(/never imports db/);
  });

  test('lint allows type-only imports of the contract in the renderer, and nothing else from main/', async () => {
    expect(
      await problems(
        'renderer/ok.ts',
        "import type { Method } from '../main/ipc/contract';\nexport type M = Method;\n",
      ),
    ).toEqual([]);
    expect(
      (
        await problems(
          'renderer/bad.ts',
          "import { METHODS } from '../main/ipc/contract';\nexport const m = METHODS;\n",
        )
      ).join(),
    ).toMatch(/only types/);
    expect(
      (
        await problems(
          'renderer/bad.ts',
          "import { createNotebook } from '../main/composition';\nexport const c = createNotebook;\n",
        )
      ).join(),
    ).toMatch(/only types from main\/ipc\/contract/);
  });

  test('lint fails when electron is imported outside main/electron and main/preload', async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    expect((await problems('main/services/bad.ts', code)).join()).toMatch(
      /Only main\/electron and main\/preload/,
    );
    expect((await problems('renderer/bad.ts', code)).join()).toMatch(/only through renderer\/api/);
    expect(await problems('main/electron/ok.ts', code)).toEqual([]);
  });

  test('lint fails when db/ imports from main/', async () => {
    const found = await problems(
      'db/bad.ts',
      "import { AppError } from '../main/ipc/errors';\nexport const e = AppError;\n",
    );
    expect(found.join()).toMatch(/db\/ knows nothing of main/);
  });
});
