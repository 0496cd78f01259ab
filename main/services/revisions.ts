// Revisions, not duplicates: decides whether an imported file is a newer copy of a live
// article (same source path, else source URL, else title and publisher, with different text),
// holds such copies for a while so the analyst can choose Update, Keep both or Skip, and
// applies one: the replaced text is kept as a version, the new text becomes current and the
// highlights re-anchor through the highlight service's reviseText (the one re-anchoring there
// is). Knows nothing of files, workers or hosts: the import service hands it parsed articles.
import { randomUUID } from 'node:crypto';
import type { NotebookDatabase } from '../../db/open';
import * as articleQueries from '../../db/queries/articles';
import * as queries from '../../db/queries/revisions';
import { writeTransaction } from '../../db/transaction';
import { AppError, invalidInput, notFound } from '../domain/errors';
import type {
  AppliedRevision,
  ArticleMetadata,
  ArticleVersion,
  ArticleVersionSummary,
  ImportOutcome,
  MetadataSource,
  MetadataSources,
} from '../domain/records';
import { ARTICLE_METADATA_FIELDS } from '../domain/records';
import type { ImportedArticle } from '../importers';
import type { HighlightService } from './highlights';

/** What the import service found for one file, parsed and ready to store. */
export interface ParsedArticle {
  /** What outcomes call the file. */
  label: string;
  article: ImportedArticle;
  bytes: Uint8Array;
  contentHash: string;
  wordCount: number;
  sourcePath: string | null;
  originalName: string | null;
}

/**
 * What an import does with a newer copy: 'offer' holds it and reports a revision the analyst
 * may apply, 'report' only reports it (nothing held, nothing stored), 'apply' updates the
 * article at once, 'off' imports it as a new article, as before revisions were recognised.
 */
export type RevisionMode = 'offer' | 'report' | 'apply' | 'off';

export interface RevisionServiceOptions {
  /** How long a newer copy is held for the analyst's answer (default 30 minutes). */
  holdMs?: number;
  /** At most this many copies are held; the oldest make way (default 50). */
  maxHeld?: number;
  /** At most about this many bytes (original plus text) are held (default 64 MiB). */
  maxHeldBytes?: number;
  now?: () => number;
}

export const DEFAULT_HOLD_MS = 30 * 60_000;
export const DEFAULT_MAX_HELD = 50;
export const DEFAULT_MAX_HELD_BYTES = 64 * 1024 * 1024;

interface Held {
  articleId: number;
  parsed: ParsedArticle;
  heldAt: number;
  size: number;
}

/**
 * The article's metadata after a revision: a field the analyst edited stays theirs, a field
 * the new copy states takes the new value (and where it came from), any other keeps its value.
 */
export function mergedMetadata(
  current: ArticleMetadata & { metadataSources?: MetadataSources | undefined },
  next: ImportedArticle,
): { metadata: ArticleMetadata; sources: MetadataSources } {
  const metadata: Record<string, string | null> = {};
  const sources: Partial<Record<keyof ArticleMetadata, MetadataSource>> = {};
  for (const field of ARTICLE_METADATA_FIELDS) {
    const currentSource = current.metadataSources?.[field];
    const takeNew = currentSource !== 'edited' && next[field] !== null && next[field] !== '';
    metadata[field] = takeNew ? next[field] : current[field];
    const source = takeNew ? next.metadataSources[field] : currentSource;
    if (source) sources[field] = source;
  }
  return { metadata: metadata as unknown as ArticleMetadata, sources };
}

