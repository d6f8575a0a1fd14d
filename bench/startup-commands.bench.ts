import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt } from "./lib/built";
import { runChild } from "./lib/child";
import { row } from "./lib/report";
import {
  BASELINE,
  COMMANDS,
  PRODUCTION,
  prepareWarmStorage,
  runStartupChild,
  type LaunchResult,
} from "./lib/startup-launch";
import { median, report } from "./lib/startup-report";

/**
 * Command start to first rendered rows (or the form) from a warm index, for each view command as `ray build` wrote
 * it (dist/), in the headless host, one fresh Node process per launch as Raycast gives each launch a fresh worker.
 * React runs its production build, as in Raycast. The clock starts when `runCommand` is called and stops in the
 * commit that mounts the first List.Item (or the Form); at that moment the benchmark also records whether the SDK
 * was called, its bundle required, or any WebAssembly compiled: none of it may be on the path to the first frame.
 */

const RUNS = 5;

async function main(): Promise<void> {
  if (await runStartupChild()) return;

  const build = ensureBuilt(COMMANDS);
  process.stderr.write(`${build.note}\n`);
  const dir = mkdtempSync(join(tmpdir(), "bench-startup-"));
  try {
    const account = await prepareWarmStorage(dir);
    const baseline: number[] = [];
    for (let run = 0; run < 3; run++) {
      const mark = runChild<LaunchResult>("launch", [BASELINE, dir, account], {
        env: { NODE_ENV: "production" },
      }).content;
      if (!mark) throw new Error("the one-row baseline List showed no row");
      baseline.push(mark.ms);
    }
    row({
      group: "startup",
      name: "host baseline: runCommand → first row of a one-row List (host + React, no command code), median of 3",
      figure: median(baseline),
      unit: "ms",
    });
    for (const command of COMMANDS) {
      const launches: LaunchResult[] = [];
      for (let run = 0; run < RUNS; run++) {
        let launch: LaunchResult;
        try {
          launch = runChild<LaunchResult>("launch", [command, dir, account], { env: PRODUCTION });
        } catch (error) {
          launch = { screen: `the launch process failed: ${error instanceof Error ? error.message : String(error)}` };
        }
        launches.push(launch);
        // A command that shows no rows will not show them on the next launch either: one slow launch is enough.
        if (!launch.content) break;
      }
      report(command, launches);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
