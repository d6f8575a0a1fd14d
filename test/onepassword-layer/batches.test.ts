import { useSimulatedApp } from "../../test-world/support/world";
import { archiveItems, deleteItems, getItems, itemKey, type ItemRef } from "../../src/onepassword/items";

/** Batches of item calls: chunked to the cap, each item done or reported. */
const app = useSimulatedApp();

describe("batches", () => {
  function seedItems(count: number, vaultCount: number) {
    const acme = app().addAccount({ name: "Acme" });
    const refs: ItemRef[] = [];
    for (let v = 0; v < vaultCount; v++) {
      const vault = acme.addVault({ title: `Vault ${v}` });
      for (let i = 0; i < count / vaultCount; i++) {
        refs.push({
          account: "Acme",
          vaultId: vault,
          itemId: acme.addItem(vault, { title: `Item ${v}-${i}`, category: "Login" }),
        });
      }
    }
    return refs;
  }

  test("deleteAll is chunked to the cap and reports each item, mixed results included", async () => {
    const refs = seedItems(120, 2);
    const failing = [refs[3], refs[70]] as ItemRef[];
    app().failItems(
      failing.map((ref) => ref.itemId),
      "itemStatusPermissionError",
    );
    const report = await deleteItems(refs);
    expect(report.succeeded).toHaveLength(118);
    expect(report.failed.map((failure) => itemKey(failure.key)).sort()).toEqual(failing.map(itemKey).sort());
    expect(report.failed[0]?.error.kind).toBe("permission-denied");
    // 60 per vault, cap 50 → 2 calls per vault.
    const calls = app().callsNamed("ItemsDeleteAll");
    expect(calls).toHaveLength(4);
    expect(Math.max(...calls.map((call) => (call.parameters as { item_ids: string[] }).item_ids.length))).toBe(50);
  });

  test("getAll returns the items that worked and reports the rest", async () => {
    const refs = seedItems(10, 1);
    app().failItems([refs[0]?.itemId as string], "itemNotFound");
    const { items, report } = await getItems(refs);
    expect(items).toHaveLength(9);
    expect(report.failed.map((failure) => failure.error.kind)).toEqual(["not-found"]);
  });

  test("the app locking in the middle of a batch: every item is either done or reported", async () => {
    const refs = seedItems(30, 3);
    const acmeApp = app();
    let archived = 0;
    const original = acmeApp.latencyMs;
    acmeApp.latencyMs = 2;
    acmeApp.lockedPrompt = "deny";
    const pending = archiveItems(refs);
    // Lock after a few archive calls have gone through.
    const interval = setInterval(() => {
      archived = app().callsNamed("ItemsArchive").length;
      if (archived >= 7) {
        app().lock();
        clearInterval(interval);
      }
    }, 0);
    const report = await pending;
    clearInterval(interval);
    acmeApp.latencyMs = original;
    expect(report.succeeded.length + report.failed.length).toBe(30);
    expect(new Set([...report.succeeded, ...report.failed.map((f) => f.key)].map(itemKey)).size).toBe(30);
    expect(report.succeeded.length).toBeGreaterThan(0);
    expect(report.failed.length).toBeGreaterThan(0);
  });
});
