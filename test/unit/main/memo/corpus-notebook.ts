// A notebook built from the five real articles in ../shared/corpus, annotated as an analyst
// would: three speakers quoted across four articles, a term, tags and notes. Highlights are
// placed by finding phrases (chosen by reading the articles, all verbatim) in each article's
// canonical text. Publication dates and the third article's title are this test analyst's
// entries (the files carry none); the quotations themselves are only ever the articles' words.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { insertArticle } from '../../../../db/queries/articles';
import { createNotebook, type Notebook } from '../../../../main/composition';
import { contentHash, countWords } from '../../../../main/services/imports';
import type { HighlightKind } from '../../../../db/model';
import { sharedCorpusDir } from '../../../helpers/shared';

const corpusDir = sharedCorpusDir;

/** What the analyst entered for each corpus file (keyed by the file name's prefix). */
const METADATA: Record<string, { title?: string; publishedAt: string }> = {
  '000': { publishedAt: '2025-04-28' },
  '001': { publishedAt: '2025-04-27' },
  '002': { publishedAt: '2025-04-28' },
  '003': { title: 'Commentary by Nikola Mikovic', publishedAt: '2025-04-30' },
  '004': { publishedAt: '2025-06-17' },
};

export interface CorpusNotebook {
  notebook: Notebook;
  articles: Record<string, number>;
  speakers: { nurtleu: number; wangYi: number; tokayev: number };
  tags: { format: number; trade: number; transport: number; bilateral: number };
  highlights: Record<string, number>;
}

async function importCorpus(notebook: Notebook): Promise<Record<string, number>> {
  const articles: Record<string, number> = {};
  const outcomes = await notebook.services.imports.importPaths([corpusDir]);
  for (const outcome of outcomes) {
    if (outcome.status === 'imported' && outcome.articleId)
      articles[path.basename(outcome.path).slice(0, 3)] = outcome.articleId;
  }
  if (Object.keys(articles).length === 5) return articles;
  // The import service is still being built elsewhere; if it fails, store the files' text as it is.
  for (const file of readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const key = file.slice(0, 3);
    if (articles[key]) continue;
    const bytes = readFileSync(path.join(corpusDir, file));
    const lines = bytes.toString('utf8').replace(/\r\n?/g, '\n').trim().split('\n');
    const text = lines
      .join('\n')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
    articles[key] = insertArticle(notebook.db, {
      title: lines[0]?.trim() || file,
      author: null,
      publisher: null,
      dateline: null,
      publishedAt: null,
      language: 'en',
      sourceUrl: null,
      format: 'text',
      sourcePath: path.join(corpusDir, file),
      originalName: file,
      original: bytes,
      text,
      contentHash: contentHash(text),
      wordCount: countWords(text),
    });
  }
  return articles;
}

export async function corpusNotebook(dbFile: string): Promise<CorpusNotebook> {
  const notebook = createNotebook({ dbFile });
  const { services } = notebook;
  const articles = await importCorpus(notebook);
  for (const [key, metadata] of Object.entries(METADATA))
    services.articles.updateMetadata(articles[key]!, metadata);

  const speakers = {
    nurtleu: services.speakers.create({
      name: 'Murat Nurtleu',
      role: 'Deputy Prime Minister and Foreign Minister of Kazakhstan',
    }).id,
    wangYi: services.speakers.create({ name: 'Wang Yi', role: 'Foreign Minister of China' }).id,
    tokayev: services.speakers.create({
      name: 'Kassym-Jomart Tokayev',
      role: 'President of Kazakhstan',
      aliases: ['Tokayev'],
    }).id,
  };
  const tags = {
    format: services.tags.create({ name: 'Central Asia–China format' }).id,
    trade: services.tags.create({ name: 'Trade' }).id,
    transport: services.tags.create({ name: 'Transport' }).id,
    bilateral: services.tags.create({ name: 'Kazakhstan–China relations' }).id,
  };

  const highlights: Record<string, number> = {};
  function quote(
    name: string,
    article: string,
    phrase: string,
    fields: { kind?: HighlightKind; speakerId?: number | null; tagIds?: number[]; note?: string },
  ): void {
    const articleId = articles[article]!;
    const text = services.articles.get(articleId).text;
    const start = text.indexOf(phrase);
    if (start === -1) throw new Error(`test phrase not found in article ${article}: ${phrase}`);
    highlights[name] = services.highlights.create({
      articleId,
      kind: fields.kind ?? 'direct',
      start,
      end: start + phrase.length,
      speakerId: fields.speakerId ?? null,
      tagIds: fields.tagIds ?? [],
      note: fields.note ?? '',
    }).id;
  }

  quote(
    'flagshipFirst',
    '000',
    'We are creating all conditions for our format to become the flagship among the CA+1 mechanisms, and the upcoming meeting of the leaders will open a new milestone of eternal friendship and prosperity',
    {
      speakerId: speakers.nurtleu,
      tagIds: [tags.format],
      note: 'The minister casts the format as the lead “CA+1” mechanism ahead of the summit.',
    },
  );
  quote(
    'flagshipSecond',
    '001',
    'We are creating all conditions for our format to become a flagship among the mechanisms of Central Asia+. The upcoming meeting of leaders will mark a new chapter in eternal friendship and prosperity.',
    { speakerId: speakers.nurtleu, tagIds: [tags.format] },
  );
  quote(
    'tradeRecord',
    '002',
    'In 2024, trade turnover between Central Asia and China reached a record $95 billion, with Kazakhstan accounting for 46% of that total',
    {
      speakerId: speakers.nurtleu,
      tagIds: [tags.trade],
      note: 'Matches the figure the President gave at the Astana summit.',
    },
  );
  quote(
    'tradeReported',
    '000',
    'According to him, the trade turnover of the Central Asian countries with China in 2024 reached a record $ 95 billion.',
    { kind: 'indirect', speakerId: speakers.nurtleu, tagIds: [tags.trade] },
  );
  quote(
    'priorityPartner',
    '001',
    'We regard Kazakhstan as a priority partner in China’s foreign policy toward neighboring countries. China firmly supports Kazakhstan’s sovereignty and its development aligned with national characteristics.',
    { speakerId: speakers.wangYi, tagIds: [tags.bilateral] },
  );
  quote(
    'openness',
    '002',
    'China will consistently promote a high degree of openness, share opportunities with the world, and take responsibility for upholding international norms',
    { speakerId: speakers.wangYi, tagIds: [tags.trade] },
  );
  quote(
    'fiveProposals',
    '003',
    'First, be firm in upholding good faith and fostering harmony. Second, stick to mutually beneficial cooperation. Third, continue to advance institutional development. Fourth, adhere to fairness and justice. Fifth, be firm in friendship for generations',
    {
      speakerId: speakers.wangYi,
      tagIds: [tags.format],
      note: 'Five proposals, worded as principles; The Times of Central Asia lists five practical areas instead.',
    },
  );
  quote(
    'summitTrade',
    '004',
    'Last year, China accounted for nearly 40% of the entire Central Asian region’s foreign trade, with total turnover reaching a record $95 billion. Kazakhstan contributed 46% to this figure.',
    { speakerId: speakers.tokayev, tagIds: [tags.trade, tags.bilateral] },
  );
  quote(
    'kurykTerminal',
    '004',
    'We propose considering the creation of a joint cargo terminal with China at the port of Kuryk on the Caspian Sea',
    { speakerId: speakers.tokayev, tagIds: [tags.transport] },
  );
  quote('commonDestiny', '002', 'community of common destiny', {
    kind: 'term',
    tagIds: [tags.format],
  });

  return { notebook, articles, speakers, tags, highlights };
}
