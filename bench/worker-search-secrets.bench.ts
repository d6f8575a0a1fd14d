import { join } from "node:path";
import { DesktopApp, type WorldOptions } from "../test-world/sim";
import {
  buildCommandFile,
  removeStores,
  type PersistedStores,
  type Step,
  type WorkerRunOptions,
  type WorkerRunResult,
} from "../test-world/worker";
import { coldLaunchWithLatency, COLD_FIRST_ROWS_MS } from "./lib/cold-latency";
import { ensureBuilt } from "./lib/built";
import { repoRoot } from "./lib/repo";
import {
  firstFrameRow,
  heapRows,
  keystrokeRows,
  label,
  outcomeRow,
  phaseRow,
  type LatencyTargets,
} from "./lib/worker-report";
import { accountsOf, CHOSEN, EXTRAS, PHASE_TIMEOUT_MS, QUICK, run, VAULTS } from "./lib/worker-run";

/**
 * Search Secrets as Raycast runs it: the built dist/<command>.js in a worker thread with a 100 MB JS heap, the
 * simulated 1Password app on this thread, only the native boundary's bytes in between (test-world/worker). For each account
 * size, Search Secrets goes through a cold launch with its refresh, 40 keystrokes, a warm relaunch with its refresh
 * and a batch archive of 1,000+ items (every row of the first pages); a run that dies of its heap is reported as
 * killed, with the step it died in. Keystrokes through the UI are then compared, in a warm launch over the same
 * Cache, with plain fuse.js rendering the same rows (bench/commands/plain-fuse-search.tsx): the same 40 keystrokes on
 * both sides, none sampled.
 *
 * Then a cold launch against an app that answers each call 20 ms late, at the sizes with a first-rows target.
 * The full run adds one vault of 100,000 items: cold launch, typing, warm relaunch, typing. BENCH_ONE_VAULT=1 runs
 * only the one-vault rows, and adds one vault of 150,000. Every worker runs with Raycast's own runtime counted (the
 * test world's default ballast). `npm run bench -- worker --quick` runs 10,000 items only; `--sizes=50000` picks sizes.
 * @bench-timeout 1500
 */

const SIZES = CHOSEN?.length ? CHOSEN : QUICK ? [10_000] : [10_000, 50_000, 100_000];
const TARGET_SIZE = 50_000;
const WARM_FIRST_FRAME_MS = 100;
/** Keystroke targets by size, typing over a warm launch; at 100,000 items, a frame per keystroke. */
const KEYSTROKE_TARGETS: Readonly<Record<number, LatencyTargets>> = {
  50_000: { p50: 12, p95: 25 },
  100_000: { p50: 8, p95: 16 },
};
/** The same right after a cold launch's refresh, when every row and search structure is new. */
const COLD_KEYSTROKE_TARGETS: Readonly<Record<number, LatencyTargets>> = { 100_000: { p50: 8, p95: 16 } };

/** 40 keystrokes: each query typed a letter at a time, the field cleared between them (a keystroke too). */
const TYPING: Step[] = ["github deploy", "aws prod", "stirpe webhook", "s3"].map((query) => ({
  type: query,
  label: `typing: ${query}`,
}));

const SCENARIO: Step[] = [
  { wait: "rows", label: "cold launch + refresh", timeoutMs: PHASE_TIMEOUT_MS },
  ...TYPING,
  { relaunch: true },
  { wait: "rows", label: "warm relaunch + refresh", timeoutMs: PHASE_TIMEOUT_MS },
  { type: "", label: "batch archive: clear the search" },
  { loadRows: 1_000, label: "batch archive: load 1,000 rows" },
  { action: "Select All Visible", label: "batch archive: select all" },
  { action: /^Archive [\d,]+ Selected Items$/, label: "batch archive: archive" },
  { waitForToast: "done", title: /Archived|archive/, label: "batch archive: until done", timeoutMs: PHASE_TIMEOUT_MS },
  { snapshot: "after the batch archive" },
];

/**
 * A typing run in a 100 MB worker; when that worker dies, the same run again in a 4 GB one, so that both sides of the
 * comparison have latencies at every size (the 100 MB outcome is reported beside them).
 */
async function typing(
  options: WorkerRunOptions,
  what: string,
): Promise<{ limited: WorkerRunResult; roomy?: WorkerRunResult }> {
  const limited = await run(options, what);
  if (limited.outcome !== "killed") return { limited };
  return { limited, roomy: await run({ ...options, heapLimitMb: 4096 }, `${what} (4 GB worker)`) };
}

