// The `dossier` command line: parses arguments, opens the notebook through the composition
// root and prints human text or, with --json, machine-readable JSON. Commands are plain
// functions of (context, positionals) so tests can call them without a subprocess.
import { parseArgs } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createNotebook, type Notebook } from './composition';
import { resolveNotebookPath } from './paths';
import { APP_VERSION } from './version';
import { DEFAULT_PORT, startWebHost } from './server';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  isTerminal: boolean;
}

const HELP = `Dossier ${APP_VERSION}: an offline research notebook for analysts.

Usage: dossier [--db FILE] <command> [options]

Commands:
  serve [--port N]       Serve the notebook to a browser on 127.0.0.1 (default port ${DEFAULT_PORT};
                         --port 0 picks a free one). Prints the address to open.
  info [--json]          Show which notebook is open and what it holds.

Options:
  --db FILE              The notebook file (default: $DOSSIER_DB, else the app's notebook in
                         the platform's app-data folder). Accepted before or after the command.
  --json                 Print JSON instead of text.
  --version              Print the version.
  --help                 Print this help.
`;

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  port: { type: 'string' },
  version: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

export class UsageError extends Error {}

interface Context {
  values: Values;
  io: CliIo;
  notebookPath: string;
  openNotebook(): Notebook;
}

type Command = (context: Context, positionals: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  serve: serveCommand,
  info: infoCommand,
};

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
    io.out(HELP);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`dossier: unknown command "${name}". Run "dossier --help" for the list.\n`);
    return 2;
  }
  const notebookPath = resolveNotebookPath(values.db, io.env, process.platform, os.homedir());
  const context: Context = {
    values,
    io,
    notebookPath,
    openNotebook() {
      mkdirSync(path.dirname(notebookPath), { recursive: true });
      return createNotebook({ dbFile: notebookPath });
    },
  };
  try {
    return await command(context, rest);
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

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}

export function rendererDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../out/renderer');
}

async function serveCommand(context: Context): Promise<number> {
  const port = parsePort(context.values.port);
  const dir = rendererDir();
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      'the app has not been built yet, so there is nothing to serve. Run "npm run serve" (it builds first) or "npm run build".',
    );
  }
  const notebook = context.openNotebook();
  let host;
  try {
    host = await startWebHost({
      dispatch: notebook.dispatch,
      rendererDir: dir,
      port,
    });
  } catch (error) {
    notebook.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new Error(
        `port ${port} is already in use (is Dossier already serving?). Try --port 0 for a free port.`,
      );
    }
    throw error;
  }
  if (context.values.json) {
    context.io.out(
      `${JSON.stringify({ url: host.url, port: host.port, notebook: notebook.file })}\n`,
    );
  } else {
    context.io.out(
      `Dossier is serving ${notebook.file}\n\n  Open ${host.url}\n\nOnly this computer can reach it, and only with that address. Press Ctrl+C to stop.\n`,
    );
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  notebook.close();
  return 0;
}

async function infoCommand(context: Context): Promise<number> {
  const notebook = context.openNotebook();
  try {
    const result = await notebook.dispatch('getNotebookInfo', undefined);
    if (!result.ok) throw new Error(result.error.message);
    const info = result.value as {
      file: string;
      version: string;
      schemaVersion: number;
      articleCount: number;
    };
    if (context.values.json) context.io.out(`${JSON.stringify(info)}\n`);
    else
      context.io.out(
        `Notebook: ${info.file}\nArticles: ${info.articleCount}\nSchema:   ${info.schemaVersion}\nDossier:  ${info.version}\n`,
      );
    return 0;
  } finally {
    notebook.close();
  }
}
