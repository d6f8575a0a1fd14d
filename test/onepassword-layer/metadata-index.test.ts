import { generateWorld } from "../../test-world/sim";
import { canaryValues, expectNoSecretLeak } from "../../test-world/support/canary";
import { useSimulatedApp } from "../../test-world/support/world";
import { getItems } from "../../src/onepassword/items";
import { type AccountSnapshot, itemsOf, MetadataIndex } from "../../src/onepassword/metadata-index";
import { LISTING_BYTES_PER_ITEM } from "../../src/onepassword/heap-room";
import { describeVaultFailures } from "../../src/components/items/vault-failures";

/** The metadata index: stale then fresh, updated in place, refreshing only what changed, holding metadata only. */
const app = useSimulatedApp();

describe("the metadata index", () => {
  test("paints stale, then fresh; updates in place after our own mutations; invalidates per account", async () => {
    const acme = app().addAccount({ name: "Acme" });
    const vault = acme.addVault({ title: "Dev" });
    const first = acme.addItem(vault, { title: "First", category: "Login" });
    const index = new MetadataIndex();
    expect(index.read("Acme")).toBeUndefined();
    await index.refresh("Acme");

    acme.addItem(vault, { title: "Second", category: "Login" });
    // A new process (a new command launch) reads the stale snapshot at once…
    const stale = new MetadataIndex().read("Acme");
    expect((stale ? itemsOf(stale) : []).map((item) => item.title)).toEqual(["First"]);
    // …and the refresh brings the new item.
    const fresh = await new MetadataIndex().refresh("Acme");
    expect(
      itemsOf(fresh)
        .map((item) => item.title)
        .sort(),
    ).toEqual(["First", "Second"]);

    const updated = index.applyItemChanges("Acme", { archived: [first] });
    expect((updated ? itemsOf(updated) : []).find((item) => item.id === first)?.archived).toBe(true);
    expect(updated?.vaults[0]?.itemCount).toBe(1);
    expect(itemsOf(new MetadataIndex().read("Acme")!).find((item) => item.id === first)?.archived).toBe(true);

    index.invalidate("Acme");
    expect(index.read("Acme")).toBeUndefined();
  });

  test("a vault too large for the heap that is left is not listed: the rest loads, and the refresh says what it left out", async () => {
    const acme = app().addAccount({ name: "Acme" });
    const small = acme.addVault({ title: "Small" });
    const big = acme.addVault({ title: "Big" });
    for (let i = 0; i < 3; i++) acme.addItem(small, { title: `Small ${i}`, category: "Login" });
    for (let i = 0; i < 200; i++) acme.addItem(big, { title: `Big ${i}`, category: "Login" });
    // A heap nearly full: room for a listing of about 50 items.
    const limit = 100 * 1024 * 1024;
    let heap = { used: limit * 0.9 - 50 * LISTING_BYTES_PER_ITEM, limit };
    const index = new MetadataIndex(undefined, undefined, () => heap);

    const snapshot = await index.refresh("Acme");
    expect(itemsOf(snapshot).map((item) => item.title)).toEqual(["Small 0", "Small 1", "Small 2"]);
    expect(snapshot.vaults.map((vault) => vault.title).sort()).toEqual(["Big", "Small"]);
    expect(app().callsNamed("ItemsList")).toHaveLength(1);
    expect(snapshot.failures).toEqual([
      {
        vaultId: big,
        vaultTitle: "Big",
        error: {
          kind: "too-large",
          title: "Too Many Items to Load in Raycast",
          hint: expect.stringContaining("Its 200 items do not fit in the memory Raycast gives one command"),
        },
      },
    ]);
    expect(describeVaultFailures(new Map([["Acme", snapshot.failures]]), false)?.message).toMatch(
      /^Too Many Items to Load in Raycast\. Its 200 items .* Search them in the 1Password app/,
    );

    // With room again it is listed; when room runs out later, its stored rows stay, and it is still named.
    heap = { used: 0, limit };
    expect(itemsOf(await index.refresh("Acme", snapshot))).toHaveLength(203);
    heap = { used: limit, limit };
    const kept = await index.refresh("Acme", index.read("Acme"), { full: true });
    expect(itemsOf(kept)).toHaveLength(203);
    expect(kept.failures.map((failure) => failure.vaultTitle).sort()).toEqual(["Big", "Small"]);
  });

  test("a vault whose contents did not change is not listed again, unless a full refresh asks for every vault", async () => {
    const acme = app().addAccount({ name: "Acme" });
    const quiet = acme.addVault({ title: "Quiet" });
    const busy = acme.addVault({ title: "Busy" });
    acme.addItem(quiet, { title: "Stays", category: "Login" });
    acme.addItem(busy, { title: "First", category: "Login" });
    const index = new MetadataIndex();
    await index.refresh("Acme");
    app().resetCalls();

    acme.addItem(busy, { title: "Second", category: "Login" });
    const next = await index.refresh("Acme", index.read("Acme"));
    expect(
      app()
        .callsNamed("ItemsList")
        .map((call) => call.parameters?.vault_id),
    ).toEqual([busy]);
    expect(
      itemsOf(next)
        .map((item) => item.title)
        .sort(),
    ).toEqual(["First", "Second", "Stays"]);
    // The quiet vault's list is the one already in memory, not a copy.
    const quietList = (snapshot: AccountSnapshot) => snapshot.lists.find((list) => list.vault.id === quiet);
    const known = index.read("Acme")!;
    expect(quietList(await index.refresh("Acme", known))).toBe(quietList(known));

    // Our own change leaves the vault's version unknown: the next refresh lists it again.
    app().resetCalls();
    index.applyItemChanges("Acme", { archived: [known.lists.find((list) => list.vault.id === busy)!.ids[0]!] });
    await index.refresh("Acme", index.read("Acme"));
    expect(
      app()
        .callsNamed("ItemsList")
        .map((call) => call.parameters?.vault_id),
    ).toEqual([busy]);

    app().resetCalls();
    await index.refresh("Acme", index.read("Acme"), { full: true });
    expect(app().callsNamed("ItemsList")).toHaveLength(2);
  });

  test("holds metadata only: no field value, OTP or Environment value reaches Cache, LocalStorage or logs", async () => {
    const world = generateWorld(app(), { seed: 7, accounts: 1, vaults: 4, items: 120, environments: 2 });
    const account = world.accounts[0]?.name as string;
    const index = new MetadataIndex();
    const snapshot = await index.refresh(account);
    expect(itemsOf(snapshot).length).toBeGreaterThan(100);
    // Exercise value-bearing calls too: they must not write anywhere.
    const refs = itemsOf(snapshot)
      .slice(0, 20)
      .map((item) => ({ account, vaultId: item.vaultId, itemId: item.id }));
    await getItems(refs);
    expect(canaryValues(app()).length).toBeGreaterThan(100);
    expectNoSecretLeak(app());
  });
});
