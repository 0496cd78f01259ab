#!/usr/bin/env node
// `npm run lint:electron`: runs Electronegativity (Doyensec's Electron security checker) over
// the desktop shell and fails on any finding that is not justified. Electronegativity itself
// only prints a table and exits 0, so this wrapper runs it as a library and decides.
//
// What it scans: main/electron, main/preload, renderer/index.html (the CSP <meta>) and
// package.json, copied together into a temporary folder so its global checks (navigation
// limits, CSP, permission handler) see the whole shell at once, with line numbers intact.
//
// How a finding is justified: an inline `// eng-disable CHECK_ID — justified: <reason>` on the
// reported line (Electronegativity's own suppression; this wrapper insists on the reason), or
// a rule in JUSTIFIED below for what cannot carry a comment.
//
// Offline: Electronegativity fetches translations and Electron's release list with `got`.
// Dossier's checks must not depend on the network, so `got` is replaced by a stub that fails
// at once (the tool then falls back to its bundled English), and the one check that needs the
// release list (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) is skipped: Electron is pinned in
// package.json and upgraded deliberately.
//
// Usage: node main/tools/electronegativity.mjs [--root DIR] [--verbose]
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCANNED = ['main/electron', 'main/preload', 'renderer/index.html', 'package.json'];
const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const INLINE_JUSTIFICATION = /eng-disable\s+[\w\s,]+?\s*(?:—|--?)\s*justified:\s*\S.{9,}/;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const rootIndex = args.indexOf('--root');
const root =
  rootIndex >= 0
    ? path.resolve(args[rootIndex + 1] ?? '.')
    : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const require = createRequire(import.meta.url);
const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const toolRequire = createRequire(path.join(toolDir, 'package.json'));

/**
 * Findings that are reviewed and accepted, for places an inline comment cannot go. Each rule
 * says why, and matches as narrowly as it can, so a new weakness still fails the run.
 */
const JUSTIFIED = [
  {
    id: 'CSP_GLOBAL_CHECK',
    reason:
      "'self' in script-src is app://dossier, which serves only the built renderer folder " +
      '(main/electron/protocol.ts refuses anything outside it): no JSONP endpoints, no Angular, ' +
      'no user uploads. The header version adds frame-ancestors; the tool reads the <meta>.',
    // Accept only when CSP Evaluator's sole complaint about this CSP is 'self' in script-src.
    matches: (issue) => {
      const csp = toolRequire('@doyensec/csp-evaluator');
      const policy = issue.sample ?? '';
      const findings = new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3)
        .evaluate()
        .filter((finding) => finding.severity < csp.severities.INFO);
      return (
        findings.length > 0 &&
        findings.every(
          (finding) => finding.directive === 'script-src' && finding.value === "'self'",
        )
      );
    },
  },
];

function stubNetwork() {
  const gotPath = toolRequire.resolve('got');
  const offline = () => Promise.reject(new Error('Dossier runs Electronegativity offline.'));
  offline.head = offline;
  offline.get = offline;
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
}

function stage() {
  const staging = mkdtempSync(path.join(os.tmpdir(), 'dossier-electronegativity-'));
  for (const relative of SCANNED) {
    const source = path.join(root, relative);
    if (!existsSync(source)) continue;
    cpSync(source, path.join(staging, relative), { recursive: statSync(source).isDirectory() });
  }
  return staging;
}

function declaredElectronVersion() {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const declared =
    manifest.optionalDependencies?.electron ??
    manifest.devDependencies?.electron ??
    manifest.dependencies?.electron;
  return /\d+\.\d+\.\d+/.exec(declared ?? '')?.[0];
}

/** The tool's chatter (progress, fallbacks) is noise unless something goes wrong. */
async function quietly(task) {
  const captured = [];
  const saved = { log: console.log, info: console.info, warn: console.warn };
  const keep = (...parts) => captured.push(parts.map(String).join(' '));
  Object.assign(console, { log: keep, info: keep, warn: keep });
  try {
    return { result: await task(), captured };
  } finally {
    Object.assign(console, saved);
  }
}

