import type { DesktopApp, GeneratedWorld } from "../sim";
import type { PersistedStores } from "./disk-stores";
import type { Keystroke, Snapshot, StepReport, WorkerReport } from "./protocol";

/** What a worker run reports: each launch's outcome and figures, and the run's as a whole. */

export type LaunchOutcome = "survived" | "killed" | "failed" | "timed out";

/** One launch (one worker) of a run. Figures the worker never sent (it was killed) are absent. */
export interface LaunchResult extends Partial<WorkerReport> {
  outcome: LaunchOutcome;
  /** Raycast's message when killed; the failure otherwise. */
  error?: string;
  /** The step running when the launch ended early. */
  lastStep?: string;
  /** Highest heap of the launch; for a killed launch the heap limit (it died of it), at least. */
  peakHeapMB: number;
  /** Highest heap the worker itself reported: for a killed launch, the last it could report before dying. */
  reportedPeakHeapMB: number;
  /** What the worker wrote on stdout/stderr outside the host's console capture. */
  output: string;
  keystrokes: Keystroke[];
  steps: StepReport[];
  snapshots: Snapshot[];
}

export interface WorkerRunResult {
  /** "survived" when every launch did; else the first launch's outcome that was not. */
  outcome: LaunchOutcome;
  error?: string;
  launches: LaunchResult[];
  /** Highest heap over all launches. */
  peakHeapMB: number;
  /** The last launch's steady heap (NaN when it did not get there). */
  steadyHeapMB: number;
  /** Every measured keystroke of every launch, in order. */
  keystrokes: Keystroke[];
  /** What the launches left in Cache and LocalStorage: pass to the next run for a warm launch. */
  stores: PersistedStores;
  /** The simulated app (its call log, its world), to reuse or inspect. */
  app: DesktopApp;
  world?: GeneratedWorld;
}

/** p50 / p95 / max of keystroke latencies (nearest rank), in ms. */
export function latencyStats(keystrokes: readonly Keystroke[]): { p50: number; p95: number; max: number } {
  const sorted = keystrokes.map((keystroke) => keystroke.ms).sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { p50: rank(50) ?? Number.NaN, p95: rank(95) ?? Number.NaN, max: sorted[sorted.length - 1] ?? Number.NaN };
}
