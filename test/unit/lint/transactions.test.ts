import { expect, test } from 'vitest';
import { ESLint } from 'eslint';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function messages(filePath: string, code: string): Promise<string> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((message) => message.message).join('\n');
}

const deferred =
  "import type Database from 'better-sqlite3';\n" +
  'export function save(db: Database.Database): void {\n' +
  "  db.transaction(() => db.prepare('SELECT 1').get())();\n" +
  '}\n';

test('lint fails when a service begins a transaction without db/transaction.ts', async () => {
  expect(await messages('main/services/bad.ts', deferred)).toMatch(/writeTransaction/);
  expect(await messages('db/queries/bad.ts', deferred)).toMatch(/writeTransaction/);
});

test('lint lets db/transaction.ts itself call better-sqlite3 transactions', async () => {
  expect(await messages('db/transaction.ts', deferred)).toBe('');
});
