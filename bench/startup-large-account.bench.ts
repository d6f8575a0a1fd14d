import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt } from "./lib/built";
import { runChild } from "./lib/child";
import { COMMANDS, PRODUCTION, runStartupChild, type LaunchResult } from "./lib/startup-launch";
import { report } from "./lib/startup-report";

/**
 * Search Secrets' start to first rendered rows from a warm index over a large account, measured as in
 * startup-commands.bench.ts (bench/lib/startup-launch.ts): the built command, a fresh Node process per launch,
 * React's production build, and no SDK, sdk.js or WebAssembly on the path to the first frame.
 */

/** Search Secrets is also launched over 50,000 items, the size the extension users have today cannot handle. */
const LARGE_ITEMS = 50_000;

async function main(): Promise<void> {
  if (await runStartupChild()) return;

  const build = ensureBuilt(COMMANDS);
  process.stderr.write(`${build.note}\n`);
  const largeDir = mkdtempSync(join(tmpdir(), "bench-startup-large-"));
  try {
    const large = { env: { BENCH_STARTUP_ITEMS: String(LARGE_ITEMS) } };
    const { account } = runChild<{ account: string }>("prepare", [largeDir], large);
    const launches: LaunchResult[] = [];
    for (let run = 0; run < 3; run++) {
      launches.push(
        runChild<LaunchResult>("launch", ["search-secrets", largeDir, account], {
          env: { ...PRODUCTION, ...large.env },
        }),
      );
    }
    report("search-secrets", launches, LARGE_ITEMS);
  } finally {
    rmSync(largeDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
