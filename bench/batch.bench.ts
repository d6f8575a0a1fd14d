import { clientFor, forgetAllClients } from "../src/onepassword/clients";
import { archiveItems, deleteItems, type ItemRef } from "../src/onepassword/items";
import { LIMITS } from "../src/onepassword/limits";
import { listVaults } from "../src/onepassword/vaults";
import { resetHost } from "../test-world/host";
import { installDesktopApp, type DesktopApp } from "../test-world/sim";
import { row } from "./lib/report";

/**
 * Batch archive and delete of 1,000 items across 10 vaults at 20 ms per call, against the naive way: one SDK call
 * per item, one after another. The naive way is computed, not slept through: its calls are one per item, and its
 * wall time is that many calls at 20 ms plus the SDK's own cost per call, measured on a sample of naive calls
 * answered at once.
 */

const ACCOUNT = "Acme";
const VAULTS = 10;
const ITEMS = 1_000;
const LATENCY_MS = 20;
/** Naive calls measured (answered without latency) to find the SDK's own cost per call. */
const SAMPLE = 25;

/** Disjoint sets: 1,000 items to archive and 1,000 to delete (100 per vault), and the naive samples of each. */
function seed(app: DesktopApp): ItemRef[][] {
  const acme = app.addAccount({ name: ACCOUNT, type: "business" });
  const sets: ItemRef[][] = [[], [], [], []];
  const sizes = [ITEMS / VAULTS, ITEMS / VAULTS, Math.ceil(SAMPLE / VAULTS), Math.ceil(SAMPLE / VAULTS)];
  for (let v = 0; v < VAULTS; v++) {
    const vaultId = acme.addVault({ title: `Vault ${v + 1}` });
    for (const [s, set] of sets.entries()) {
      for (let i = 0; i < (sizes[s] ?? 0); i++) {
        const itemId = acme.addItem(vaultId, { title: `Item ${s}-${v}-${i}`, category: "Password" });
        set.push({ account: ACCOUNT, vaultId, itemId });
      }
    }
  }
  return sets;
}

async function measure<T>(app: DesktopApp, run: () => Promise<T>): Promise<{ ms: number; calls: number; result: T }> {
  app.resetCalls();
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, calls: app.calls.length, result };
}

/** The naive loop's wall time at LATENCY_MS per call: one call per item, each the latency plus the SDK's own cost. */
async function naiveEstimate(app: DesktopApp, sample: readonly ItemRef[], call: (ref: ItemRef) => Promise<unknown>) {
  const latency = app.latencyMs;
  app.latencyMs = 0;
  try {
    const measured = await measure(app, async () => {
      for (const ref of sample) await call(ref);
    });
    const perCallMs = measured.ms / sample.length;
    return { calls: ITEMS, ms: ITEMS * (LATENCY_MS + perCallMs), perCallMs };
  } finally {
    app.latencyMs = latency;
  }
}

function expectAll(what: string, succeeded: number): void {
  if (succeeded !== ITEMS) throw new Error(`${what}: ${succeeded} of ${ITEMS} items succeeded`);
}

async function main(): Promise<void> {
  resetHost();
  forgetAllClients();
  const app = installDesktopApp();
  try {
    const [toArchive, toDelete, archiveSample, deleteSample] = seed(app);
    if (!toArchive || !toDelete || !archiveSample || !deleteSample) throw new Error("seeding failed");
    // Load the SDK and authorize before measuring: both ways share a running client.
    await listVaults(ACCOUNT);
    const client = await clientFor(ACCOUNT);
    app.latencyMs = LATENCY_MS;
    const what = `${ITEMS.toLocaleString("en-US")} items / ${VAULTS} vaults, ${LATENCY_MS} ms per call`;

    const archive = await measure(app, () => archiveItems(toArchive));
    expectAll("archiveItems", archive.result.succeeded.length);
    const naiveArchive = await naiveEstimate(app, archiveSample, (ref) =>
      client.items.archive(ref.vaultId, ref.itemId),
    );
    row({
      group: "batch",
      name: `archive: SDK calls, archiveItems, ${what} (no batch archive in the SDK)`,
      figure: archive.calls,
      unit: "calls",
    });
    row({
      group: "batch",
      name: `archive: SDK calls, naive one call per item (one per item: the SDK has no batch archive)`,
      figure: naiveArchive.calls,
      unit: "calls",
    });
    row({
      group: "batch",
      name: `archive: archiveItems wall time (${LIMITS.vaultConcurrency} vaults in parallel)`,
      figure: archive.ms,
      unit: "ms",
    });
    row({
      group: "batch",
      name: `archive: naive sequential loop wall time (computed: ${ITEMS} × (${LATENCY_MS} ms + ${naiveArchive.perCallMs.toFixed(2)} ms SDK cost per call, measured on ${archiveSample.length}))`,
      figure: naiveArchive.ms,
      unit: "ms",
    });
    row({
      group: "batch",
      name: `archive: speed-up over the naive loop`,
      figure: naiveArchive.ms / archive.ms,
      unit: "x",
    });

    const expectedDeleteCalls = VAULTS * Math.ceil(ITEMS / VAULTS / LIMITS.batchChunkSize);
    const batchDelete = await measure(app, () => deleteItems(toDelete));
    expectAll("deleteItems", batchDelete.result.succeeded.length);
    const naiveDelete = await naiveEstimate(app, deleteSample, (ref) => client.items.delete(ref.vaultId, ref.itemId));
    row({
      group: "batch",
      name: `delete: SDK calls, deleteItems (deleteAll, ${LIMITS.batchChunkSize} per call), ${what}`,
      figure: batchDelete.calls,
      unit: "calls",
      target: `= ${expectedDeleteCalls} calls`,
      pass: batchDelete.calls === expectedDeleteCalls,
    });
    row({
      group: "batch",
      name: `delete: SDK calls, naive one call per item`,
      figure: naiveDelete.calls,
      unit: "calls",
    });
    row({ group: "batch", name: `delete: deleteItems wall time`, figure: batchDelete.ms, unit: "ms" });
    row({
      group: "batch",
      name: `delete: naive sequential loop wall time (computed: ${ITEMS} × (${LATENCY_MS} ms + ${naiveDelete.perCallMs.toFixed(2)} ms SDK cost per call, measured on ${deleteSample.length}))`,
      figure: naiveDelete.ms,
      unit: "ms",
    });
    row({
      group: "batch",
      name: `delete: speed-up over the naive loop`,
      figure: naiveDelete.ms / batchDelete.ms,
      unit: "x",
    });

    const left = app.callsNamed("ItemsList").length;
    if (left !== 0) throw new Error("unexpected listing during the batches");
  } finally {
    app.uninstall();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
