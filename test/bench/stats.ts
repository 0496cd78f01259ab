// Small timing helpers for benchmarks: high-resolution clocks and percentiles.
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

export interface BenchLine {
  name: string;
  ours: number;
  baseline: number;
  target: number;
  unit?: string;
}

export function report(title: string, lines: BenchLine[]): boolean {
  console.log(`\n${title}`);
  let pass = true;
  for (const line of lines) {
    const ratio = line.ours / line.baseline;
    const ok = ratio <= line.target;
    pass &&= ok;
    console.log(
      `  ${line.name.padEnd(34)} ours ${formatMs(line.ours).padStart(10)}  baseline ${formatMs(line.baseline).padStart(10)}  ratio ${ratio.toFixed(2)}× (target ≤ ${line.target}×)  ${ok ? 'PASS' : 'FAIL'}`,
    );
  }
  return pass;
}
