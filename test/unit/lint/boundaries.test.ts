// The map's import boundaries (layers.config.js) as lint enforces them: each forbidden import
// the issue lists is linted at the path it would sit at and must fail with its zone's message;
// the spellings that used to slip through (import(), require, node: and subpath built-ins,
// package subpaths, export … from) fail too; and the tree itself keeps main/domain pure and
// imported by every part.
import { describe, expect, test } from 'vitest';
import { ESLint } from 'eslint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  PARTS,
  PENDING,
  nodeMessage,
  onlyPackagesMessage,
  packageMessage,
  partOf,
  zoneMessage,
  zonesOf,
} from '../../../layers.config.js';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

/** The messages lint gives `code` as if it were the file at `filePath` (repository-relative). */
async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((message) => message.message);
}

type Part = keyof typeof PARTS;

/** `to` is a part, `package:NAME` or `node`. */
const forbidden: { arrow: string; file: string; code: string; from: Part; to: string }[] = [
  {
    arrow: 'services -> main/electron/print-to-pdf',
    file: 'main/services/memo-printing.ts',
    code: "import { printHtmlToPdf } from '../electron/print-to-pdf';\nexport const print = printHtmlToPdf;\n",
    from: 'services',
    to: 'electron',
  },
  {
    arrow: "a dynamic import('electron') in services",
    file: 'main/services/shell.ts',
    code: "export const shell = () => import('electron');\n",
    from: 'services',
    to: 'package:electron',
  },
  {
    arrow: 'the quote finder -> db/open',
    file: 'main/quotes/notebook-speakers.ts',
    code: "import { openDatabase } from '../../db/open';\nexport const open = openDatabase;\n",
    from: 'quotes',
    to: 'db',
  },
  {
    arrow: 'importers -> services',
    file: 'main/importers/store.ts',
    code: "import { createImportService } from '../services/imports';\nexport const store = createImportService;\n",
    from: 'importers',
    to: 'services',
  },
  {
    arrow: 'memo -> main/electron',
    file: 'main/memo/print.ts',
    code: "import { printHtmlToPdf } from '../electron/print-to-pdf';\nexport const print = printHtmlToPdf;\n",
    from: 'memo',
    to: 'electron',
  },
  {
    arrow: 'the contract -> main/electron',
    file: 'main/ipc/contract.ts',
    code: "export type { RendererEvent } from '../electron/renderer-events';\n",
    from: 'ipc',
    to: 'electron',
  },
  {
    arrow: 'renderer -> fs/promises',
    file: 'renderer/ui/open-file.ts',
    code: "import { readFile } from 'fs/promises';\nexport const read = readFile;\n",
    from: 'renderer',
    to: 'node',
  },
  {
    arrow: 'renderer -> better-sqlite3/lib/...',
    file: 'renderer/ui/local-store.ts',
    code: "import Database from 'better-sqlite3/lib/database.js';\nexport const store = Database;\n",
    from: 'renderer',
    to: 'package:better-sqlite3',
  },
  {
    arrow: 'renderer -> db/',
    file: 'renderer/ui/library.ts',
    code: "import { openDatabase } from '../../db/open';\nexport const open = openDatabase;\n",
    from: 'renderer',
    to: 'db',
  },
  {
    arrow: 'db/ -> services',
    file: 'db/queries/tag-names.ts',
    code: "import { createTagService } from '../../main/services/tags';\nexport const tags = createTagService;\n",
    from: 'db',
    to: 'services',
  },
];

function expectedMessage(from: Part, to: string): string {
  if (to === 'node') return nodeMessage(from);
  if (to.startsWith('package:')) return packageMessage(from, to.slice('package:'.length));
  return zoneMessage(from, to as Part);
}

describe('the ten forbidden imports of issue 13', () => {
  test.each(forbidden)('lint fails on $arrow with its zone’s message', async (example) => {
    expect(await messages(example.file, example.code)).toContain(
      expectedMessage(example.from, example.to),
    );
  });
});

describe('every spelling of a forbidden import', () => {
  const node = nodeMessage('renderer');

  test.each([
    "import fs from 'fs';",
    "import fs from 'node:fs';",
    "import { readFile } from 'node:fs/promises';",
    "import * as paths from 'path';",
    "export { readFile } from 'fs/promises';",
    "export * from 'node:os';",
    "export const load = () => import('node:fs');",
    'export const load = () => import(`fs/promises`);',
    "export const fs = require('fs');",
    "import { createRequire } from 'module';\nexport const fs = createRequire(import.meta.url)('fs');",
    "import fs = require('node:fs');\nexport const f = fs;",
  ])('the renderer may not load a Node built-in as %s', async (code) => {
    expect(await messages('renderer/ui/spelling.ts', `${code}\n`)).toContain(node);
  });

  test('electron subpaths count as electron', async () => {
    const found = await messages(
      'main/server/window.ts',
      "import { app } from 'electron/main';\nexport const a = app;\n",
    );
    expect(found).toContain(packageMessage('server', 'electron'));
  });

  test('a type-only import of a forbidden folder still fails where only code arrows exist', async () => {
    const found = await messages(
      'renderer/ui/rows.ts',
      "import type { ArticleSummary } from '../../db/model';\nexport type Row = ArticleSummary;\n",
    );
    expect(found).toContain(zoneMessage('renderer', 'db'));
  });

  test("a type written as import('…') counts as an import", async () => {
    const found = await messages(
      'main/quotes/rows.ts',
      "export type Row = import('../../db/model').ArticleSummary;\n",
    );
    expect(found).toContain(zoneMessage('quotes', 'db'));
  });
});

