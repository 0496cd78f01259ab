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
import type { Article, ArticleSummary, SearchHit } from './ipc/contract';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from './domain/snippet-marks';
import type { Suggestion } from './ipc/contract';
import { findQuotes } from './quotes';
import { readFile, rename, writeFile } from 'node:fs/promises';
import {
  ARTICLE_SORTS as SORTS,
  HIGHLIGHT_KINDS,
  MEMO_FORMATS,
  MEMO_GROUPINGS as MEMO_GROUPS,
  type HighlightKind,
} from './domain/vocabulary';
import { SEARCH_SORTS } from './domain/search-query';
import type { MemoFormat } from './domain/vocabulary';
import type { MemoScope } from './domain/memo';
import { importWorkerScript } from './services/import-worker-script';
import {
  createMaintenanceService,
  restoreClosedNotebook,
  type CheckReport,
  type RestoreOutcome,
} from './services/maintenance';
import { isDamageError, openForMaintenance, type CheckFinding } from '../db/maintenance';

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
  import PATH... [--update] [--json]
                         Import files and folders (recursed): text, Markdown, HTML, PDF, DOCX.
                         A newer copy of an article (same source path or URL, or title and
                         publisher, different text) is reported and not imported; --update
                         makes it the article's text (the old one kept, highlights re-anchored).
                         --json prints one object per input: {path, status, articleId?, title?, error?}.
  articles [--json] [--sort imported|published|title|publisher]
                         List the library.
  article ID [--json]    Show one article with its cleaned text.
  search QUERY [--json] [--limit N] [--sort relevance|newest|oldest]
                         Full-text search over titles and text, best matches first: "a phrase",
                         OR (or |), NOT word (or -word), word* for any ending, (grouping), and
                         author: publisher: title: speaker: tag: after:YYYY-MM-DD before:…
  quotes FILE... [--json]
                         Run the quote finder on text files without touching the notebook.
                         --json prints [{file, start, end, exact, kind, speaker,
                         speakerAsWritten, cue, confidence}]; offsets index the file's text
                         as decoded (UTF-8, BOM removed).
  suggest [--article ID]... [--min-confidence X] [--accept] [--json]
                         The finder's pending suggestions for articles in the notebook;
                         --accept stores them as quotations with their speakers.
  memo [--speaker NAME]... [--tag TAG]... [--article ID]... [--kind K]...
       [--from DATE] [--to DATE] [--group speaker|tag|source|date] [--title TEXT]
       [--summary TEXT] [--date TEXT] --format md|html|docx|pdf --out FILE
                         Compile the tagged quotations in scope into a briefing memo.
  memo --memo ID --format md|html|docx|pdf --out FILE
                         Export a saved (and perhaps edited) memo.
  memos [--json]         List saved memos.
  backup FILE [--json]   Copy the notebook to FILE (SQLite's online backup: safe while the app
                         is open and writing).
  restore FILE [--json]  Replace the notebook with the backup in FILE. Refuses a damaged backup,
                         one from a newer Dossier, or a file that is not a notebook; the notebook
                         as it was is kept as NOTEBOOK.replaced-<time>.
  check [--repair] [--json]
                         Check the notebook: SQLite integrity, foreign keys, the search index.
                         --repair rebuilds the indexes and says what it did. Exit code 1 while
                         problems remain.

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
  sort: { type: 'string' },
  article: { type: 'string', multiple: true },
  'min-confidence': { type: 'string' },
  accept: { type: 'boolean' },
  speaker: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  kind: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  group: { type: 'string' },
  title: { type: 'string' },
  summary: { type: 'string' },
  date: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  memo: { type: 'string' },
  limit: { type: 'string' },
  repair: { type: 'boolean' },
  update: { type: 'boolean' },
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
  /** `dailyBackups` for the one command that stays open (serve). */
  openNotebook(options?: { dailyBackups?: boolean }): Notebook;
}

type Command = (context: Context, positionals: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  serve: serveCommand,
  info: infoCommand,
  import: importCommand,
  articles: articlesCommand,
  article: articleCommand,
  search: searchCommand,
  quotes: quotesCommand,
  suggest: suggestCommand,
  memo: memoCommand,
  memos: memosCommand,
  backup: backupCommand,
  restore: restoreCommand,
  check: checkCommand,
};

