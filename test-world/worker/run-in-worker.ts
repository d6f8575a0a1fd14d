import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../host/repo";
import { DesktopApp, generateWorld, type GeneratedWorld } from "../sim";
import { createStores } from "./disk-stores";
import { launchOnce } from "./launch-once";
import type { LaunchConfig, Step } from "./protocol";
import type { WorkerRunOptions } from "./run-options";
import type { LaunchResult, WorkerRunResult } from "./run-results";

export { MEMORY_LIMIT_MESSAGE, RAYCAST_HEAP_LIMIT_MB, RAYCAST_RUNTIME_MB, type WorkerRunOptions } from "./run-options";
export { latencyStats, type LaunchOutcome, type LaunchResult, type WorkerRunResult } from "./run-results";

function splitLaunches(steps: readonly Step[]): Step[][] {
  const launches: Step[][] = [[]];
  for (const step of steps) {
    if ("relaunch" in step) launches.push([]);
    else launches[launches.length - 1]!.push(step);
  }
  return launches;
}

function seed(app: DesktopApp, world: WorkerRunOptions["world"]): GeneratedWorld | undefined {
  if (!world) return undefined;
  if (typeof world === "function") {
    world(app);
    return undefined;
  }
  return generateWorld(app, world);
}

/**
 * Runs a built command the way Raycast does: in a worker thread with a 100 MB JS heap, the headless host and the
 * driver beside it, the simulated 1Password app on this thread and only the native boundary's bytes in between.
 * The steps run in order; a `{ relaunch: true }` step ends the launch and starts a new worker over the stores the
 * previous one wrote. Never throws for what happens inside the worker: the result says survived, killed, failed or
 * timed out.
 */
export async function runInWorker(options: WorkerRunOptions): Promise<WorkerRunResult> {
  const app = options.app ?? new DesktopApp(options.appOptions);
  const world = seed(app, options.world);
  const stores = options.stores ?? createStores();
  const root = repoRoot();
  const commandFile = options.commandFile ?? join(root, "dist", `${options.command}.js`);
  if (!existsSync(commandFile)) throw new Error(`${commandFile} does not exist: run \`npm run build\` first`);
  const accounts = world?.accounts.map((account) => account.name).join(", ");
  const preferences = { ...(accounts ? { accounts } : {}), ...options.preferences };

  const launches: LaunchResult[] = [];
  for (const [index, steps] of splitLaunches(options.steps ?? []).entries()) {
    const config: LaunchConfig = {
      commandFile,
      commandName: options.command,
      preferences,
      ...(options.arguments ? { arguments: options.arguments } : {}),
      steps,
      storesDir: stores.dir,
      assetsPath: join(root, "dist", "assets"),
      sampleIntervalMs: options.sampleIntervalMs ?? 2,
      quietMs: options.quietMs ?? 40,
      steadyWindowMs: options.steadyWindowMs ?? 500,
      installed: app.installed,
      ballastMb: options.ballastMb ?? "raycast",
      launch: index,
    };
    const result = await launchOnce(app, config, options);
    launches.push(result);
    if (result.outcome !== "survived") break;
  }
  const failed = launches.find((launch) => launch.outcome !== "survived");
  const last = launches[launches.length - 1];
  return {
    outcome: failed?.outcome ?? "survived",
    ...(failed?.error ? { error: failed.error } : {}),
    launches,
    peakHeapMB: Math.max(...launches.map((launch) => launch.peakHeapMB)),
    steadyHeapMB: failed ? Number.NaN : (last?.steadyHeapMB ?? Number.NaN),
    keystrokes: launches.flatMap((launch) => launch.keystrokes),
    stores,
    app,
    ...(world ? { world } : {}),
  };
}
