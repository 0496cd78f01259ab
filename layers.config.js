// The map's "who may import whom" as data (../shared/design.md, kept in step with this table).
// Each part names its folders, the parts it may import, the parts it may take types from, and
// the packages it may not use. eslint.config.js turns every arrow the table does not allow into
// one zone of the `layers/forbidden-import` rule, which resolves relative paths (so
// `../electron/x` from main/services means main/electron) and sees static imports,
// `export … from`, `import()`, `require()` and `import x = require()`.
// Plain JavaScript with no imports, so the lint config and tests read it directly.

/**
 * The parts, in the map's order. `folders` are paths from the repository root (a folder, or a
 * single file); a file belongs to the part with the longest folder that contains it.
 * `may`: parts it may import code from. `types`: parts it may take `import type` from only.
 * `deny`: packages it may not use (any subpath, such as `electron/main`, counts); `node: false`:
 * no Node built-ins, however spelled; `onlyPackages`: the only packages it may use at all.
 * `why` is said in every message about the part.
 */
export const PARTS = {
  domain: {
    folders: ['main/domain'],
    may: [],
    onlyPackages: ['zod'],
    node: false,
    why: 'main/domain is the notebook’s words, pure: it imports nothing of the project, no Node module and no package but zod, so every part (the renderer too) can import it',
  },
  db: {
    folders: ['db'],
    may: ['domain'],
    deny: ['electron'],
    why: 'db/ knows nothing of Electron, the DOM or main/ (except main/domain)',
  },
  ipc: {
    folders: ['main/ipc'],
    may: ['domain', 'db'],
    deny: ['electron'],
    why: 'the contract knows no host: no Electron, web host, CLI or service code',
  },
  services: {
    folders: ['main/services'],
    may: [
      'domain',
      'db',
      'importers',
      'quotes',
      'memo',
      'anchoring',
      'interchange',
      'corroboration',
      'figures',
    ],
    deny: ['electron'],
    why: 'services are plain Node: they get the database, paths and ports (such as a PDF printer) passed in, and know no host, contract or Electron',
  },
  importers: {
    folders: ['main/importers'],
    may: ['domain'],
    deny: ['electron', 'better-sqlite3'],
    why: 'the importers are a pure core (bytes in, ImportedArticle out): no db/, services, contract, host or Electron',
  },
  quotes: {
    folders: ['main/quotes'],
    may: ['domain'],
    deny: ['electron', 'better-sqlite3'],
    why: 'the quote finder is a pure core (text in, quotations out): no db/, services, contract, host or Electron',
  },
  memo: {
    folders: ['main/memo'],
    may: ['domain', 'corroboration'],
    deny: ['electron', 'better-sqlite3'],
    why: 'the memo compiler and writers are a pure core (rows in, files out): no db/, services, contract, host or Electron',
  },
  figures: {
    folders: ['main/figures'],
    may: ['domain', 'quotes'],
    deny: ['electron', 'better-sqlite3'],
    why: 'the figures finder is a pure core (text in, figures out; it reads the quote finder’s output to credit figures to speakers): no db/, services, contract, host or Electron',
  },
  anchoring: {
    folders: ['main/anchoring'],
    may: ['domain'],
    deny: ['electron', 'better-sqlite3'],
    why: 'anchoring is a pure core (strings in, offsets out): no db/, services, contract, host or Electron',
  },
  corroboration: {
    folders: ['main/corroboration'],
    may: ['domain', 'quotes'],
    deny: ['electron', 'better-sqlite3'],
    why: 'statements across outlets are a pure core (passages in, groups and wording differences out; names matched with the quote finder’s keys): no db/, services, contract, host or Electron',
  },
  interchange: {
    folders: ['main/interchange'],
    may: ['domain', 'anchoring'],
    deny: ['electron', 'better-sqlite3'],
    why: 'the interchange writers and readers are a pure core (a notebook snapshot in, W3C, REFI-QDA or CSL-JSON out, and back): no db/, services, contract, host or Electron',
  },
  server: {
    folders: ['main/server'],
    may: ['domain', 'ipc'],
    deny: ['electron', 'better-sqlite3'],
    why: 'the web host serves the renderer and calls dispatch; it gets its notebook from the composition root and knows no services, db/ or Electron',
  },
  electron: {
    folders: ['main/electron'],
    may: ['domain', 'ipc', 'composition'],
    why: 'the Electron shell builds its notebook through the composition root and shares nothing with the other hosts but main/domain and the contract',
  },
  preload: {
    folders: ['main/preload'],
    may: ['domain', 'ipc'],
    deny: ['better-sqlite3'],
    node: false,
    why: 'the preload runs sandboxed beside the page: electron’s renderer API, the contract and main/domain only',
  },
  composition: {
    folders: [
      'main/composition.ts',
      'main/paths.ts',
      'main/version.ts',
      'main/import-worker-script.ts',
      'main/project-root.ts',
    ],
    may: [
      'domain',
      'db',
      'ipc',
      'services',
      'importers',
      'quotes',
      'memo',
      'anchoring',
      'interchange',
      'corroboration',
      'figures',
    ],
    deny: ['electron'],
    why: 'the composition root wires db/, services and the contract for every host, and knows no host itself',
  },
  cli: {
    folders: ['main/cli.ts', 'main/cli', 'main/bin'],
    may: ['domain', 'ipc', 'composition'],
    deny: ['electron', 'better-sqlite3'],
    why: 'the CLI is a client: it calls the API through the composition root, never services, db/ or a core directly',
  },
  tools: {
    folders: ['main/tools'],
    may: [],
    why: 'main/tools are build and packaging scripts: they run the app’s build, never its code',
  },
  renderer: {
    folders: ['renderer'],
    may: ['domain'],
    types: ['ipc'],
    deny: ['electron', 'better-sqlite3'],
    node: false,
    why: 'the renderer runs in a browser: it reaches the notebook only through renderer/api.ts, takes types from main/ipc/contract and code from main/domain only, and uses no Node module, better-sqlite3 or electron',
  },
  test: {
    folders: ['test'],
    may: 'all',
    why: 'tests may reach any part',
  },
};

