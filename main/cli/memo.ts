// `dossier memo`: compiles the quotations in scope into a briefing memo, or exports a saved
// one, and writes it to a file. Scope is given by names as a person types them; the API takes
// ids, so names are resolved by the memo service of the notebook the composition root opened
// (the same matching of names and aliases as everywhere else), then compiled and exported
// through the API.
import { writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import {
  HIGHLIGHT_KINDS,
  MEMO_FORMATS,
  MEMO_GROUPINGS,
  isHighlightKind,
  isMemoFormat,
  isMemoGrouping,
  type HighlightKind,
} from '../domain/vocabulary';
import { CITATION_STYLES, isCitationStyle } from '../domain/citation';
import { MEMO_TAG_LISTINGS, isMemoTagListing } from '../domain/memo';
import type { ArgsOf } from '../ipc/contract';
import { UsageError, parseId, withNotebook, type Command, type Context } from './context';

type MemoScope = ArgsOf<'compileMemo'>['scope'];

const SCOPE_FLAGS = [
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
  'then-by',
  'tag-listing',
  'include-terms',
  'include-unattributed',
  'figures-in-dispute',
  'author',
  'classification',
] as const;

async function memo(context: Context): Promise<number> {
  const { values, io } = context;
  const format = values.format;
  if (!format || !isMemoFormat(format))
    throw new UsageError(`--format must be one of ${MEMO_FORMATS.join(', ')}.`);
  if (!values.out) throw new UsageError('--out FILE says where to write the memo.');
  const memoId = values.memo === undefined ? undefined : parseId(values.memo, '--memo');
  if (memoId !== undefined && SCOPE_FLAGS.some((flag) => values[flag] !== undefined)) {
    throw new UsageError(
      '--memo exports a saved memo as it is; it cannot be combined with scope options.',
    );
  }
  const kinds = (values.kind ?? []).map((kind): HighlightKind => {
    if (!isHighlightKind(kind))
      throw new UsageError(`--kind must be one of ${HIGHLIGHT_KINDS.join(', ')}, not "${kind}".`);
    return kind;
  });
  const group = values.group;
  if (group !== undefined && !isMemoGrouping(group)) {
    throw new UsageError(`--group must be one of ${MEMO_GROUPINGS.join(', ')}.`);
  }
  const thenBy = values['then-by'];
  if (thenBy !== undefined && !isMemoGrouping(thenBy)) {
    throw new UsageError(`--then-by must be one of ${MEMO_GROUPINGS.join(', ')}.`);
  }
  const tagListing = values['tag-listing'];
  if (tagListing !== undefined && !isMemoTagListing(tagListing)) {
    throw new UsageError(`--tag-listing must be one of ${MEMO_TAG_LISTINGS.join(', ')}.`);
  }
  const articleIds = values.article?.map((value) => parseId(value, '--article'));
  const citationStyle = values['citation-style'];
  if (citationStyle !== undefined && !isCitationStyle(citationStyle))
    throw new UsageError(`--citation-style must be one of ${CITATION_STYLES.join(', ')}.`);
  const sourcesCsl = values['sources-csl'] && path.resolve(values['sources-csl']);
  const out = path.resolve(values.out);
  return withNotebook(context, async (call, notebook) => {
    let exported;
    let sources;
    if (memoId !== undefined) {
      // A saved memo may cite passages that have since moved or gone: say which, then export.
      const unresolved = await call('checkMemoSources', { id: memoId });
      if (unresolved.length > 0)
        io.err(
          `Warning: ${unresolved.length} quotation${unresolved.length === 1 ? '' : 's'} of memo ${memoId} no longer match${unresolved.length === 1 ? 'es' : ''} the source (Check sources in the app fixes them):\n`,
        );
      for (const check of unresolved)
        io.err(
          `  “${check.exact.length > 80 ? `${check.exact.slice(0, 79)}…` : check.exact}”: ${check.problems.map((problem) => problem.message).join(' ')}\n`,
        );
      exported = await call('exportMemo', { memoId, format, citationStyle });
      if (sourcesCsl) sources = await call('exportMemoSources', { memoId });
    } else {
      const { speakerIds, tagIds } = notebook.services.memos.resolveNames({
        speakers: values.speaker,
        tags: values.tag,
      });
      const scope: MemoScope = {
        ...(speakerIds.length ? { speakerIds } : {}),
        ...(tagIds.length ? { tagIds } : {}),
        ...(articleIds ? { articleIds } : {}),
        ...(kinds.length ? { kinds } : {}),
        ...(values.from ? { from: values.from } : {}),
        ...(values.to ? { to: values.to } : {}),
        ...(group ? { groupBy: group } : {}),
        ...(values.title ? { title: values.title } : {}),
        ...(values.summary ? { summary: values.summary } : {}),
        ...(values.date ? { date: values.date } : {}),
        ...(thenBy ? { thenBy } : {}),
        ...(tagListing ? { tagListing } : {}),
        ...(values['include-terms'] ? { includeTerms: true } : {}),
        ...(values['include-unattributed'] ? { includeUnattributed: true } : {}),
        ...(values['figures-in-dispute'] ? { includeFiguresInDispute: true } : {}),
        ...(values.author ? { author: values.author } : {}),
        ...(values.classification ? { classification: values.classification } : {}),
      };
      // Compiled first only to say what is left out; the export compiles the same scope.
      const compiled = await call('compileMemo', { scope });
      for (const left of compiled.omitted ?? [])
        io.err(
          `Left out highlight ${left.highlightId} from “${left.articleTitle}”: ${left.reason}\n`,
        );
      exported = await call('exportMemo', { scope, format, citationStyle });
      if (sourcesCsl) sources = await call('exportMemoSources', { scope });
    }
    const bytes = Buffer.from(exported.data, 'base64');
    // Write beside the target, then rename: a reader never sees half a file.
    const temporary = `${out}.${process.pid}.partial`;
    await writeFile(temporary, bytes);
    await rename(temporary, out);
    if (sourcesCsl && sources) {
      const cslBytes = Buffer.from(sources.data, 'base64');
      await writeFile(`${sourcesCsl}.${process.pid}.partial`, cslBytes);
      await rename(`${sourcesCsl}.${process.pid}.partial`, sourcesCsl);
      if (!values.json) io.out(`Wrote the memo's sources as CSL-JSON to ${sourcesCsl}.\n`);
    }
    if (values.json)
      io.out(
        `${JSON.stringify({ out, format, bytes: bytes.length, ...(sourcesCsl ? { sourcesCsl } : {}) })}\n`,
      );
    else io.out(`Wrote ${out} (${(bytes.length / 1024).toFixed(1)} KiB).\n`);
    return 0;
  });
}

export const memoCommand: Command = {
  usage: `  memo [--speaker NAME]... [--tag TAG]... [--article ID]... [--kind K]...
       [--from DATE] [--to DATE] [--group speaker|tag|source|date] [--then-by GROUPING]
       [--tag-listing every|first] [--include-terms] [--include-unattributed]
       [--title TEXT] [--date TEXT] [--author TEXT] [--classification TEXT]
       [--summary TEXT] [--figures-in-dispute] --format md|html|docx|pdf --out FILE
                         Compile the tagged quotations in scope into a briefing memo.
                         Terms and passages without a speaker are left out unless
                         --include-terms / --include-unattributed (or --kind term) ask;
                         --then-by nests a second grouping (speaker, then tag); with tag
                         grouping a quotation goes under every tag it has, or with
                         --tag-listing first once, naming its other tags.
                         --figures-in-dispute adds a table of the notebook's figures for one
                         measure and period that disagree (see dossier figures --conflicts).
  memo --memo ID --format md|html|docx|pdf --out FILE
                         Export a saved (and perhaps edited) memo.
       Either form also takes --citation-style chicago|apa (Chicago notes, the default, or
       APA author–date) and --sources-csl FILE (the articles it cites, as CSL-JSON for a
       reference manager).
`,
  readOnly: true,
  run: memo,
};
