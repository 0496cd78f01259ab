// `dossier serve`: the notebook in a browser. The command line starts the local web host
// here, as the desktop shell starts Electron: both are hosts of the same dispatcher.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PORT } from '../server/port';
import { projectRoot } from '../project-root';
import { UsageError, type Command, type Context } from './context';

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}

/** The built renderer, at out/renderer in the project folder (from the sources and the build). */
export function rendererDir(): string {
  return path.join(projectRoot(import.meta.url), 'out/renderer');
}

async function serve(context: Context): Promise<number> {
  const port = parsePort(context.values.port);
  const dir = rendererDir();
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      'the app has not been built yet, so there is nothing to serve. Run "npm run serve" (it builds first) or "npm run build".',
    );
  }
  const notebook = await context.openNotebook({ dailyBackups: true });
  let host;
  try {
    // Loaded here, so the other commands start without the HTTP server.
    const { startWebHost } = await import('../server');
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

export const serveCommand: Command = {
  usage: `  serve [--port N]       Serve the notebook to a browser on 127.0.0.1 (default port ${DEFAULT_PORT};
                         --port 0 picks a free one). Prints the address to open.
`,
  run: serve,
};