/**
 * Arrows the map forbids that the code still has, each with the file, the part it reaches and
 * why it is still there. Lint lets exactly these through; remove an entry with its import.
 */
export const PENDING = [
  {
    file: 'main/cli/serve.ts',
    to: 'server',
    why: '`dossier serve` starts the web host itself: the CLI is a host launcher there, as main/electron is for the desktop app',
  },
  {
    file: 'main/cli/quotes.ts',
    to: 'quotes',
    why: '`dossier quotes FILE` runs the pure finder on files with no notebook open, its offsets into the file as written; the API finds quotes only in stored articles',
  },
  {
    file: 'main/cli/figures.ts',
    to: 'figures',
    why: '`dossier figures FILE` runs the pure figures finder on files with no notebook open, its offsets into the file as written, as `dossier quotes` does; `--conflicts` goes through the API',
  },
];

const PART_NAMES = Object.keys(PARTS);

/** What a part is called in messages: its folder as the map names it. */
export function partLabel(name) {
  const [first] = PARTS[name].folders;
  return first.endsWith('.ts') ? first : `${first}/`;
}

/** The message of the zone that forbids part `from` importing part `to`. */
export function zoneMessage(from, to, typesAllowed = false) {
  const verb = typesAllowed ? 'may take only types (import type) from' : 'may not import';
  return `Layers: ${partLabel(from)} ${verb} ${partLabel(to)}; ${PARTS[from].why}.`;
}

/** The message of the zone that forbids part `from` the package `name` (and its subpaths). */
export function packageMessage(from, name) {
  return `Layers: ${partLabel(from)} may not import the package ${name}; ${PARTS[from].why}.`;
}

/** The message of the zone that forbids part `from` every Node built-in. */
export function nodeMessage(from) {
  return `Layers: ${partLabel(from)} may not import Node built-ins (fs, node:fs, fs/promises, …); ${PARTS[from].why}.`;
}

/** The message of the zone that limits part `from` to its `onlyPackages`. */
export function onlyPackagesMessage(from) {
  return `Layers: ${partLabel(from)} may use no package but ${PARTS[from].onlyPackages.join(', ')}; ${PARTS[from].why}.`;
}

/**
 * One zone per forbidden arrow of `from`: every part it may not import (types-only parts
 * become zones that let `import type` through), every denied package, Node built-ins
 * where they are denied, and any package outside an `onlyPackages` list.
 */
export function zonesOf(from) {
  const part = PARTS[from];
  if (part.may === 'all') return [];
  const zones = [];
  for (const to of PART_NAMES) {
    if (to === from || part.may.includes(to)) continue;
    const typesAllowed = part.types?.includes(to) ?? false;
    zones.push({
      to,
      folders: PARTS[to].folders,
      allowTypeImports: typesAllowed,
      message: zoneMessage(from, to, typesAllowed),
    });
  }
  for (const name of part.deny ?? []) {
    zones.push({ package: name, message: packageMessage(from, name) });
  }
  if (part.node === false) zones.push({ node: true, message: nodeMessage(from) });
  if (part.onlyPackages) {
    zones.push({ onlyPackages: part.onlyPackages, message: onlyPackagesMessage(from) });
  }
  return zones;
}

/** The part a repository-relative path belongs to (longest folder wins), or null. */
export function partOf(relativePath) {
  const normalised = relativePath.split('\\').join('/');
  let best = null;
  let bestLength = -1;
  for (const name of PART_NAMES) {
    for (const folder of PARTS[name].folders) {
      const inside =
        normalised === folder ||
        normalised.startsWith(`${folder}/`) ||
        // an extensionless import of a single-file part (`./composition`) names that file
        (folder.endsWith('.ts') && normalised === folder.slice(0, -3));
      if (inside && folder.length > bestLength) {
        best = name;
        bestLength = folder.length;
      }
    }
  }
  return best;
}
