// What every command of the `dossier` command line is given: the parsed options, where to
// print, which notebook file is meant and how to open it through the composition root; and
// the small helpers commands share for checking their arguments.
import { readFile } from 'node:fs/promises';
import type { Notebook } from '../composition';
import { clientOf, type Call } from './call';
import type { Values } from './options';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  isTerminal: boolean;
}

export interface Context {
  values: Values;
  io: CliIo;
  notebookPath: string;
  /**
   * Opens the notebook the command names, through the composition root: read-only for a
   * command that never writes and a file that exists. `dailyBackups` for the one command
   * that stays open (serve). Asynchronous because the composition root (and with it the
   * database driver and the API schemas) is loaded only by commands that open a notebook, so
   * `--help` and usage errors answer at once.
   */
  openNotebook(options?: { dailyBackups?: boolean }): Promise<Notebook>;
}

export interface Command {
  /** The command's lines in `dossier --help`. */
  usage: string;
  /** Never writes, so it opens the notebook read-only (and works on a read-only share). */
  readOnly?: boolean;
  run(context: Context, positionals: string[]): Promise<number>;
}

/** A mistake in how the command was typed: reported with exit code 2. */
export class UsageError extends Error {}

/** Opens the notebook for one piece of work, and closes it whatever happens. */
export async function withNotebook<T>(
  context: Context,
  work: (call: Call, notebook: Notebook) => Promise<T> | T,
): Promise<T> {
  const notebook = await context.openNotebook();
  try {
    return await work(clientOf(notebook), notebook);
  } finally {
    notebook.close();
  }
}

export function parseId(value: string | undefined, what: string): number {
  const id = Number(value);
  if (!value || !Number.isInteger(id) || id <= 0)
    throw new UsageError(
      `${what} must be a positive whole number${value ? `, not "${value}"` : ''}.`,
    );
  return id;
}

export function oneFile(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`name one ${what}.`);
  return positionals[0]!;
}

/**
 * A text file as the file-reading commands (quotes, figures) take it: UTF-8 without its BOM, so
 * offsets count from the first character. A file that cannot be read, or is not UTF-8, is
 * reported on stderr by name and read as null; the command goes on with the others.
 */
export async function readTextFile(
  context: Context,
  command: string,
  file: string,
): Promise<string | null> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    const reason =
      error instanceof TypeError
        ? 'it is not valid UTF-8 text'
        : error instanceof Error
          ? error.message
          : String(error);
    context.io.err(`dossier ${command}: ${file}: ${reason}\n`);
    return null;
  }
}
