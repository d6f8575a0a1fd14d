import { DesktopApp, generateWorld, type WorldOptions } from "../../test-world/sim";
import { runInWorker, type WorkerRunOptions, type WorkerRunResult } from "../../test-world/worker";

/** What the worker benchmarks share: the run sizes asked for, the account shape, and one run in a worker thread. */

export const QUICK = process.env.BENCH_QUICK === "1";
export const CHOSEN = process.env.BENCH_SIZES?.split(",").map(Number).filter(Number.isFinite);
/** The one-vault account and the other commands at 100,000 items: the full run only. */
export const EXTRAS = !QUICK && !CHOSEN?.length;
export const VAULTS = 200;
export const PHASE_TIMEOUT_MS = 300_000;

export const accountsOf = (world: WorldOptions, app: DesktopApp) => ({ accounts: generateWorld(app, world).accounts });

export async function run(options: WorkerRunOptions, what: string): Promise<WorkerRunResult> {
  const started = Date.now();
  const result = await runInWorker({ timeoutMs: 2 * PHASE_TIMEOUT_MS, ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(`${what}: ${result.outcome} in ${seconds} s, peak ${result.peakHeapMB.toFixed(1)} MB\n`);
  // A killed worker's output is V8's own out-of-memory report: the outcome row says it in Raycast's words instead.
  for (const launch of result.launches) {
    if (launch.outcome !== "killed" && launch.output.trim()) process.stderr.write(launch.output.slice(0, 2000));
  }
  return result;
}
