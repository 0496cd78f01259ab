// The composition root: opens a notebook file and wires services to the API handlers. Every
// host (Electron, the web host, the CLI, tests) builds its notebook here and nowhere else.
import { openDatabase, type NotebookDatabase } from '../db/open';
import { readUserVersion } from '../db/migrate';
import { createDispatcher, type Dispatch, type Handlers } from './ipc/dispatch';
import { createArticleService } from './services/articles';
import { createHighlightService } from './services/highlights';
import { createSpeakerService } from './services/speakers';
import { createTagService } from './services/tags';
import { APP_VERSION } from './version';

export interface NotebookOptions {
  dbFile: string;
  nativeBinding?: string;
  onInternalError?: (method: string, error: unknown) => void;
}

export interface Notebook {
  file: string;
  db: NotebookDatabase;
  services: ReturnType<typeof createServices>;
  dispatch: Dispatch;
  close(): void;
}

function createServices(db: NotebookDatabase) {
  return {
    articles: createArticleService(db),
    speakers: createSpeakerService(db),
    tags: createTagService(db),
    highlights: createHighlightService(db),
  };
}

export function createNotebook(options: NotebookOptions): Notebook {
  const db = openDatabase(
    options.dbFile,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  const services = createServices(db);
  const handlers: Handlers = {
    getNotebookInfo: () => ({
      file: options.dbFile,
      version: APP_VERSION,
      schemaVersion: readUserVersion(db),
      articleCount: services.articles.count(),
    }),
    listArticles: (args) => services.articles.list(args ?? {}),
    getArticle: ({ id }) => services.articles.get(id),
    listSpeakers: () => services.speakers.list(),
    createSpeaker: (args) => services.speakers.create(args),
    updateSpeaker: ({ id, ...changes }) => services.speakers.update(id, changes),
    deleteSpeaker: ({ id }) => services.speakers.remove(id),
    listTags: () => services.tags.list(),
    createTag: (args) => services.tags.create(args),
    updateTag: ({ id, ...changes }) => services.tags.update(id, changes),
    deleteTag: ({ id }) => services.tags.remove(id),
    listHighlights: ({ articleId }) => services.highlights.listForArticle(articleId),
    createHighlight: (args) => services.highlights.create(args),
    updateHighlight: ({ id, ...changes }) => services.highlights.update(id, changes),
    deleteHighlight: ({ id }) => services.highlights.remove(id),
  };
  let closed = false;
  return {
    file: options.dbFile,
    db,
    services,
    dispatch: createDispatcher(
      handlers,
      options.onInternalError ? { onInternalError: options.onInternalError } : {},
    ),
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