describe('arrows the map allows', () => {
  test('the renderer takes types from the contract but no code', async () => {
    expect(
      await messages(
        'renderer/ui/ok.ts',
        "import type { Method } from '../../main/ipc/contract';\nexport type M = Method;\n",
      ),
    ).toEqual([]);
    expect(
      await messages(
        'renderer/ui/ok.ts',
        "import { type Method } from '../../main/ipc/contract';\nexport type M = Method;\n",
      ),
    ).toEqual([]);
    expect(
      await messages(
        'renderer/ui/bad.ts',
        "import { METHODS } from '../../main/ipc/contract';\nexport const m = METHODS;\n",
      ),
    ).toContain(zoneMessage('renderer', 'ipc', true));
  });

  test('the renderer imports main/domain at runtime', async () => {
    expect(
      await messages(
        'renderer/ui/kinds.ts',
        "import { HIGHLIGHT_KINDS } from '../../main/domain/vocabulary';\nexport const k = HIGHLIGHT_KINDS;\n",
      ),
    ).toEqual([]);
  });

  test('only main/electron, main/preload, tools and tests may load electron', async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await messages('main/electron/ok.ts', code)).toEqual([]);
    expect(await messages('main/preload/ok.ts', code)).toEqual([]);
    for (const file of ['main/services/x.ts', 'db/x.ts', 'main/ipc/x.ts', 'main/composition.ts']) {
      expect((await messages(file, code)).join('\n')).toMatch(
        /may not import the package electron;/,
      );
    }
  });

  test('main/domain may use zod and nothing else', async () => {
    expect(
      await messages(
        'main/domain/x.ts',
        "import { z } from 'zod';\nexport const s = z.string();\n",
      ),
    ).toEqual([]);
    const found = await messages(
      'main/domain/x.ts',
      "import { Schema } from 'prosemirror-model';\nimport path from 'node:path';\nimport { AppError } from '../ipc/dispatch';\nexport const all = [Schema, path, AppError];\n",
    );
    expect(found).toContain(onlyPackagesMessage('domain'));
    expect(found).toContain(nodeMessage('domain'));
    expect(found).toContain(zoneMessage('domain', 'ipc'));
  });

  test('a pending arrow is let through for its own file only', async () => {
    const code = "import { startWebHost } from '../server';\nexport const s = startWebHost;\n";
    expect(
      PENDING.some((entry) => entry.file === 'main/cli/serve.ts' && entry.to === 'server'),
    ).toBe(true);
    expect(await messages('main/cli/serve.ts', code)).toEqual([]);
    expect(await messages('main/cli/info.ts', code)).toContain(zoneMessage('cli', 'server'));
  });
});

describe('the table', () => {
  test('generates one zone for every arrow a part is not allowed', () => {
    const names = Object.keys(PARTS) as Part[];
    for (const from of names) {
      const part = PARTS[from];
      if (part.may === 'all') continue;
      const folderZones = zonesOf(from).filter((zone) => 'to' in zone);
      const allowed = part.may as readonly string[];
      expect(folderZones.map((zone) => zone.to).sort()).toEqual(
        names.filter((to) => to !== from && !allowed.includes(to)).sort(),
      );
    }
  });

  test('places every file of the tree in one part', () => {
    expect(partOf('main/composition.ts')).toBe('composition');
    expect(partOf('main/composition')).toBe('composition');
    expect(partOf('main/cli.ts')).toBe('cli');
    expect(partOf('main/cli/serve.ts')).toBe('cli');
    expect(partOf('main/domain/vocabulary.ts')).toBe('domain');
    expect(partOf('renderer/ui/app.ts')).toBe('renderer');
    for (const file of sourceFiles(['main', 'db', 'renderer'])) {
      expect(partOf(file), file).not.toBeNull();
    }
  });
});

// ---- the tree as it is ---------------------------------------------------------------------

const SOURCE = /\.(ts|mts|mjs|js)$/;

function sourceFiles(folders: string[]): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(child);
    }
  };
  for (const folder of folders) {
    // A part's folder may not exist yet (main/cli/ before the CLI is split).
    if (!existsSync(path.join(root, folder))) continue;
    if (folder.endsWith('.ts')) found.push(folder);
    else walk(folder);
  }
  return found;
}

const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s(?:[^'"`;]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"`]([^'"`]+)['"`]\s*\)/g;

/** The repository-relative targets of a file's relative imports. */
function relativeTargets(file: string): string[] {
  const source = readFileSync(path.join(root, file), 'utf8');
  const targets: string[] = [];
  for (const match of source.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2] ?? '';
    if (!specifier.startsWith('.')) continue;
    targets.push(path.relative(root, path.resolve(path.dirname(path.join(root, file)), specifier)));
  }
  return targets;
}

describe('main/domain in the tree', () => {
  test('imports nothing of the project outside itself', () => {
    const files = sourceFiles(PARTS.domain.folders);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const target of relativeTargets(file)) {
        expect(partOf(target), `${file} imports ${target}`).toBe('domain');
      }
    }
  });

  // tools are build scripts that run no app code; tests are checked through the parts.
  const importers = (Object.keys(PARTS) as Part[]).filter(
    (name) => !['domain', 'tools', 'test'].includes(name),
  );

  test.each(importers)('is imported by %s', (name) => {
    const files = sourceFiles(PARTS[name].folders);
    const importing = files.filter((file) =>
      relativeTargets(file).some((target) => partOf(target) === 'domain'),
    );
    expect(importing, `no file of ${name} imports main/domain`).not.toEqual([]);
  });
});