/** Commands that never write: they open the notebook read-only. */
const READ_ONLY_COMMANDS = new Set(['info', 'articles', 'article', 'search', 'memos', 'memo']);

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
    openNotebook(options = {}) {
      // Commands that only read open read-only, so they work on a colleague's notebook on a
      // read-only share; a notebook that does not exist yet is created as before.
      const readonly = READ_ONLY_COMMANDS.has(name) && existsSync(notebookPath);
      if (!readonly) mkdirSync(path.dirname(notebookPath), { recursive: true });
      return createNotebook({
        dbFile: notebookPath,
        ...(readonly ? { readonly: true } : {}),
        parseWorker: importWorkerScript(),
        ...(options.dailyBackups ? { dailyBackups: true } : {}),
      });
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
  const notebook = context.openNotebook({ dailyBackups: true });
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

async function withNotebook<T>(
  context: Context,
  work: (notebook: Notebook) => Promise<T> | T,
): Promise<T> {
  const notebook = context.openNotebook();
  try {
    return await work(notebook);
  } finally {
    notebook.close();
  }
}

/** Calls the API exactly as the app would, turning an error envelope into a thrown Error. */
async function call(notebook: Notebook, method: string, args: unknown): Promise<unknown> {
  const result = await notebook.dispatch(method, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function progressBar(done: number, total: number, label: string): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const name = label.length > 40 ? `…${label.slice(-39)}` : label;
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}\u001b[K`;
}

async function importCommand(context: Context, positionals: string[]): Promise<number> {
  if (positionals.length === 0) throw new UsageError('name at least one file or folder to import.');
  const { io, values } = context;
  const outcomes = await withNotebook(context, (notebook) =>
    notebook.services.imports.importPaths(
      positionals,
      (outcome, index, total) => {
        if (values.json) io.out(`${JSON.stringify(outcome)}\n`);
        else if (io.isTerminal) io.err(progressBar(index + 1, total, outcome.path));
        if (!values.json && outcome.status === 'failed') {
          if (io.isTerminal) io.err('\n');
          io.err(`failed: ${outcome.error}\n`);
        }
      },
      // Nothing is held for a later answer: a command line run ends with its import.
      { revisions: values.update ? 'apply' : 'report' },
    ),
  );
  const count = (status: string) => outcomes.filter((outcome) => outcome.status === status).length;
  if (!values.json) {
    if (io.isTerminal) io.err('\n');
    for (const outcome of outcomes) {
      if (outcome.status === 'imported')
        io.out(`imported  #${outcome.articleId}  ${outcome.title}\n`);
      if (outcome.status === 'duplicate')
        io.out(`duplicate #${outcome.articleId}  ${outcome.title} (${outcome.path})\n`);
      if (outcome.status === 'revision')
        io.out(`revision  #${outcome.articleId}  ${outcome.title} (${outcome.path})\n`);
      if (outcome.status === 'updated') {
        const orphaned = outcome.applied?.orphaned ?? [];
        const placed = outcome.applied?.placed ?? 0;
        io.out(
          `updated   #${outcome.articleId}  ${outcome.title}: ${placed} ${placed === 1 ? 'highlight' : 'highlights'} re-anchored` +
            (orphaned.length > 0 ? `, ${orphaned.length} could not be placed:` : '') +
            '\n',
        );
        for (const orphan of orphaned) io.out(`            not placed: “${orphan.exact}”\n`);
      }
    }
    const updated = count('updated') > 0 ? `, ${count('updated')} updated` : '';
    io.out(
      `${count('imported')} imported${updated}, ${count('duplicate')} duplicates, ${count('failed')} failed.\n`,
    );
    const revisions = count('revision');
    if (revisions > 0) {
      io.out(
        `${revisions} ${revisions === 1 ? 'revision' : 'revisions'} found; run with --update to apply.\n`,
      );
    }
  }
  return count('failed') > 0 ? 1 : 0;
}

async function articlesCommand(context: Context): Promise<number> {
  const sort = context.values.sort ?? 'imported';
  if (!(SORTS as readonly string[]).includes(sort))
    throw new UsageError(`--sort must be one of ${SORTS.join(', ')}.`);
  const articles = (await withNotebook(context, (notebook) =>
    call(notebook, 'listArticles', { sort }),
  )) as ArticleSummary[];
  if (context.values.json) {
    const rows = articles.map(
      ({ id, title, author, publisher, dateline, publishedAt, wordCount }) => ({
        id,
        title,
        author,
        publisher,
        dateline,
        publishedAt,
        wordCount,
      }),
    );
    context.io.out(`${JSON.stringify(rows, null, 2)}\n`);
  } else if (articles.length === 0) {
    context.io.out('The notebook has no articles yet. Import some with "dossier import PATH".\n');
  } else {
    for (const article of articles) {
      const meta = [article.publisher, article.publishedAt, `${article.wordCount} words`]
        .filter(Boolean)
        .join(' · ');
      context.io.out(`#${article.id}  ${article.title}\n     ${meta}\n`);
    }
  }
  return 0;
}

