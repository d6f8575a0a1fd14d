import { clientFor, forgetAllClients } from "../src/onepassword/clients";
import { archiveItems, deleteItems, type ItemRef } from "../src/onepassword/items";
import { LIMITS } from "../src/onepassword/limits";
import { listVaults } from "../src/onepassword/vaults";
import { resetHost } from "../test/host";
import { installDesktopApp, type DesktopApp } from "../test/sim";
import { row } from "./lib/report";

/**
 * Batch archive and delete of 1,000 items across 10 vaults at 20 ms per call, against the naive way: one SDK call
 * per item, one after another, measured in the same run on items of the same vaults.
 */

const ACCOUNT = "Acme";
const VAULTS = 10;
const ITEMS = 1_000;
const LATENCY_MS = 20;

/** Four disjoint sets of 1,000 items (100 per vault): batch archive, naive archive, batch delete, naive delete. */
function seed(app: DesktopApp): ItemRef[][] {
  const acme = app.addAccount({ name: ACCOUNT, type: "business" });
  const sets: ItemRef[][] = [[], [], [], []];
  for (let v = 0; v < VAULTS; v++) {
    const vaultId = acme.addVault({ title: `Vault ${v + 1}` });
    for (const [s, set] of sets.entries()) {
      for (let i = 0; i < ITEMS / VAULTS; i++) {
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

function expectAll(what: string, succeeded: number): void {
  if (succeeded !== ITEMS) throw new Error(`${what}: ${succeeded} of ${ITEMS} items succeeded`);
}

async function main(): Promise<void> {
  resetHost();
  forgetAllClients();
  const app = installDesktopApp();
  try {
    const [toArchive, toArchiveNaively, toDelete, toDeleteNaively] = seed(app);
    if (!toArchive || !toArchiveNaively || !toDelete || !toDeleteNaively) throw new Error("seeding failed");
    // Load the SDK and authorize before measuring: both ways share a running client.
    await listVaults(ACCOUNT);
    const client = await clientFor(ACCOUNT);
    app.latencyMs = LATENCY_MS;
    const what = `${ITEMS.toLocaleString("en-US")} items / ${VAULTS} vaults, ${LATENCY_MS} ms per call`;

    const archive = await measure(app, () => archiveItems(toArchive));
    expectAll("archiveItems", archive.result.succeeded.length);
    const naiveArchive = await measure(app, async () => {
      for (const ref of toArchiveNaively) await client.items.archive(ref.vaultId, ref.itemId);
    });
    row({
      group: "batch",
      name: `archive: SDK calls, archiveItems, ${what} (no batch archive in the SDK)`,
      figure: archive.calls,
      unit: "calls",
    });
    row({
      group: "batch",
      name: `archive: SDK calls, naive one call per item`,
      figure: naiveArchive.calls,
      unit: "calls",
    });
    row({
      group: "batch",
      name: `archive: archiveItems wall time (${LIMITS.vaultConcurrency} vaults in parallel)`,
      figure: archive.ms,
      unit: "ms",
    });
    row({ group: "batch", name: `archive: naive sequential loop wall time`, figure: naiveArchive.ms, unit: "ms" });
    row({
      group: "batch",
      name: `archive: speed-up over the naive loop`,
      figure: naiveArchive.ms / archive.ms,
      unit: "x",
    });

    const expectedDeleteCalls = VAULTS * Math.ceil(ITEMS / VAULTS / LIMITS.batchChunkSize);
    const batchDelete = await measure(app, () => deleteItems(toDelete));
    expectAll("deleteItems", batchDelete.result.succeeded.length);
    const naiveDelete = await measure(app, async () => {
      for (const ref of toDeleteNaively) await client.items.delete(ref.vaultId, ref.itemId);
    });
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
    row({ group: "batch", name: `delete: naive sequential loop wall time`, figure: naiveDelete.ms, unit: "ms" });
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
