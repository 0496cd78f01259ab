// The `dossier` command line: parses the arguments, prints help, and runs one command with
// the notebook the composition root opens. Each command lives in a file of its own as a
// plain function of (context, positionals), so tests call them without a subprocess; they
// talk to the notebook through the typed API client in call.ts.
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveNotebookPath } from '../paths';
import { APP_VERSION } from '../version';
import { articleCommand } from './article';
import { articlesCommand } from './articles';
import { backupCommand } from './backup';
import { checkCommand } from './check';
import { exportAnnotationsCommand } from './export-annotations';
import { exportProjectCommand } from './export-project';
import { importAnnotationsCommand } from './import-annotations';
import { importProjectCommand } from './import-project';
import { UsageError, type CliIo, type Command, type Context } from './context';
import { importCommand } from './import';
import { infoCommand } from './info';
import { memoCommand } from './memo';
import { memosCommand } from './memos';
import { OPTIONS } from './options';
import { quotesCommand } from './quotes';
import { figuresCommand } from './figures';
import { restoreCommand } from './restore';
import { searchCommand } from './search';
import { serveCommand } from './serve';
import { suggestCommand } from './suggest';

export { UsageError, type CliIo } from './context';

/** Every command, in the order --help lists them. */
const commands: Record<string, Command> = {
  serve: serveCommand,
  info: infoCommand,
  import: importCommand,
  articles: articlesCommand,
  article: articleCommand,
  search: searchCommand,
  quotes: quotesCommand,
  figures: figuresCommand,
  suggest: suggestCommand,
  memo: memoCommand,
  memos: memosCommand,
  'export-annotations': exportAnnotationsCommand,
  'import-annotations': importAnnotationsCommand,
  'export-project': exportProjectCommand,
  'import-project': importProjectCommand,
  backup: backupCommand,
  restore: restoreCommand,
  check: checkCommand,
};

export function helpText(): string {
  return `Dossier ${APP_VERSION}: an offline research notebook for analysts.

Usage: dossier [--db FILE] <command> [options]

Commands:
${Object.values(commands)
  .map((command) => command.usage)
  .join('')}
Options:
  --db FILE              The notebook file (default: $DOSSIER_DB, else the app's notebook in
                         the platform's app-data folder). Accepted before or after the command.
  --json                 Print JSON instead of text.
  --version              Print the version.
  --help                 Print this help.
`;
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(
      `dossier: ${error instanceof Error ? error.message : String(error)}\nRun "dossier --help" for usage.\n`,
    );
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.out(`${APP_VERSION}\n`);
    return 0;
  }
  const [name, ...rest] = positionals;
  if (values.help || !name) {
    io.out(helpText());
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`dossier: unknown command "${name}". Run "dossier --help" for the list.\n`);
    return 2;
  }
  const notebookPath = resolveNotebookPath(values.db, io.env, process.platform, os.homedir());
  const context: Context = {
    values,
    io,
    notebookPath,
    async openNotebook(options = {}) {
      const { ONE_SHOT_STORE_SLICE_MS, createNotebook } = await import('../composition');
      // Commands that only read open read-only, so they work on a colleague's notebook on a
      // read-only share; a notebook that does not exist yet is created as before.
      const readonly = command.readOnly === true && existsSync(notebookPath);
      if (!readonly) mkdirSync(path.dirname(notebookPath), { recursive: true });
      return createNotebook({
        dbFile: notebookPath,
        ...(readonly ? { readonly: true } : {}),
        // serve answers calls while it imports; every other command answers nobody.
        ...(options.dailyBackups
          ? { dailyBackups: true }
          : { imports: { storeSliceMs: ONE_SHOT_STORE_SLICE_MS } }),
      });
    },
  };
  try {
    return await command.run(context, rest);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`dossier ${name}: ${error.message}\n`);
      return 2;
    }
    io.err(`dossier ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    isTerminal: Boolean(process.stdout.isTTY),
  };
}
