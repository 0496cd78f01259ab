// Reads a launch command line: the notebook to open (--db) and the files to import. The same
// parse serves this process's own argv and the argv a second instance hands over before it
// quits (Windows and Linux open files by starting the program again). Pure: the caller says
// how the program was started and where, so it is tested without Electron.
import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LaunchContext {
  /** The launching process's working directory: relative paths are relative to it. */
  workingDirectory: string;
  /**
   * Started as `electron <app folder> …` (process.defaultApp) rather than as the packaged
   * executable: then the first positional argument is the app folder, not a file to import.
   */
  defaultApp: boolean;
  /** The app's own folder, never imported even if it appears again. */
  appPath?: string;
  /** The path flavour of the platform that produced argv (tests pass path.win32). */
  path?: nodePath.PlatformPath;
}

export interface LaunchArgs {
  /** The --db value, as given. */
  db: string | undefined;
  /**
   * The --user-data-dir value: where window state and Chromium's profile live, and so what
   * the single-instance lock is about (tests run apps side by side with one each).
   */
  userDataDir: string | undefined;
  /** Absolute paths of files and folders to import, in order, without repeats. */
  files: string[];
}

/** Our flags, each taking a value as `--flag value` or `--flag=value`. */
const FLAGS = { '--db': 'db', '--user-data-dir': 'userDataDir' } as const;

type Flag = keyof typeof FLAGS;

function isFlag(argument: string): argument is Flag {
  return Object.hasOwn(FLAGS, argument);
}

/** A URL scheme, but not a Windows drive letter such as C:. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

function toPath(argument: string, context: LaunchContext): string | null {
  const path = context.path ?? nodePath;
  if (/^file:/i.test(argument)) {
    try {
      return fileURLToPath(argument, { windows: path === nodePath.win32 });
    } catch {
      return null;
    }
  }
  if (URL_SCHEME.test(argument)) return null;
  return path.resolve(context.workingDirectory, argument);
}

export function parseLaunchArgs(argv: readonly string[], context: LaunchContext): LaunchArgs {
  const path = context.path ?? nodePath;
  const appPath = context.appPath ? path.resolve(context.appPath) : null;
  const values: Partial<Record<(typeof FLAGS)[Flag], string>> = {};
  const positionals: string[] = [];
  let flagsEnded = false;
  // argv[0] is the executable.
  for (let index = 1; index < argv.length; index += 1) {
    const argument = argv[index]!;
    const [name = '', inlineValue] = argument.split(/=(.*)/s);
    if (flagsEnded) {
      if (argument.length > 0) positionals.push(argument);
    } else if (argument === '--') {
      flagsEnded = true;
    } else if (isFlag(name)) {
      if (inlineValue !== undefined) {
        values[FLAGS[name]] = inlineValue;
      } else {
        values[FLAGS[name]] = argv[index + 1];
        index += 1;
      }
    } else if (argument.startsWith('-')) {
      // Chromium and Electron switches (--inspect=…, --no-sandbox), macOS's -psn_… and the
      // like: never files.
    } else if (argument.length > 0) {
      positionals.push(argument);
    }
  }
  if (context.defaultApp) positionals.shift();
  const files: string[] = [];
  for (const argument of positionals) {
    const file = toPath(argument, context);
    if (file === null || file === appPath || files.includes(file)) continue;
    files.push(file);
  }
  return { db: values.db, userDataDir: values.userDataDir, files };
}
