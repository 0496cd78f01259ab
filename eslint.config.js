// Lint rules. The import boundaries are generated from layers.config.js (the map's "who may
// import whom" as data): one zone per forbidden arrow, applied to the files of the part it
// restricts by the local `layers/forbidden-import` rule below. That rule, unlike
// no-restricted-imports, resolves relative paths against the importing file and also sees
// import(), require() and `import x = require()`, so no spelling slips past it.
import { isBuiltin } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { PARTS, PENDING, partOf, zonesOf } from './layers.config.js';

const root = import.meta.dirname;

/** `@scope/name/sub` -> `@scope/name`; `name/sub` -> `name`. */
function packageName(specifier) {
  const segments = specifier.split('/');
  return specifier.startsWith('@') ? segments.slice(0, 2).join('/') : segments[0];
}

function isTypeOnly(node) {
  if (node.type === 'TSImportType') return true;
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return (
    specifiers.length > 0 &&
    specifiers.every(
      (specifier) => specifier.importKind === 'type' || specifier.exportKind === 'type',
    )
  );
}

/** The string a module-loading node names, when it is a literal (computed ones cannot be checked). */
function literalSource(source) {
  if (!source) return null;
  if (source.type === 'Literal' && typeof source.value === 'string') return source.value;
  if (source.type === 'TemplateLiteral' && source.expressions.length === 0) {
    return source.quasis[0].value.cooked;
  }
  return null;
}

/** require('x'), createRequire(…)('x') and require.resolve('x'). */
function isRequireCall(node) {
  const { callee } = node;
  if (callee.type === 'Identifier' && callee.name === 'require') return true;
  if (
    callee.type === 'CallExpression' &&
    callee.callee.type === 'Identifier' &&
    callee.callee.name === 'createRequire'
  ) {
    return true;
  }
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'require'
  );
}

const forbiddenImport = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbids an import that crosses a zone of layers.config.js.' },
    schema: [{ type: 'array', items: { type: 'object' } }],
  },
  create(context) {
    const zones = context.options[0] ?? [];
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const pending = PENDING.filter((entry) => entry.file === file);

    function check(specifier, node, typeOnly) {
      let zone;
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = path
          .relative(root, path.resolve(path.dirname(context.filename), specifier))
          .split(path.sep)
          .join('/');
        const targetPart = partOf(target);
        if (targetPart === null) return;
        zone = zones.find((candidate) => candidate.to === targetPart);
        if (zone?.allowTypeImports && typeOnly) return;
        if (zone && pending.some((entry) => entry.to === targetPart)) return;
      } else if (isBuiltin(specifier)) {
        zone = zones.find((candidate) => candidate.node);
      } else {
        const name = packageName(specifier);
        zone = zones.find(
          (candidate) =>
            candidate.package === name ||
            (candidate.onlyPackages && !candidate.onlyPackages.includes(name)),
        );
      }
      if (zone) context.report({ node, message: zone.message });
    }

    function fromSource(node) {
      const specifier = literalSource(node.source);
      if (specifier !== null) check(specifier, node, isTypeOnly(node));
    }

    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: fromSource,
      TSImportType(node) {
        const argument = node.argument?.type === 'TSLiteralType' ? node.argument.literal : null;
        const specifier = literalSource(argument ?? node.source);
        if (specifier !== null) check(specifier, node, true);
      },
      TSExternalModuleReference(node) {
        const specifier = literalSource(node.expression);
        const declaration = node.parent;
        if (specifier !== null) check(specifier, node, declaration?.importKind === 'type');
      },
      CallExpression(node) {
        if (!isRequireCall(node)) return;
        const specifier = literalSource(node.arguments[0]);
        if (specifier !== null) check(specifier, node, false);
      },
    };
  },
};

/** One config object per part of the map, carrying that part's generated zones. */
const layerConfigs = Object.entries(PARTS).map(([name, part]) => ({
  files: part.folders.map((folder) =>
    folder.endsWith('.ts') ? folder : `${folder}/**/*.{ts,mts,cts,js,mjs,cjs}`,
  ),
  rules: { 'layers/forbidden-import': ['error', zonesOf(name)] },
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      '.scratch/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { layers: { rules: { 'forbidden-import': forbiddenImport } } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerConfigs,
  {
    // Raw baselines in test/bench may use better-sqlite3 directly; the app may not.
    files: ['main/**', 'db/**'],
    ignores: ['db/transaction.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message:
            'Begin transactions through db/transaction.ts (writeTransaction or readTransaction), so every write is IMMEDIATE.',
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['main/tools/**/*.mjs', 'main/bin/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
