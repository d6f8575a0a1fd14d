import { readFileSync } from "node:fs";
import { join } from "node:path";
import type * as Sdk from "@1password/sdk";
import { DesktopApp, generateWorld, loadSdk } from "../../test-world/sim";
import { patchBoundary } from "../../test-world/sim/boundary";
import { workerBundle } from "../../test-world/worker/build";
import {
  buildCommandFile,
  MEMORY_LIMIT_MESSAGE,
  RAYCAST_RUNTIME_MB,
  readStores,
  removeStores,
  runInWorker,
  type PersistedStores,
} from "../../test-world/worker";

/** Meta-tests: the worker runner runs commands as Raycast does, and measures what it says it measures. */

const fixture = (name: string) =>
  buildCommandFile(join(__dirname, "..", "..", "test-world", "worker", "fixtures", `${name}.tsx`));
const stores: PersistedStores[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) removeStores(store);
});

test("the host's baseline heap with an empty command is reported, far below the limit", async () => {
  const result = await runInWorker({
    command: "test-command",
    commandFile: fixture("empty-command"),
    ballastMb: 0,
    steps: [{ wait: "rows" }],
  });
  stores.push(result.stores);
  expect(result.outcome).toBe("survived");
  const [launch] = result.launches;
  // The bare worker, then the host, the driver and React loaded, then the command running: each a real figure.
  expect(launch?.startHeapMB).toBeGreaterThan(1);
  expect(launch?.hostHeapMB).toBeGreaterThan(launch?.startHeapMB ?? Infinity);
  // The steady heap is taken after a full collection: at least the bare worker, less the garbage that one held.
  expect(result.steadyHeapMB).toBeGreaterThan((launch?.startHeapMB ?? Infinity) - 1);
  expect(result.peakHeapMB).toBeGreaterThanOrEqual(result.steadyHeapMB);
  expect(result.peakHeapMB).toBeLessThan(40);
  expect(launch?.firstFrameMs).toBeGreaterThan(0);
  expect(launch?.screen).toContain("Empty");
});

test("ballastMb adds retained heap before the command loads, to stand for Raycast's larger runtime", async () => {
  const result = await runInWorker({
    command: "test-command",
    commandFile: fixture("empty-command"),
    ballastMb: 13,
    steps: [{ wait: "rows" }],
  });
  stores.push(result.stores);
  const [launch] = result.launches;
  expect(launch?.ballastMB).toBe(13);
  expect(result.steadyHeapMB).toBeGreaterThan((launch?.startHeapMB ?? Infinity) + 13 - 1);
});

test("by default a command gets the heap Raycast leaves it: the host is topped up to Raycast's own runtime", async () => {
  const result = await runInWorker({
    command: "test-command",
    commandFile: fixture("empty-command"),
    steps: [{ wait: "rows" }],
  });
  stores.push(result.stores);
  const [launch] = result.launches;
  expect(launch?.ballastMB).toBe(Math.max(0, Math.round(RAYCAST_RUNTIME_MB - (launch?.hostHeapMB ?? 0))));
  expect(launch?.ballastMB).toBeGreaterThan(0);
  // Raycast's figure, like `hostHeapMB`, is taken uncollected; the steady heap is collected, so it is a little lower.
  expect(result.steadyHeapMB).toBeGreaterThan(RAYCAST_RUNTIME_MB - 2);
});

test("the steady heap is what the command keeps, not the garbage its last step left; the peak sees that garbage", async () => {
  const result = await runInWorker({
    command: "test-command",
    commandFile: fixture("garbage-command"),
    ballastMb: 0,
    steps: [{ wait: "rows" }],
  });
  stores.push(result.stores);
  const [launch] = result.launches;
  expect({ outcome: result.outcome, error: result.error }).toEqual({ outcome: "survived", error: undefined });
  expect(launch?.screen).toContain("Keeping 1 chunks");
  const host = launch?.hostHeapMB ?? Infinity;
  // One chunk of 16,384 strings of 48 characters kept, about 3 MB; three dropped, about 9 MB more at rest.
  expect(result.steadyHeapMB - host).toBeGreaterThan(2);
  expect(result.steadyHeapMB - host).toBeLessThan(5);
  expect(result.peakHeapMB - host).toBeGreaterThan(10);
});

test("a command that allocates past the limit is killed, and the run reports Raycast's error", async () => {
  const result = await runInWorker({
    command: "test-command",
    commandFile: fixture("allocate-command"),
    steps: [{ wait: "rows" }, { sleep: 60_000, label: "holding on" }],
    timeoutMs: 30_000,
  });
  stores.push(result.stores);
  expect(result.outcome).toBe("killed");
  expect(result.error).toBe(MEMORY_LIMIT_MESSAGE);
  const [launch] = result.launches;
  expect(launch?.lastStep).toBe("holding on");
  // What the worker reported before it died is kept: its launch, the step before the fatal one, its first frame.
  expect(launch?.steps.map((step) => step.label)).toEqual(["launch", "wait for rows"]);
  expect(launch?.firstFrameMs).toBeGreaterThan(0);
  // It died of the limit; the last heap it could report before that was near it. A dead worker sends no report.
  expect(result.peakHeapMB).toBeGreaterThanOrEqual(100);
  expect(launch?.reportedPeakHeapMB).toBeGreaterThan(60);
  expect(launch?.steadyHeapMB).toBeUndefined();
  expect(Number.isNaN(result.steadyHeapMB)).toBe(true);
});

