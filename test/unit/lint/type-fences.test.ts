// The compiler's half of the fence around browser code: a renderer file compiled with
// tsconfig.web.json's options cannot use Node built-ins, better-sqlite3, electron or db/.
// Each case compiles one probe file (and what it imports) in memory, not the whole tree.
import { describe, expect, test } from 'vitest';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '../../..');

function webOptions(): ts.CompilerOptions {
  const configFile = path.join(root, 'tsconfig.web.json');
  const { config } = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file));
  return ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile).options;
}

const options = webOptions();
/** Parsed files shared by every probe, so lib.dom.d.ts and the rest are read once. */
const parsed = new Map<string, ts.SourceFile | undefined>();

/** The diagnostics of compiling `code` as the renderer file `file` (repository-relative). */
function diagnostics(file: string, code: string): string[] {
  const probe = path.join(root, file);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === probe ? code : readFile(name));
  host.fileExists = (name) => name === probe || fileExists(name);
  host.getSourceFile = (name, language, ...rest) => {
    if (name === probe) return ts.createSourceFile(name, code, language, true);
    if (!parsed.has(name)) parsed.set(name, getSourceFile(name, language, ...rest));
    return parsed.get(name);
  };
  const program = ts.createProgram({ rootNames: [probe], options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('tsconfig.web.json', () => {
  test('compiles a renderer file that uses main/domain', () => {
    expect(
      diagnostics(
        'renderer/fence-probe.ts',
        "import { HIGHLIGHT_KINDS } from '../main/domain/vocabulary';\nexport const kinds = HIGHLIGHT_KINDS;\n",
      ),
    ).toEqual([]);
  });

  test.each(['fs', 'node:fs', 'fs/promises', 'node:fs/promises'])(
    'rejects a renderer file importing %s',
    (name) => {
      expect(
        diagnostics(
          'renderer/fence-probe.ts',
          `import * as fs from '${name}';\nexport const f = fs;\n`,
        ).join('\n'),
      ).toMatch(new RegExp(`Cannot find module '${name}'`));
    },
  );

  test.each(['better-sqlite3', 'better-sqlite3/lib/database.js', 'electron', 'electron/main'])(
    'rejects a renderer file importing %s, saying why',
    (name) => {
      expect(
        diagnostics(
          'renderer/fence-probe.ts',
          `import * as fenced from '${name}';\nexport const f = fenced;\n`,
        ).join('\n'),
      ).toMatch(/may not import better-sqlite3 or electron/);
    },
  );

  test('rejects a renderer file reaching db/, which needs Node', () => {
    expect(
      diagnostics(
        'renderer/fence-probe.ts',
        "import { openDatabase } from '../db/open';\nexport const open = openDatabase;\n",
      ),
    ).not.toEqual([]);
  });
});
