// A notebook built from the fictional seed corpus (test/fixtures/seed-corpus), annotated as an
// analyst would: three speakers quoted across four articles, a term, tags and notes, the same
// shape as the shared-corpus notebook (corpus-notebook.ts) so the memo golden tests run on a
// machine without ../shared. Highlights are placed by finding phrases in each article's
// canonical text; publication dates are this test analyst's entries (the files carry none).
import path from 'node:path';
import type { HighlightKind } from '../../../../db/model';
import { createNotebook, type Notebook } from '../../../../main/composition';
import { corpusFiles, seedCorpus } from '../../../helpers/shared';

const PUBLISHED: Record<string, string> = {
  '01': '2031-04-13',
  '02': '2031-04-12',
  '03': '2031-04-13',
  '04': '2031-04-15',
  '05': '2031-06-17',
};

export interface SeedNotebook {
  notebook: Notebook;
  articles: Record<string, number>;
  speakers: { brandvold: number; quill: number; ashcombe: number };
  tags: { format: number; trade: number; transport: number };
}

export async function seedNotebook(dbFile: string): Promise<SeedNotebook> {
  const notebook = createNotebook({ dbFile });
  const { services } = notebook;
  const articles: Record<string, number> = {};
  for (const outcome of await services.imports.importPaths(
    corpusFiles(seedCorpus).map((name) => path.join(seedCorpus.dir, name)),
  )) {
    const key = path.basename(outcome.path).slice(0, 2);
    if (outcome.status === 'imported' && outcome.articleId) articles[key] = outcome.articleId;
  }
  if (Object.keys(articles).length !== 5)
    throw new Error(`expected the five seed articles to import, got ${Object.keys(articles)}`);
  for (const [key, publishedAt] of Object.entries(PUBLISHED))
    services.articles.updateMetadata(articles[key]!, { publishedAt });

  const speakers = {
    brandvold: services.speakers.create({
      name: 'Ottilie Brandvold',
      role: 'Foreign Minister of Veldora',
    }).id,
    quill: services.speakers.create({ name: 'Teodor Quill', role: 'Foreign Minister of Calmora' })
      .id,
    ashcombe: services.speakers.create({
      name: 'Maren Ashcombe',
      role: 'President of Veldora',
      aliases: ['Ashcombe'],
    }).id,
  };
  const tags = {
    format: services.tags.create({ name: 'Inner Sea–Calmora format' }).id,
    trade: services.tags.create({ name: 'Trade' }).id,
    transport: services.tags.create({ name: 'Transport' }).id,
  };

  function quote(
    article: string,
    phrase: string,
    fields: { kind?: HighlightKind; speakerId?: number | null; tagIds?: number[]; note?: string },
  ): void {
    const articleId = articles[article]!;
    const start = services.articles.get(articleId).text.indexOf(phrase);
    if (start === -1) throw new Error(`test phrase not found in article ${article}: ${phrase}`);
    services.highlights.create({
      articleId,
      kind: fields.kind ?? 'direct',
      start,
      end: start + phrase.length,
      speakerId: fields.speakerId ?? null,
      tagIds: fields.tagIds ?? [],
      note: fields.note ?? '',
    });
  }

  quote(
    '01',
    'We are building every condition for our format to become the model for the region’s partnerships, and the coming summit of our leaders will open a new chapter of lasting friendship',
    {
      speakerId: speakers.brandvold,
      tagIds: [tags.format],
      note: 'The minister casts the format as the region’s model ahead of the summit.',
    },
  );
  quote(
    '02',
    'We are building every condition for our format to become a model among the partnerships of the Inner Sea. The coming summit of our leaders will open a new chapter of lasting friendship.',
    { speakerId: speakers.brandvold, tagIds: [tags.format] },
  );
  quote(
    '03',
    'Last year, trade between the Inner Sea states and Calmora reached a record 61 billion thalers, with Veldora accounting for 38 percent of that total',
    {
      speakerId: speakers.brandvold,
      tagIds: [tags.trade],
      note: 'Matches the figure the President gave at the Lindholm summit.',
    },
  );
  quote(
    '01',
    'trade between the Inner Sea states and Calmora reached a record 61 billion thalers last year',
    { kind: 'indirect', speakerId: speakers.brandvold, tagIds: [tags.trade] },
  );
  quote(
    '02',
    'Calmora sees the Inner Sea as a partner of the first rank, and we will keep our markets open to our neighbours',
    { speakerId: speakers.quill, tagIds: [tags.format] },
  );
  quote(
    '03',
    'Calmora will go on widening its openness, share its opportunities with its neighbours, and stand by the rules of fair trade',
    { speakerId: speakers.quill, tagIds: [tags.trade] },
  );
  quote(
    '04',
    'First, keep faith with one another. Second, hold to cooperation that benefits both sides. Third, build the institutions of our format. Fourth, stand for fairness. Fifth, keep our friendship for generations',
    {
      speakerId: speakers.quill,
      tagIds: [tags.format],
      note: 'Five proposals, worded as principles rather than projects.',
    },
  );
  quote(
    '05',
    'Last year, Calmora accounted for nearly a third of the whole Inner Sea region’s foreign trade, with turnover reaching a record 61 billion thalers. Veldora contributed 38 percent of this figure',
    { speakerId: speakers.ashcombe, tagIds: [tags.trade] },
  );
  quote(
    '05',
    'We propose building a joint grain terminal with Calmora at the port of Vessa on the Inner Sea',
    // Two tags, so grouping by tag has a quotation to list under both.
    { speakerId: speakers.ashcombe, tagIds: [tags.transport, tags.trade] },
  );
  quote('01', 'shared harbour community of Calmora and the Inner Sea', {
    kind: 'term',
    tagIds: [tags.format],
  });

  return { notebook, articles, speakers, tags };
}
