// Evaluates the figures finder (main/figures) against hand labels: the fictional fixtures in
// test/fixtures/figures (labels.json, written before the finder existed), the held-out pair in
// test/fixtures/figures/held-out (written after the finder was tuned, scored blind once) and, where it is
// beside the project, ../shared/corpus with ../shared/gold/figures.json.
//
// Matching: a predicted figure matches a gold one in the same file when their spans overlap
// by at least half of the longer span (a currency sign or hedge may fall either side), one to
// one, best overlap first. Precision, recall and F1 over all files; for matched pairs, the
// share whose value is exactly the gold value, whose claimedBy agrees (both null, or the same
// name by nameKey, or a name variant gold entities.json lists for it), whose period and whose
// kind agree. The corpus targets: F1 ≥ 0.9, every matched value exact, claimedBy ≥ 0.8, and a
// conflict for 2024 that holds both $43.8 billion and $30.05 billion. Exit code 1 when a corpus
// target fails or a figure breaks text.slice(start, end) === exact. --verbose lists misses.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findConflicts, findFigures, type Figure } from '../../main/figures/index';
import { nameKey } from '../../main/quotes/index';

interface GoldFigure {
  file: string;
  start: number;
  end: number;
  exact: string;
  value: number;
  unit: string;
  period: string | null;
  claimedBy: string | null;
  kind: string;
}

