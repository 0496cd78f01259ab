// The options every command of the `dossier` command line may be given, parsed once for the
// whole command line so --db and --json go before or after the command's name.
import type { parseArgs } from 'node:util';

export const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  port: { type: 'string' },
  sort: { type: 'string' },
  article: { type: 'string', multiple: true },
  'min-confidence': { type: 'string' },
  accept: { type: 'boolean' },
  conflicts: { type: 'boolean' },
  speaker: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  kind: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  group: { type: 'string' },
  title: { type: 'string' },
  summary: { type: 'string' },
  date: { type: 'string' },
  'then-by': { type: 'string' },
  'tag-listing': { type: 'string' },
  'include-terms': { type: 'boolean' },
  'figures-in-dispute': { type: 'boolean' },
  'include-unattributed': { type: 'boolean' },
  author: { type: 'string' },
  classification: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'sources-csl': { type: 'string' },
  'citation-style': { type: 'string' },
  memo: { type: 'string' },
  limit: { type: 'string' },
  repair: { type: 'boolean' },
  update: { type: 'boolean' },
  version: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];