/** Search Secrets at one size: the scenario of issue 16, then keystrokes ours against plain fuse.js. */
async function searchSecrets(items: number): Promise<void> {
  const world: WorldOptions = { seed: "worker-bench", accounts: 1, vaults: VAULTS, items };
  const what = `search-secrets, ${label(items)} items / ${VAULTS} vaults`;
  const app = new DesktopApp();
  const { accounts } = accountsOf(world, app);
  const preferences = { accounts: accounts.map((account) => account.name).join(", ") };
  const atTarget = items === TARGET_SIZE;
  const stores: PersistedStores[] = [];
  try {
    // The comparison first (it archives nothing): a Cache written by a roomy worker, so both sides have an index
    // even at sizes where today's code dies before writing one; then the same keystrokes, each in a 100 MB worker.
    const prepared = await run(
      {
        command: "search-secrets",
        app,
        preferences,
        heapLimitMb: 4096,
        steps: [{ wait: "rows", timeoutMs: PHASE_TIMEOUT_MS }],
      },
      `${what}: prepare the Cache (4 GB worker)`,
    );
    stores.push(prepared.stores);
    const fuse = await typing(
      {
        command: "search-secrets",
        commandFile: buildCommandFile(join(repoRoot(), "bench", "commands", "plain-fuse-search.tsx")),
        app,
        preferences,
        stores: prepared.stores,
        steps: [{ wait: "rows", timeoutMs: PHASE_TIMEOUT_MS }, ...TYPING],
      },
      `${what}: plain fuse.js typing`,
    );
    const ours = await typing(
      {
        command: "search-secrets",
        app,
        preferences,
        stores: prepared.stores,
        steps: [{ wait: "rows", label: "warm launch + refresh", timeoutMs: PHASE_TIMEOUT_MS }, ...TYPING],
      },
      `${what}: typing`,
    );

    const scenario = await run({ command: "search-secrets", app, preferences, steps: SCENARIO }, what);
    stores.push(scenario.stores);
    outcomeRow(`${what}, cold + 40 keystrokes + warm + archive`, scenario);
    heapRows(what, scenario, atTarget ? { peakMB: 80, steadyMB: 50 } : {});
    const [cold, warm] = scenario.launches;
    phaseRow(what, "cold launch + refresh", [cold]);
    phaseRow(what, "typing", [cold]);
    phaseRow(what, "warm relaunch + refresh", [warm]);
    phaseRow(what, "batch archive", [warm]);
    const archived = warm?.snapshots[0]?.toast;
    if (archived) process.stderr.write(`${what}: batch archive toast "${archived.title}" ${archived.message ?? ""}\n`);
    firstFrameRow(`${what}, cold launch`, cold);
    firstFrameRow(`${what}, warm relaunch`, warm, WARM_FIRST_FRAME_MS);
    keystrokeRows(`${what}, typing after the cold refresh`, cold?.keystrokes ?? [], COLD_KEYSTROKE_TARGETS[items]);

    for (const [side, result] of [
      ["ours", ours],
      ["plain fuse.js", fuse],
    ] as const) {
      outcomeRow(`${what}, warm launch + 40 keystrokes (${side}), 100 MB worker`, result.limited, {
        baseline: side === "plain fuse.js",
      });
      const where = result.roomy ? " (4 GB worker: killed in 100 MB)" : "";
      const targets = side === "ours" && !result.roomy ? KEYSTROKE_TARGETS[items] : {};
      keystrokeRows(`${what}, ${side} through the UI${where}`, (result.roomy ?? result.limited).keystrokes, targets);
    }
  } finally {
    for (const store of stores) removeStores(store);
  }
}

async function oneVault(items: number): Promise<void> {
  const what = `search-secrets, one vault of ${label(items)} items`;
  const result = await run(
    {
      command: "search-secrets",
      world: { seed: "worker-bench-vault", accounts: 1, vaults: 1, items },
      steps: [
        { wait: "rows", label: "cold launch + refresh", timeoutMs: PHASE_TIMEOUT_MS },
        ...TYPING,
        { relaunch: true },
        { wait: "rows", label: "warm relaunch + refresh", timeoutMs: PHASE_TIMEOUT_MS },
        ...TYPING,
      ],
    },
    what,
  );
  removeStores(result.stores);
  outcomeRow(`${what}, cold + typing + warm + typing`, result);
  heapRows(what, result);
  const [cold, warm] = result.launches;
  keystrokeRows(`${what}, typing after the cold refresh`, cold?.keystrokes ?? [], COLD_KEYSTROKE_TARGETS[items]);
  keystrokeRows(`${what}, typing after a warm relaunch`, warm?.keystrokes ?? [], KEYSTROKE_TARGETS[items]);
}

async function main(): Promise<void> {
  const build = ensureBuilt(["search-secrets"]);
  process.stderr.write(`${build.note}\n`);
  const oneVaultOnly = process.env.BENCH_ONE_VAULT === "1";
  if (!oneVaultOnly) {
    for (const items of SIZES) await searchSecrets(items);
    for (const items of SIZES.filter((size) => COLD_FIRST_ROWS_MS[size] !== undefined))
      await coldLaunchWithLatency(items);
  }
  if (EXTRAS && !oneVaultOnly) await oneVault(100_000);
  if (oneVaultOnly) for (const items of [100_000, 150_000]) await oneVault(items);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