test("a heap that runs out inside one native call aborts only the worker's own process: killed, reported", async () => {
  const result = await runInWorker({
    command: "test-command",
    commandFile: fixture("parse-command"),
    steps: [{ wait: "rows" }, { sleep: 60_000, label: "parsing" }],
    timeoutMs: 30_000,
  });
  stores.push(result.stores);
  expect(result.outcome).toBe("killed");
  expect(result.error).toBe(MEMORY_LIMIT_MESSAGE);
  expect(result.launches[0]?.lastStep).toBe("parsing");
  // V8's own words, from the relay process this one outlived.
  expect(result.launches[0]?.output).toMatch(/heap limit|heap out of memory/);
});

describe("only the native boundary's bytes cross between the threads", () => {
  test("the worker's script carries no part of the simulated app", () => {
    const script = readFileSync(workerBundle(), "utf8");
    // The simulator's app, world, generator and handlers stay on the parent's side.
    for (const name of ["class DesktopApp", "generateWorld", "allSecretValues", "VaultsGrantGroupPermissions"]) {
      expect(script).not.toContain(name);
    }
  });

  test("the SDK in the worker decodes the same items.list answer as in-process", async () => {
    const app = new DesktopApp();
    const world = generateWorld(app, { seed: "port", accounts: 1, vaults: 3, items: 60 });
    const account = world.accounts[0]!;
    const vaultId = account.vaultIds[0]!;
    const result = await runInWorker({
      command: "test-command",
      commandFile: fixture("sdk-list-command"),
      app,
      preferences: { accounts: account.name, vaultId },
      steps: [{ wait: "rows" }],
    });
    stores.push(result.stores);
    expect(result.outcome).toBe("survived");
    expect(result.launches[0]?.screen).toMatch(/Listed \d+/);
    expect(app.callsNamed("ItemsList")).toHaveLength(1);
    const cached = readStores(result.stores).cache["sdk-list"];
    expect(cached?.dates).toBe("true");

    const restore = patchBoundary(app);
    let inProcess: Sdk.ItemOverview[];
    try {
      const sdk = loadSdk();
      const client = await sdk.createClient({
        auth: new sdk.DesktopAuth(account.name),
        integrationName: "worker runner test",
        integrationVersion: "1.0.0",
      });
      inProcess = await client.items.list(vaultId);
    } finally {
      restore();
    }
    expect(inProcess.length).toBeGreaterThan(0);
    expect(cached?.items).toBe(JSON.stringify(inProcess));
  });
});

test("a keystroke lasts until the commit that shows its rows, deferred ones included", async () => {
  const result = await runInWorker({
    command: "test-command",
    commandFile: fixture("slow-rows-command"),
    steps: [{ wait: "rows" }, { type: "abc" }],
  });
  stores.push(result.stores);
  expect(result.outcome).toBe("survived");
  expect(result.keystrokes.map((keystroke) => keystroke.query)).toEqual(["a", "ab", "abc"]);
  for (const keystroke of result.keystrokes) {
    // The fixture renders in 10 ms and shows the query's rows 30 ms after the keystroke, in a second render.
    expect(keystroke.ms).toBeGreaterThanOrEqual(40);
    expect(keystroke.ms).toBeLessThan(1_000);
    expect(keystroke.commits).toBeGreaterThanOrEqual(2);
    expect(keystroke.settledMs).toBeGreaterThanOrEqual(keystroke.ms);
    expect(keystroke.rows).toBe(2);
  }
});

describe("Search Secrets in the worker", () => {
  test("1,000 items: survives a cold launch and typing, with keystroke latencies and heap figures", async () => {
    const result = await runInWorker({
      command: "search-secrets",
      world: { seed: "worker-meta", accounts: 1, vaults: 10, items: 1_000 },
      steps: [{ wait: "rows" }, { type: "github" }, { snapshot: "typed" }],
    });
    stores.push(result.stores);
    expect(result.outcome).toBe("survived");
    expect(result.keystrokes.map((keystroke) => keystroke.query)).toEqual([
      "g",
      "gi",
      "git",
      "gith",
      "githu",
      "github",
    ]);
    for (const keystroke of result.keystrokes) {
      expect(keystroke.ms).toBeGreaterThan(0);
      expect(keystroke.commits).toBeGreaterThan(0);
      expect(keystroke.settledMs).toBeGreaterThanOrEqual(keystroke.ms);
    }
    expect(result.launches[0]?.snapshots[0]?.screen).toContain("GitHub");
    expect(result.launches[0]?.firstFrameMs).toBeGreaterThan(0);
    expect(result.peakHeapMB).toBeGreaterThan(result.launches[0]?.hostHeapMB ?? Infinity);
    expect(result.steadyHeapMB).toBeLessThanOrEqual(result.peakHeapMB);
  });

  test("a warm relaunch is a new worker that paints from the Cache the previous launch wrote", async () => {
    const result = await runInWorker({
      command: "search-secrets",
      world: { seed: "worker-warm", accounts: 1, vaults: 5, items: 300 },
      steps: [{ wait: "rows" }, { relaunch: true }, { wait: "rows" }],
    });
    stores.push(result.stores);
    expect(result.outcome).toBe("survived");
    const [cold, warm] = result.launches;
    // Cold: nothing cached, the first rows need the SDK. Warm: rows before any call into the desktop app.
    expect(cold?.callsBeforeFirstFrame).toBeGreaterThan(0);
    expect(warm?.callsBeforeFirstFrame).toBe(0);
    expect(warm?.firstFrameMs).toBeGreaterThan(0);
    expect(Object.keys(readStores(result.stores).cache).length).toBeGreaterThan(0);

    // The stores outlive the run: a later run handed them launches warm too, against the same app.
    const again = await runInWorker({
      command: "search-secrets",
      app: result.app,
      stores: result.stores,
      preferences: { accounts: result.world?.accounts[0]?.name },
      steps: [{ wait: "rows" }],
    });
    expect(again.outcome).toBe("survived");
    expect(again.launches[0]?.callsBeforeFirstFrame).toBe(0);
  });
});
