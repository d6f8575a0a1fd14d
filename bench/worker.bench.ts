import { join } from "node:path";
import { DesktopApp, generateWorld, type WorldOptions } from "../test-world/sim";
import {
  buildCommandFile,
  removeStores,
  runInWorker,
  type PersistedStores,
  type Step,
  type WorkerRunOptions,
  type WorkerRunResult,
} from "../test-world/worker";
import { ensureBuilt } from "./lib/built";
import { repoRoot } from "./lib/repo";
import { row } from "./lib/report";
import { firstFrameRow, GROUP, heapRows, keystrokeRows, label, outcomeRow, phaseRow } from "./lib/worker-report";

/**
 * The commands as Raycast runs them: the built dist/<command>.js in a worker thread with a 100 MB JS heap, the
 * simulated 1Password app on this thread, only the native boundary's bytes in between (test-world/worker). For each account
 * size, Search Secrets goes through a cold launch with its refresh, 40 keystrokes, a warm relaunch with its refresh
 * and a batch archive of 1,000+ items (every row of the first pages); a run that dies of its heap is reported as
 * killed, with the step it died in. Keystrokes through the UI are then compared, in a warm launch over the same
 * Cache, with plain fuse.js rendering the same rows (bench/commands/plain-fuse-search.tsx): the same 40 keystrokes on
 * both sides, none sampled.
 *
 * `npm run bench -- worker --quick` runs 10,000 items only; `--sizes=50000` picks sizes.
 * @bench-timeout 1500
 */

const QUICK = process.env.BENCH_QUICK === "1";
const CHOSEN = process.env.BENCH_SIZES?.split(",").map(Number).filter(Number.isFinite);
const SIZES = CHOSEN?.length ? CHOSEN : QUICK ? [10_000] : [10_000, 50_000, 100_000];
/** The one-vault account and the other commands at 100,000 items: the full run only. */
const EXTRAS = !QUICK && !CHOSEN?.length;
const VAULTS = 200;
const TARGET_SIZE = 50_000;
const PHASE_TIMEOUT_MS = 300_000;
const WARM_FIRST_FRAME_MS = 100;

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

const accountsOf = (world: WorldOptions, app: DesktopApp) => ({ accounts: generateWorld(app, world).accounts });

async function run(options: WorkerRunOptions, what: string): Promise<WorkerRunResult> {
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
    keystrokeRows(`${what}, typing after the cold refresh`, cold?.keystrokes ?? []);

    for (const [side, result] of [
      ["ours", ours],
      ["plain fuse.js", fuse],
    ] as const) {
      outcomeRow(`${what}, warm launch + 40 keystrokes (${side}), 100 MB worker`, result.limited, {
        baseline: side === "plain fuse.js",
      });
      const where = result.roomy ? " (4 GB worker: killed in 100 MB)" : "";
      const targets = side === "ours" && atTarget && !result.roomy ? { p50: 12, p95: 25 } : {};
      keystrokeRows(`${what}, ${side} through the UI${where}`, (result.roomy ?? result.limited).keystrokes, targets);
    }
  } finally {
    for (const store of stores) removeStores(store);
  }
}

async function oneVault(): Promise<void> {
  const items = 40_000;
  const what = `search-secrets, one vault of ${label(items)} items`;
  const result = await run(
    {
      command: "search-secrets",
      world: { seed: "worker-bench-vault", accounts: 1, vaults: 1, items },
      steps: [
        { wait: "rows", label: "cold launch + refresh", timeoutMs: PHASE_TIMEOUT_MS },
        { relaunch: true },
        { wait: "rows", label: "warm relaunch + refresh", timeoutMs: PHASE_TIMEOUT_MS },
      ],
    },
    what,
  );
  removeStores(result.stores);
  outcomeRow(`${what}, cold + warm refresh`, result);
  heapRows(what, result);
}

/** Manage Vaults and Search Environments over an account of 100,000 items. */
async function otherCommands(): Promise<void> {
  const items = 100_000;
  const app = new DesktopApp();
  const { accounts } = accountsOf({ seed: "worker-bench-others", accounts: 1, vaults: VAULTS, items }, app);
  const account = accounts[0]!;
  const preferences = { accounts: account.name };
  const vaults = await run(
    {
      command: "manage-vaults",
      app,
      preferences,
      steps: [
        { wait: "rows", label: "cold launch + refresh", timeoutMs: PHASE_TIMEOUT_MS },
        { type: "eng" },
        { relaunch: true },
        { wait: "rows", label: "warm relaunch + refresh", timeoutMs: PHASE_TIMEOUT_MS },
        { action: "Open Vault Items" },
        { wait: "rows", label: "a vault's items", timeoutMs: PHASE_TIMEOUT_MS },
      ],
    },
    "manage-vaults",
  );
  removeStores(vaults.stores);
  const what = `manage-vaults, ${label(items)} items / ${VAULTS} vaults`;
  outcomeRow(`${what}, cold + type + warm + open a vault's items`, vaults);
  heapRows(what, vaults);

  const environments = await run(
    {
      command: "search-environments",
      app,
      preferences,
      steps: [
        { action: "Add Environment" },
        { submit: { id: account.environmentIds[0], label: "API Production" } },
        { wait: "rows", label: "variables", timeoutMs: PHASE_TIMEOUT_MS },
        { type: "api" },
        { relaunch: true },
        { wait: "rows", label: "warm relaunch", timeoutMs: PHASE_TIMEOUT_MS },
      ],
    },
    "search-environments",
  );
  removeStores(environments.stores);
  const envWhat = `search-environments, ${label(items)} items account`;
  outcomeRow(`${envWhat}, add an Environment + type + warm relaunch`, environments);
  heapRows(envWhat, environments);
}

async function main(): Promise<void> {
  const build = ensureBuilt(["search-secrets", "manage-vaults", "search-environments"]);
  process.stderr.write(`${build.note}\n`);
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
  for (const items of SIZES) await searchSecrets(items);
  if (EXTRAS) {
    await oneVault();
    await otherCommands();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