interface Scores {
  precision: number;
  recall: number;
  f1: number;
  matched: number;
  valueExact: number;
  claimedBy: number;
  period: number;
  kind: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const sharedDir = process.env['DOSSIER_SHARED_DIR'] ?? resolve(repoRoot, '../shared');
const verbose = process.argv.includes('--verbose');

function readText(file: string): string {
  const text = readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared <= 0 ? 0 : shared / Math.max(a.end - a.start, b.end - b.start);
}

function score(
  label: string,
  folder: string,
  gold: GoldFigure[],
  variants: Map<string, string[]>,
): { scores: Scores; predictions: Map<string, Figure[]>; broken: number } {
  const files = [...new Set(gold.map((item) => item.file))].sort();
  const predictions = new Map<string, Figure[]>();
  let broken = 0;
  let predicted = 0;
  let matched = 0;
  let valueExact = 0;
  let claimed = 0;
  let period = 0;
  let kind = 0;
  for (const file of files) {
    const text = readText(join(folder, file));
    const figures = findFigures(text);
    predictions.set(file, figures);
    predicted += figures.length;
    for (const figure of figures)
      if (text.slice(figure.start, figure.end) !== figure.exact) broken += 1;
    const golds = gold.filter((item) => item.file === file);
    const pairs: Array<{ gold: number; figure: number; overlap: number }> = [];
    golds.forEach((item, goldIndex) =>
      figures.forEach((figure, figureIndex) => {
        const amount = overlap(item, figure);
        if (amount >= 0.5) pairs.push({ gold: goldIndex, figure: figureIndex, overlap: amount });
      }),
    );
    pairs.sort((a, b) => b.overlap - a.overlap);
    const usedGold = new Set<number>();
    const usedFigure = new Set<number>();
    for (const pair of pairs) {
      if (usedGold.has(pair.gold) || usedFigure.has(pair.figure)) continue;
      usedGold.add(pair.gold);
      usedFigure.add(pair.figure);
      const item = golds[pair.gold]!;
      const figure = figures[pair.figure]!;
      matched += 1;
      const notes: string[] = [];
      if (figure.value === item.value) valueExact += 1;
      else notes.push(`value ${figure.value} ≠ ${item.value}`);
      const names = [
        item.claimedBy,
        ...(item.claimedBy ? (variants.get(item.claimedBy) ?? []) : []),
      ];
      const agrees =
        item.claimedBy === null
          ? figure.claimedBy === null
          : figure.claimedBy !== null &&
            names.some((name) => name !== null && nameKey(name) === nameKey(figure.claimedBy!));
      if (agrees) claimed += 1;
      else notes.push(`claimedBy ${figure.claimedBy} ≠ ${item.claimedBy}`);
      if (figure.period === item.period) period += 1;
      else notes.push(`period ${figure.period} ≠ ${item.period}`);
      if (figure.kind === item.kind) kind += 1;
      else notes.push(`kind ${figure.kind} ≠ ${item.kind}`);
      if (verbose && notes.length > 0)
        console.log(`  ${file} ${item.start} "${item.exact}": ${notes.join('; ')}`);
    }
    if (verbose) {
      golds.forEach((item, index) => {
        if (!usedGold.has(index)) console.log(`  miss ${file} ${item.start} "${item.exact}"`);
      });
      figures.forEach((figure, index) => {
        if (!usedFigure.has(index))
          console.log(`  false alarm ${file} ${figure.start} "${figure.exact}" (${figure.unit})`);
      });
    }
  }
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold.length === 0 ? 0 : matched / gold.length;
  const scores: Scores = {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    matched,
    valueExact: matched === 0 ? 0 : valueExact / matched,
    claimedBy: matched === 0 ? 0 : claimed / matched,
    period: matched === 0 ? 0 : period / matched,
    kind: matched === 0 ? 0 : kind / matched,
  };
  const percent = (value: number) => value.toFixed(2);
  console.log(
    `${label}: ${gold.length} gold, ${predicted} found, ${matched} matched; P ${percent(precision)} R ${percent(recall)} F1 ${percent(scores.f1)}; value exact ${percent(scores.valueExact)}, claimedBy ${percent(scores.claimedBy)}, period ${percent(scores.period)}, kind ${percent(scores.kind)}`,
  );
  return { scores, predictions, broken };
}

function variantsOf(file: string): Map<string, string[]> {
  const variants = new Map<string, string[]>();
  if (!existsSync(file)) return variants;
  const entities = JSON.parse(readFileSync(file, 'utf8')) as Record<
    string,
    Array<{ canonical: string; variants: string[] }>
  >;
  for (const list of Object.values(entities)) {
    for (const entity of list) variants.set(entity.canonical, entity.variants);
  }
  return variants;
}

const fixtures = join(repoRoot, 'test/fixtures/figures');
const fixtureRun = score(
  'fixtures (fictional)',
  fixtures,
  JSON.parse(readFileSync(join(fixtures, 'labels.json'), 'utf8')) as GoldFigure[],
  new Map(),
);
const heldOut = join(fixtures, 'held-out');
const heldOutRun = score(
  'held-out fixtures (fictional; blind on first run, see the README)',
  heldOut,
  JSON.parse(readFileSync(join(heldOut, 'labels.json'), 'utf8')) as GoldFigure[],
  new Map(),
);
let failed = fixtureRun.broken > 0 || heldOutRun.broken > 0;

const goldFile = join(sharedDir, 'gold/figures.json');
if (!existsSync(goldFile)) {
  console.log(`Skipped the corpus: ${goldFile} is not here (a clone without ../shared).`);
} else {
  const corpus = join(sharedDir, 'corpus');
  const { scores, predictions, broken } = score(
    'corpus',
    corpus,
    JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFigure[],
    variantsOf(join(sharedDir, 'gold/entities.json')),
  );
  const files = [...predictions.keys()];
  const conflicts = findConflicts(
    files.flatMap((file, index) =>
      predictions.get(file)!.map((figure) => ({ ...figure, articleId: index + 1 })),
    ),
  );
  const tradeConflict = conflicts.find(
    (group) =>
      group.period === '2024' &&
      group.figures.some((figure) => figure.value === 43.8e9) &&
      group.figures.some((figure) => figure.value === 30.05e9),
  );
  for (const group of conflicts) {
    console.log(
      `  conflict ${group.measure} ${group.period}: ${group.figures.map((figure) => `${figure.exact} (${figure.claimedBy ?? 'article'}, #${figure.articleId})`).join(', ')}`,
    );
  }
  const targets: Array<[string, boolean]> = [
    ['F1 ≥ 0.9', scores.f1 >= 0.9],
    ['every matched value exact', scores.valueExact === 1],
    ['claimedBy ≥ 0.8', scores.claimedBy >= 0.8],
    ['the 2024 $43.8 billion vs $30.05 billion conflict found', tradeConflict !== undefined],
    ['every figure slices to its exact text', broken === 0],
  ];
  for (const [name, met] of targets) console.log(`  ${met ? 'met' : 'MISSED'}: ${name}`);
  if (targets.some(([, met]) => !met)) failed = true;
}
process.exitCode = failed ? 1 : 0;
