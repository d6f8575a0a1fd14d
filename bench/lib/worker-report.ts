import { latencyStats, type Keystroke, type LaunchResult, type WorkerRunResult } from "../../test-world/worker";
import { row } from "./report";

/** Rows for worker runs (test-world/worker): outcomes, heap figures and keystrokes, each next to its target. */

export const GROUP = "worker";

export function label(count: number): string {
  return count.toLocaleString("en-US");
}

function where(result: WorkerRunResult): string {
  const index = result.launches.findIndex((launch) => launch.outcome !== "survived");
  const launch = result.launches[index];
  if (!launch) return "survived";
  const step = launch.lastStep ? ` in "${launch.lastStep}"` : "";
  return `${launch.outcome}${step} (launch ${index + 1})`;
}

/**
 * survived / killed in "<step>": a row whose pass is survival. A baseline (plain fuse.js) is reported without a
 * target: that it dies is the finding, not a failure of ours.
 */
export function outcomeRow(what: string, result: WorkerRunResult, options: { baseline?: boolean } = {}): void {
  const survived = result.outcome === "survived";
  row({
    group: GROUP,
    name: `${what}: outcome`,
    figure: survived ? 1 : 0,
    unit: "",
    text: where(result),
    ...(options.baseline ? {} : { target: "survives", pass: survived }),
  });
  if (result.outcome !== "survived" && result.error) process.stderr.write(`${what}: ${result.error.slice(0, 2000)}\n`);
}

function lastReported(result: WorkerRunResult): number {
  return Math.max(...result.launches.map((launch) => launch.reportedPeakHeapMB));
}

export interface HeapTargets {
  peakMB?: number;
  steadyMB?: number;
}

export function heapRows(what: string, result: WorkerRunResult, targets: HeapTargets = {}): void {
  const killed = result.outcome !== "survived";
  // A run that failed (a step that could not be done) was not killed: the row says which.
  const ended = result.outcome === "killed" ? "killed" : `${result.outcome}, no peak`;
  row({
    group: GROUP,
    name: `${what}: peak JS heap`,
    figure: result.peakHeapMB,
    unit: "MB",
    ...(killed ? { text: `${ended} (last reported ${lastReported(result).toFixed(0)} MB)` } : {}),
    ...(targets.peakMB === undefined
      ? { target: "< 100 MB (the limit)", pass: !killed }
      : { target: `<= ${targets.peakMB} MB`, pass: !killed && result.peakHeapMB <= targets.peakMB }),
  });
  const steady = result.steadyHeapMB;
  row({
    group: GROUP,
    name: `${what}: steady JS heap after the last step`,
    figure: steady,
    unit: "MB",
    ...(Number.isNaN(steady) ? { text: "— (did not get there)" } : {}),
    ...(targets.steadyMB === undefined
      ? {}
      : { target: `<= ${targets.steadyMB} MB`, pass: !Number.isNaN(steady) && steady <= targets.steadyMB }),
  });
}

/** The highest heap of the steps whose label starts with `phase`, over the given launches. */
export function phaseRow(what: string, phase: string, launches: readonly (LaunchResult | undefined)[]): void {
  const steps = launches.flatMap((launch) => launch?.steps ?? []).filter((step) => step.label.startsWith(phase));
  const dead = launches.find((launch) => launch && launch.outcome !== "survived" && launch.lastStep?.startsWith(phase));
  const peak = Math.max(...steps.map((step) => step.peakHeapMB));
  row({
    group: GROUP,
    name: `${what}: peak heap in "${phase}"`,
    figure: dead ? dead.peakHeapMB : peak,
    unit: "MB",
    ...(dead ? { text: `killed (last reported ${dead.reportedPeakHeapMB.toFixed(0)} MB)` } : {}),
    ...(!dead && steps.length === 0 ? { text: "— (not reached)" } : {}),
  });
}

export interface LatencyTargets {
  p50?: number;
  p95?: number;
}

export function keystrokeRows(what: string, keystrokes: readonly Keystroke[], targets: LatencyTargets = {}): void {
  if (keystrokes.length === 0) {
    row({ group: GROUP, name: `${what}: keystrokes`, figure: Number.NaN, unit: "ms", text: "— (no keystroke ran)" });
    return;
  }
  const stats = latencyStats(keystrokes);
  const n = `${keystrokes.length} keystrokes`;
  const first = keystrokes[0]!;
  row({
    group: GROUP,
    name: `${what}: keystroke p50 (${n})`,
    figure: stats.p50,
    unit: "ms",
    ...(targets.p50 === undefined ? {} : { target: `<= ${targets.p50} ms`, pass: stats.p50 <= targets.p50 }),
  });
  row({
    group: GROUP,
    name: `${what}: keystroke p95`,
    figure: stats.p95,
    unit: "ms",
    ...(targets.p95 === undefined ? {} : { target: `<= ${targets.p95} ms`, pass: stats.p95 <= targets.p95 }),
  });
  row({ group: GROUP, name: `${what}: keystroke max`, figure: stats.max, unit: "ms" });
  const settled = latencyStats(keystrokes.map((keystroke) => ({ ...keystroke, ms: keystroke.settledMs })));
  row({
    group: GROUP,
    name: `${what}: keystroke to the UI going still, p95 (selection update and lazy loads included)`,
    figure: settled.p95,
    unit: "ms",
  });
  row({ group: GROUP, name: `${what}: first keystroke ("${first.query}")`, figure: first.ms, unit: "ms" });
}

export function firstFrameRow(what: string, launch: LaunchResult | undefined, targetMs?: number): void {
  const ms = launch?.firstFrameMs;
  row({
    group: GROUP,
    name: `${what}: runCommand → first rows`,
    figure: ms ?? Number.NaN,
    unit: "ms",
    ...(ms === undefined ? { text: "— (no rows)" } : {}),
    ...(targetMs === undefined ? {} : { target: `<= ${targetMs} ms`, pass: ms !== undefined && ms <= targetMs }),
  });
}

/** From the SDK's client being created (access granted, see accessGrantedMs) to the first rows on screen. */
export function firstRowsAfterAccessRow(what: string, launch: LaunchResult | undefined, targetMs?: number): void {
  const granted = launch?.accessGrantedMs;
  const ms = launch?.firstFrameMs === undefined || granted === undefined ? undefined : launch.firstFrameMs - granted;
  row({
    group: GROUP,
    name: `${what}: access granted → first rows`,
    figure: ms ?? Number.NaN,
    unit: "ms",
    ...(ms === undefined ? { text: "— (no rows)" } : {}),
    ...(targetMs === undefined ? {} : { target: `<= ${targetMs} ms`, pass: ms !== undefined && ms <= targetMs }),
  });
}