function parseId(value: string | undefined, what: string): number {
  const id = Number(value);
  if (!value || !Number.isInteger(id) || id <= 0)
    throw new UsageError(
      `${what} must be a positive whole number${value ? `, not "${value}"` : ''}.`,
    );
  return id;
}

async function articleCommand(context: Context, positionals: string[]): Promise<number> {
  const id = parseId(positionals[0], 'the article ID');
  const article = (await withNotebook(context, (notebook) =>
    call(notebook, 'getArticle', { id }),
  )) as Article;
  if (context.values.json) {
    const { title, author, publisher, dateline, publishedAt, wordCount, text } = article;
    context.io.out(
      `${JSON.stringify({ id, title, author, publisher, dateline, publishedAt, wordCount, text }, null, 2)}\n`,
    );
  } else {
    const meta = [
      article.author && `By ${article.author}`,
      article.dateline,
      article.publisher,
      article.publishedAt,
    ]
      .filter(Boolean)
      .join(' · ');
    context.io.out(`${article.title}\n${meta ? `${meta}\n` : ''}\n${article.text}\n`);
  }
  return 0;
}

async function searchCommand(context: Context, positionals: string[]): Promise<number> {
  const query = positionals.join(' ');
  if (!query.trim()) throw new UsageError('say what to search for.');
  const limit = context.values.limit === undefined ? 20 : parseId(context.values.limit, '--limit');
  const sort = context.values.sort ?? 'relevance';
  if (!(SEARCH_SORTS as readonly string[]).includes(sort))
    throw new UsageError(`--sort must be one of ${SEARCH_SORTS.join(', ')}.`);
  const hits = (await withNotebook(context, (notebook) =>
    call(notebook, 'searchArticles', { query, limit: Math.min(limit, 100), sort }),
  )) as SearchHit[];
  const plain = (snippet: string) =>
    snippet.split(SNIPPET_OPEN).join('').split(SNIPPET_CLOSE).join('');
  if (context.values.json) {
    const rows = hits.map((hit) => ({
      articleId: hit.articleId,
      title: hit.title,
      publisher: hit.publisher,
      publishedAt: hit.publishedAt,
      snippet: plain(hit.snippet),
      rank: hit.rank,
    }));
    context.io.out(`${JSON.stringify(rows, null, 2)}\n`);
  } else if (hits.length === 0) {
    context.io.out(`Nothing matches "${query}".\n`);
  } else {
    const emphasise = (snippet: string) =>
      context.io.isTerminal
        ? snippet.split(SNIPPET_OPEN).join('\u001b[1m').split(SNIPPET_CLOSE).join('\u001b[22m')
        : plain(snippet);
    for (const hit of hits)
      context.io.out(`#${hit.articleId}  ${hit.title}\n     ${emphasise(hit.snippet)}\n`);
  }
  return 0;
}