export function createRevisionService(
  db: NotebookDatabase,
  highlights: HighlightService,
  text: { hashOf: (text: string) => string; wordsOf: (text: string) => number },
  options: RevisionServiceOptions = {},
) {
  const holdMs = options.holdMs ?? DEFAULT_HOLD_MS;
  const maxHeld = options.maxHeld ?? DEFAULT_MAX_HELD;
  const maxHeldBytes = options.maxHeldBytes ?? DEFAULT_MAX_HELD_BYTES;
  const now = options.now ?? Date.now;
  /** Insertion order is age order, so eviction takes from the front. */
  const held = new Map<string, Held>();
  let heldBytes = 0;

  function release(id: string): Held | undefined {
    const entry = held.get(id);
    if (entry) {
      held.delete(id);
      heldBytes -= entry.size;
    }
    return entry;
  }

  function expire(): void {
    const cutoff = now() - holdMs;
    for (const [id, entry] of held) if (entry.heldAt <= cutoff) release(id);
  }

  function hold(articleId: number, parsed: ParsedArticle): string {
    expire();
    const size = parsed.bytes.byteLength + parsed.article.text.length * 2;
    // The newest copy is always held, even alone over the byte cap: it is what was just asked for.
    for (const id of held.keys()) {
      if (held.size < maxHeld && heldBytes + size <= maxHeldBytes) break;
      release(id);
    }
    const id = randomUUID();
    held.set(id, { articleId, parsed, heldAt: now(), size });
    heldBytes += size;
    return id;
  }

  function take(id: string): Held {
    expire();
    const entry = release(id);
    if (!entry) {
      throw new AppError(
        'not-found',
        `That newer copy is no longer held (copies wait ${Math.round(holdMs / 60_000)} minutes for an answer); import the file again.`,
      );
    }
    return entry;
  }

  /** Applies a newer copy to the article, in one transaction (a savepoint inside an import slice). */
  function apply(articleId: number, parsed: ParsedArticle): AppliedRevision {
    return writeTransaction(db, (): AppliedRevision => {
      const current = articleQueries.getArticle(db, articleId);
      if (!current) throw notFound('Article', articleId);
      if (current.contentHash === parsed.contentHash) {
        throw invalidInput(`“${current.title}” already holds this text.`);
      }
      const versionId = queries.keepCurrentVersion(db, articleId);
      if (versionId === null) throw notFound('Article', articleId);
      const revision = highlights.reviseText(
        articleId,
        parsed.article.text,
        text.hashOf,
        text.wordsOf,
      );
      const { metadata, sources } = mergedMetadata(current, parsed.article);
      queries.updateRevisedSource(db, articleId, {
        ...metadata,
        format: parsed.article.format,
        sourcePath: parsed.sourcePath ?? current.sourcePath,
        originalName: parsed.originalName,
        original: parsed.bytes,
        metadataSources: sources,
      });
      return { ...revision, article: articleQueries.getArticle(db, articleId)!, versionId };
    });
  }

  return {
    /**
     * The outcome for a file that is a newer copy of a live article, or null when it is not
     * one (then it imports as before). In 'apply' mode the article is updated here.
     */
    consider(parsed: ParsedArticle, mode: RevisionMode): ImportOutcome | null {
      if (mode === 'off') return null;
      const target = queries.findRevisionTarget(
        db,
        {
          sourcePath: parsed.sourcePath,
          sourceUrl: parsed.article.sourceUrl,
          title: parsed.article.title,
          publisher: parsed.article.publisher,
        },
        parsed.contentHash,
      );
      if (!target) return null;
      if (mode === 'apply') {
        const applied = apply(target.id, parsed);
        return {
          path: parsed.label,
          status: 'updated',
          articleId: target.id,
          title: applied.article.title,
          applied: {
            versionId: applied.versionId,
            placed: applied.placed,
            fuzzy: applied.fuzzy,
            orphaned: applied.orphaned.map(({ id, exact }) => ({ id, exact })),
          },
        };
      }
      return {
        path: parsed.label,
        status: 'revision',
        articleId: target.id,
        title: target.title,
        revision: {
          id: mode === 'offer' ? hold(target.id, parsed) : null,
          matchedBy: target.matchedBy,
          highlightCount: target.highlightCount,
          newTitle: parsed.article.title,
        },
      };
    },

    /** Update: the held copy becomes the article's text, the old one kept as a version. */
    applyHeld(revisionId: string, articleId: number): AppliedRevision {
      const entry = held.get(revisionId);
      if (entry && entry.articleId !== articleId) {
        throw invalidInput(
          `That newer copy belongs to article #${entry.articleId}, not #${articleId}.`,
        );
      }
      const taken = take(revisionId);
      try {
        return apply(articleId, taken.parsed);
      } catch (error) {
        // A failed update (a full disk, say) leaves the copy held so the analyst can retry.
        held.set(revisionId, taken);
        heldBytes += taken.size;
        throw error;
      }
    },

    /** Keep both: the held copy imported as an article of its own. */
    keepBoth(revisionId: string): ImportOutcome {
      const { parsed } = take(revisionId);
      const articleId = articleQueries.insertArticleUnlessStored(db, {
        ...parsed.article,
        sourcePath: parsed.sourcePath,
        originalName: parsed.originalName,
        original: parsed.bytes,
        contentHash: parsed.contentHash,
        wordCount: parsed.wordCount,
      });
      if (articleId === null) {
        const existing = articleQueries.findArticleByHash(db, parsed.contentHash);
        return {
          path: parsed.label,
          status: 'duplicate',
          ...(existing ? { articleId: existing.id, title: existing.title } : {}),
        };
      }
      return { path: parsed.label, status: 'imported', articleId, title: parsed.article.title };
    },

    /** Skip: the held copy is let go; nothing is stored. */
    discard(revisionId: string): { discarded: boolean } {
      return { discarded: release(revisionId) !== undefined };
    },

    listVersions(articleId: number): ArticleVersionSummary[] {
      if (!articleQueries.getArticle(db, articleId)) throw notFound('Article', articleId);
      return queries.listVersions(db, articleId);
    },

    getVersion(id: number): ArticleVersion {
      const version = queries.getVersion(db, id);
      if (!version) throw notFound('Version', id);
      return version;
    },

    /** How many copies are held and their bytes, for tests and diagnostics. */
    heldCount(): { copies: number; bytes: number } {
      expire();
      return { copies: held.size, bytes: heldBytes };
    },
  };
}

export type RevisionService = ReturnType<typeof createRevisionService>;
