/** One benchmark figure, printed as the JSON line bench/run.mjs collects (see the format there). */
export interface BenchRow {
  group: string;
  name: string;
  figure: number;
  unit: string;
  target?: string;
  pass?: boolean;
  /** Shown instead of the figure (outcomes such as "killed in typing"). */
  text?: string;
}

export function row(entry: BenchRow): void {
  process.stdout.write(JSON.stringify(entry) + "\n");
}

/** The p-th percentile (0–100) of some numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Heap in use after a full collection; run under `node --expose-gc` (bench/run.mjs does). */
export function heapUsedMB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed / 1024 / 1024;
}