async function quotesCommand(context: Context, positionals: string[]): Promise<number> {
  if (positionals.length === 0) throw new UsageError('name at least one text file.');
  const rows: unknown[] = [];
  let failed = 0;
  for (const file of positionals) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
    } catch (error) {
      failed += 1;
      const reason =
        error instanceof TypeError
          ? 'it is not valid UTF-8 text'
          : error instanceof Error
            ? error.message
            : String(error);
      context.io.err(`dossier quotes: ${file}: ${reason}\n`);
      continue;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    for (const candidate of findQuotes(text).candidates) {
      const { start, end, exact, kind, speaker, speakerAsWritten, cue, confidence } = candidate;
      rows.push({ file, start, end, exact, kind, speaker, speakerAsWritten, cue, confidence });
      if (!context.values.json) {
        const who = speaker
          ? `${speaker}${cue ? ` (${cue})` : ''}`
          : kind === 'term'
            ? 'term'
            : 'unattributed';
        context.io.out(
          `${file}:${start}-${end}  ${kind.padEnd(8)} ${who}  ${confidence.toFixed(2)}\n    ${exact}\n`,
        );
      }
    }
  }
  if (context.values.json) context.io.out(`${JSON.stringify(rows, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

async function suggestCommand(context: Context): Promise<number> {
  const minConfidence =
    context.values['min-confidence'] === undefined ? 0 : Number(context.values['min-confidence']);
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
    throw new UsageError('--min-confidence must be a number from 0 to 1.');
  }
  const requested = (context.values.article ?? []).map((value) => parseId(value, '--article'));
  return withNotebook(context, async (notebook) => {
    const ids =
      requested.length > 0
        ? requested
        : ((await call(notebook, 'listArticles', { sort: 'imported' })) as ArticleSummary[]).map(
            (a) => a.id,
          );
    const rows: (Suggestion & { accepted?: boolean; highlightId?: number })[] = [];
    for (const articleId of ids) {
      const suggestions = (await call(notebook, 'listSuggestions', {
        articleId,
        minConfidence,
      })) as Suggestion[];
      for (const suggestion of suggestions) {
        if (context.values.accept) {
          const highlight = (await call(notebook, 'acceptSuggestion', {
            articleId,
            start: suggestion.start,
            end: suggestion.end,
            kind: suggestion.kind,
          })) as { id: number };
          rows.push({ ...suggestion, accepted: true, highlightId: highlight.id });
        } else {
          rows.push(suggestion);
        }
      }
    }
    if (context.values.json) context.io.out(`${JSON.stringify(rows, null, 2)}\n`);
    else {
      for (const row of rows) {
        context.io.out(
          `#${row.articleId} ${row.start}-${row.end} ${row.kind.padEnd(8)} ${row.speaker ?? '—'} ${row.confidence.toFixed(2)}${row.accepted ? ' accepted' : ''}\n    ${row.exact}\n`,
        );
      }
      context.io.out(
        `${rows.length} suggestion${rows.length === 1 ? '' : 's'}${context.values.accept ? ' accepted' : ' pending'}.\n`,
      );
    }
    return 0;
  });
}

async function memoCommand(context: Context): Promise<number> {
  const { values, io } = context;
  const format = values.format;
  if (!format || !(MEMO_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${MEMO_FORMATS.join(', ')}.`);
  if (!values.out) throw new UsageError('--out FILE says where to write the memo.');
  const scopeFlags = [
    'speaker',
    'tag',
    'article',
    'kind',
    'from',
    'to',
    'group',
    'title',
    'summary',
    'date',
  ] as const;
  const memoId = values.memo === undefined ? undefined : parseId(values.memo, '--memo');
  if (memoId !== undefined && scopeFlags.some((flag) => values[flag] !== undefined)) {
    throw new UsageError(
      '--memo exports a saved memo as it is; it cannot be combined with scope options.',
    );
  }
  const kinds = (values.kind ?? []).map((kind) => {
    if (!(HIGHLIGHT_KINDS as readonly string[]).includes(kind))
      throw new UsageError(`--kind must be one of ${HIGHLIGHT_KINDS.join(', ')}, not "${kind}".`);
    return kind as HighlightKind;
  });
  if (values.group !== undefined && !(MEMO_GROUPS as readonly string[]).includes(values.group)) {
    throw new UsageError(`--group must be one of ${MEMO_GROUPS.join(', ')}.`);
  }
  const out = path.resolve(values.out);
  return withNotebook(context, async (notebook) => {
    const memos = notebook.services.memos;
    let bytes: Uint8Array;
    if (memoId !== undefined) {
      bytes = await memos.export({ memoId }, format as MemoFormat);
    } else {
      const { speakerIds, tagIds } = memos.resolveNames({
        speakers: values.speaker,
        tags: values.tag,
      });
      const scope: MemoScope = {
        ...(speakerIds.length ? { speakerIds } : {}),
        ...(tagIds.length ? { tagIds } : {}),
        ...(values.article
          ? { articleIds: values.article.map((value) => parseId(value, '--article')) }
          : {}),
        ...(kinds.length ? { kinds } : {}),
        ...(values.from ? { from: values.from } : {}),
        ...(values.to ? { to: values.to } : {}),
        ...(values.group ? { groupBy: values.group as MemoScope['groupBy'] } : {}),
        ...(values.title ? { title: values.title } : {}),
        ...(values.summary ? { summary: values.summary } : {}),
        ...(values.date ? { date: values.date } : {}),
      };
      const memo = memos.compile(scope);
      for (const left of memo.omitted ?? [])
        io.err(
          `Left out highlight ${left.highlightId} from “${left.articleTitle}”: ${left.reason}\n`,
        );
      bytes = await memos.export({ memo }, format as MemoFormat);
    }
    // Write beside the target, then rename: a reader never sees half a file.
    const temporary = `${out}.${process.pid}.partial`;
    await writeFile(temporary, bytes);
    await rename(temporary, out);
    if (values.json) io.out(`${JSON.stringify({ out, format, bytes: bytes.length })}\n`);
    else io.out(`Wrote ${out} (${(bytes.length / 1024).toFixed(1)} KiB).\n`);
    return 0;
  });
}

async function memosCommand(context: Context): Promise<number> {
  return withNotebook(context, (notebook) => {
    const memos = notebook.services.memos.list();
    if (context.values.json) context.io.out(`${JSON.stringify(memos, null, 2)}\n`);
    else if (memos.length === 0) context.io.out('No saved memos yet.\n');
    else
      for (const memo of memos)
        context.io.out(
          `#${memo.id}  ${memo.title}  (${memo.quotationCount} quotations, updated ${memo.updatedAt.slice(0, 10)})\n`,
        );
    return 0;
  });
}