function lineOf(staging, issue) {
  if (!issue.file || issue.file === 'N/A' || !issue.location?.line) return '';
  const file = path.resolve(staging, issue.file);
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n')[issue.location.line - 1] ?? '';
}

function unjustifiedDisables(staging, files) {
  const problems = [];
  for (const file of files) {
    if (!/\.(ts|tsx|js|mjs|cjs|html)$/.test(file)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        if (text.includes('eng-disable') && !INLINE_JUSTIFICATION.test(text)) {
          problems.push(`${path.relative(staging, file)}:${index + 1}`);
        }
      });
  }
  return problems;
}

async function main() {
  if (!existsSync(path.join(root, 'main/electron'))) {
    console.error(`electronegativity: ${root} has no main/electron folder to check.`);
    return 1;
  }
  stubNetwork();
  process.env.LANG = 'en-US';
  const run = toolRequire('./dist/runner.js');
  const { list_files: listFiles } = toolRequire('./dist/util');
  const staging = stage();
  try {
    const electronVersion = declaredElectronVersion();
    const { result, captured } = await quietly(() =>
      run(
        {
          input: staging,
          isRelative: true,
          customScan: [],
          excludeFromScan: SKIPPED_CHECKS.map((name) => name.toLowerCase()),
          parserPlugins: [],
          ...(electronVersion ? { electronVersionOverride: electronVersion } : {}),
        },
        false,
      ),
    );
    if (verbose) for (const line of captured) console.log(`  ${line}`);
    const files = (await listFiles(staging)) ?? [];
    const failures = [];
    const accepted = [];
    for (const issue of result.issues) {
      const where = `${issue.file}:${issue.location?.line ?? 0}`;
      const rule = JUSTIFIED.find(
        (candidate) => candidate.id === issue.id && candidate.matches(issue),
      );
      if (rule) {
        accepted.push(`${where} ${issue.id}: ${rule.reason}`);
      } else {
        failures.push(
          `${where} ${issue.id} (${issue.severity.name}, ${issue.confidence.name}): ${issue.description}` +
            `\n    ${lineOf(staging, issue).trim()}\n    ${issue.shortenedURL ?? ''}`,
        );
      }
    }
    for (const error of result.errors.filter((candidate) => !candidate.tolerable)) {
      failures.push(
        `${path.relative(staging, error.file)}: could not be parsed, so it was not checked (${error.message})`,
      );
    }
    for (const where of unjustifiedDisables(staging, files)) {
      failures.push(`${where}: eng-disable without "— justified: <reason>"`);
    }
    if (files.length === 0 || result.atomicChecks === 0) {
      failures.push('Nothing was checked: no files found or no checks loaded.');
    }
    const inline = files
      .map((file) => readFileSync(file, 'utf8').split('eng-disable').length - 1)
      .reduce((sum, count) => sum + count, 0);
    if (verbose) for (const line of accepted) console.log(`justified: ${line}`);
    if (failures.length > 0) {
      if (!verbose) for (const line of captured) console.error(`  ${line}`);
      console.error(`Electronegativity found ${failures.length} unjustified problem(s):\n`);
      for (const failure of failures) console.error(`- ${failure}\n`);
      console.error(
        'Fix the code, or if the finding is reviewed and safe, add on the reported line:\n' +
          '  // eng-disable CHECK_ID — justified: <why it is safe here>',
      );
      return 1;
    }
    console.log(
      `Electronegativity (Electron ${electronVersion ?? 'unknown'}): ${files.length} files, ` +
        `${result.atomicChecks + result.globalChecks} checks, no unjustified findings ` +
        `(${inline} justified inline, ${accepted.length} by rule).`,
    );
    return 0;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

process.exitCode = await main().catch((error) => {
  console.error(`electronegativity: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
