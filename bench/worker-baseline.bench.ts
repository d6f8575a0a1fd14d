import { join } from "node:path";
import { buildCommandFile, removeStores, type WorkerRunResult } from "../test-world/worker";
import { repoRoot } from "./lib/repo";
import { row } from "./lib/report";
import { GROUP } from "./lib/worker-report";
import { run } from "./lib/worker-run";

/**
 * What a worker thread costs before any command code: the host, the driver and React loaded in a 100 MB worker
 * (test-world/worker) running an empty command, the floor under every worker-*.bench.ts figure.
 */

function baseline(): Promise<WorkerRunResult> {
  return run(
    {
      command: "test-command",
      commandFile: buildCommandFile(join(repoRoot(), "test-world", "worker", "fixtures", "empty-command.tsx")),
      steps: [{ wait: "rows" }],
    },
    "baseline",
  );
}

async function main(): Promise<void> {
  const empty = await baseline();
  const launch = empty.launches[0];
  row({
    group: GROUP,
    name: "host baseline: worker with the host, the driver and React loaded (Raycast's own runtime: ~20 MB)",
    figure: launch?.hostHeapMB ?? Number.NaN,
    unit: "MB",
  });
  row({
    group: GROUP,
    name: "host baseline: steady heap with an empty command",
    figure: empty.steadyHeapMB,
    unit: "MB",
  });
  removeStores(empty.stores);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