function oneFile(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`name one ${what}.`);
  return positionals[0]!;
}

function mebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

async function backupCommand(context: Context, positionals: string[]): Promise<number> {
  const target = oneFile(positionals, 'file to write the backup to');
  const started = performance.now();
  const { file, size } = await withNotebook(context, (notebook) =>
    notebook.services.maintenance.backup(target),
  );
  const milliseconds = Math.round(performance.now() - started);
  if (context.values.json)
    context.io.out(
      `${JSON.stringify({ notebook: context.notebookPath, file, size, milliseconds })}\n`,
    );
  else
    context.io.out(
      `Backed up ${context.notebookPath} to ${file} (${mebibytes(size)}, ${milliseconds} ms).\n`,
    );
  return 0;
}

async function restoreCommand(context: Context, positionals: string[]): Promise<number> {
  const source = oneFile(positionals, 'backup file to restore');
  let outcome: RestoreOutcome;
  let notebook: Notebook | null = null;
  try {
    notebook = context.openNotebook();
  } catch (error) {
    // A notebook too damaged to open is exactly what a restore is for: swap the file instead.
    if (!isDamageError(error)) throw error;
  }
  try {
    outcome = notebook
      ? await notebook.services.maintenance.restore(source)
      : restoreClosedNotebook(context.notebookPath, source);
  } finally {
    notebook?.close();
  }
  if (!notebook) {
    // Opening it now applies any migrations an older backup needs.
    await withNotebook(context, () => undefined);
  }
  if (context.values.json) context.io.out(`${JSON.stringify(outcome)}\n`);
  else
    context.io.out(
      `Restored ${context.notebookPath} from ${outcome.restoredFrom} (${outcome.articleCount} articles).\nThe notebook as it was is kept in ${outcome.keptAside}.\n`,
    );
  return 0;
}

async function checkCommand(context: Context, positionals: string[]): Promise<number> {
  if (positionals.length > 0)
    throw new UsageError('takes no file; use --db FILE to pick the notebook.');
  const file = context.notebookPath;
  if (!existsSync(file)) throw new Error(`${file} does not exist.`);
  const db = openForMaintenance(file);
  let report: CheckReport;
  try {
    report = createMaintenanceService({ db, file }).check({
      repair: context.values.repair === true,
    });
  } finally {
    db.close();
  }
  const { io } = context;
  if (context.values.json) {
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const lines = (findings: CheckFinding[]) =>
      findings.map((finding) => `  ${finding.check}: ${finding.message}\n`).join('');
    if (report.found.length === 0) {
      io.out(`${file}: no problems found (integrity, foreign keys, search index).\n`);
    } else {
      io.out(
        `${file}: ${report.found.length} problem${report.found.length === 1 ? '' : 's'} found:\n${lines(report.found)}`,
      );
      if (report.repairRequested) {
        io.out(`Repair:\n${report.actions.map((action) => `  ${action}\n`).join('')}`);
        io.out(
          report.remaining.length === 0
            ? 'Nothing is wrong any more.\n'
            : `Still wrong:\n${lines(report.remaining)}Restore a backup ("dossier restore FILE") to recover from these.\n`,
        );
      } else {
        io.out('Run "dossier check --repair" to rebuild the indexes, or restore a backup.\n');
      }
    }
  }
  return report.ok ? 0 : 1;
}
