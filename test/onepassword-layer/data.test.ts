import { host } from "../../test-world/host";
import { generateWorld } from "../../test-world/sim";
import { canaryValues, expectNoSecretLeak } from "../../test-world/support/canary";
import { useSimulatedApp } from "../../test-world/support/world";
import {
  archiveItems,
  deleteItems,
  getItems,
  itemKey,
  listVaultItems,
  type ItemRef,
} from "../../src/onepassword/items";
import { type AccountSnapshot, itemsOf, MetadataIndex } from "../../src/onepassword/metadata-index";
import { LISTING_BYTES_PER_ITEM } from "../../src/onepassword/heap-room";
import { describeVaultFailures } from "../../src/components/items/vault-failures";
import { createVault, getVaultWithAccess, grantGroupPermissions, listVaults } from "../../src/onepassword/vaults";
import { getGroup } from "../../src/onepassword/groups";
import { getEnvironmentVariables } from "../../src/onepassword/environments";
import { resolveSecretReference } from "../../src/onepassword/secrets";
import {
  addEnvironment,
  listRegisteredEnvironments,
  moveEnvironment,
  removeEnvironment,
  renameEnvironment,
} from "../../src/onepassword/registered-environments";

const app = useSimulatedApp();

test("lists vaults and items of two accounts, addressed by name and by UUID", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const home = app().addAccount({ name: "Home", type: "family" });
  const work = acme.addVault({ title: "Engineering" });
  acme.addItem(work, { title: "GitHub", category: "Login", websites: ["https://github.com"] });
  const personal = home.addVault({ title: "Personal", type: "personal" });
  home.addItem(personal, { title: "Netflix", category: "Login" });

  const index = new MetadataIndex();
  const [a, b] = await Promise.all([index.refresh("Acme"), index.refresh(home.uuid)]);
  expect(itemsOf(a).map((item) => [item.title, item.vaultTitle, item.account])).toEqual([
    ["GitHub", "Engineering", "Acme"],
  ]);
  expect(itemsOf(a)[0]?.websites).toEqual(["github.com"]);
  expect(itemsOf(b).map((item) => item.title)).toEqual(["Netflix"]);
  expect(b.vaults[0]).toMatchObject({ title: "Personal", type: "personal", itemCount: 1, account: home.uuid });
});

test("one vault failing does not lose the other vaults' items", async () => {
  const acme = app().addAccount({ name: "Acme" });
  const open = acme.addVault({ title: "Open" });
  const closed = acme.addVault({ title: "Closed" });
  acme.addItem(open, { title: "Visible", category: "Password" });
  acme.addItem(closed, { title: "Hidden", category: "Password" });
  app().denyVault(closed, ["read"]);
  const vaults = await listVaults("Acme");
  const byTitle = new Map(vaults.map((vault) => [vault.title, vault]));
  const visible = await listVaultItems("Acme", byTitle.get("Open")!);
  expect(visible.titles).toEqual(["Visible"]);
  await expect(listVaultItems("Acme", byTitle.get("Closed")!)).rejects.toMatchObject({ kind: "permission-denied" });
  const snapshot = await new MetadataIndex().refresh("Acme");
  expect(itemsOf(snapshot).map((item) => item.title)).toEqual(["Visible"]);
  expect(snapshot.failures).toEqual([
    {
      vaultId: byTitle.get("Closed")!.id,
      vaultTitle: "Closed",
      error: expect.objectContaining({ kind: "permission-denied" }),
    },
  ]);
});

test("an item saved into a vault the index could not list adds to the app's count, not to a count of one", async () => {
  const acme = app().addAccount({ name: "Acme" });
  const closed = acme.addVault({ title: "Closed" });
  for (const title of ["One", "Two", "Three"]) acme.addItem(closed, { title, category: "Password" });
  app().denyVault(closed, ["read"]);
  const index = new MetadataIndex();
  const snapshot = await index.refresh("Acme");
  expect(snapshot.failures.map((failure) => failure.vaultTitle)).toEqual(["Closed"]);
  const vault = snapshot.vaults.find((candidate) => candidate.id === closed)!;
  expect(vault.itemCount).toBe(3);
  const saved = { ...itemsOfVault(vault), id: "n".repeat(26), title: "Saved Here" };
  const next = index.applyItemChanges("Acme", { upserted: [saved] }, snapshot);
  expect(next?.vaults.find((candidate) => candidate.id === closed)?.itemCount).toBe(4);
  expect(index.readVaults("Acme")?.find((candidate) => candidate.id === closed)?.itemCount).toBe(4);
});

function itemsOfVault(vault: { account: string; id: string; title: string }) {
  return {
    account: vault.account,
    vaultId: vault.id,
    vaultTitle: vault.title,
    id: "",
    title: "",
    category: "Password" as const,
    websites: [],
    tags: [],
    archived: false,
    createdAt: 0,
    updatedAt: 0,
  };
}

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

describe("vaults, groups, Environments, references", () => {
  test("create, read access, grant, group names", async () => {
    const acme = app().addAccount({ name: "Acme", type: "business" });
    const group = acme.addGroup({ title: "Developers" });
    const vault = await createVault("Acme", { title: "New Project", description: "for the launch" });
    expect(vault).toMatchObject({ title: "New Project", description: "for the launch", itemCount: 0 });
    await grantGroupPermissions("Acme", vault.id, group, 32 | 16);
    const { accessors } = await getVaultWithAccess("Acme", vault.id);
    expect(accessors).toContainEqual({ type: "group", id: group, permissions: 48 });
    expect((await getGroup("Acme", group)).title).toBe("Developers");
  });

  test("Environment variables and secret references resolve live", async () => {
    const acme = app().addAccount({ name: "Acme" });
    const env = acme.addEnvironment({
      name: "Staging",
      variables: [{ name: "API_KEY", value: "canary-env-1", masked: true }],
    });
    expect(await getEnvironmentVariables("Acme", env)).toEqual([
      { name: "API_KEY", value: "canary-env-1", masked: true },
    ]);
    const vault = acme.addVault({ title: "Dev" });
    acme.addItem(vault, {
      title: "Stripe",
      category: "ApiCredentials",
      fields: [{ id: "credential", title: "credential", fieldType: "Concealed", value: "sk_live_canary" }],
    });
    expect(await resolveSecretReference("Acme", "op://Dev/Stripe/credential")).toBe("sk_live_canary");
  });

  test("registered Environments: add validates by fetching; rename, reorder, remove; values never stored", async () => {
    const acme = app().addAccount({ name: "Acme" });
    const staging = acme.addEnvironment({
      name: "Staging",
      variables: [{ name: "TOKEN", value: "canary-staging-value", masked: true }],
    });
    const prod = acme.addEnvironment({ name: "Prod", variables: [] });
    const added = await addEnvironment({ id: staging.toUpperCase(), label: " Staging ", account: "Acme" });
    expect(added).toEqual({ environment: { id: staging, label: "Staging", account: "Acme" }, variableCount: 1 });
    await addEnvironment({ id: prod, label: "Prod", account: "Acme" });
    await expect(addEnvironment({ id: "short", label: "x", account: "Acme" })).rejects.toMatchObject({
      title: "Invalid Environment ID",
    });
    await expect(addEnvironment({ id: "b".repeat(26), label: "x", account: "Acme" })).rejects.toMatchObject({
      title: "Environment Not Found",
    });
    await expect(addEnvironment({ id: prod, label: "Again", account: "Acme" })).rejects.toMatchObject({
      title: "Already Added",
    });
    await renameEnvironment({ id: prod, account: "Acme" }, "Production");
    await moveEnvironment({ id: prod, account: "Acme" }, -1);
    expect((await listRegisteredEnvironments()).map((e) => e.label)).toEqual(["Production", "Staging"]);
    await removeEnvironment({ id: staging, account: "Acme" });
    expect((await listRegisteredEnvironments()).map((e) => e.label)).toEqual(["Production"]);
    expectNoSecretLeak(app(), ["canary-staging-value"]);
  });
});

describe("the stored first page", () => {
  test("holds every vault, the first 200 active items in browse order and the counts; invalidated with the rest", async () => {
    const acme = app().addAccount({ name: "Acme" });
    const vaults = [acme.addVault({ title: "One" }), acme.addVault({ title: "Two" })];
    for (let i = 0; i < 260; i++) {
      const vault = vaults[i % 2] as string;
      acme.addItem(vault, { title: `Item ${String(i).padStart(3, "0")}`, category: "Login", archived: i % 13 === 0 });
    }
    const index = new MetadataIndex();
    const snapshot = await index.refresh("Acme");
    const page = index.readFirstPage("Acme");
    const active = itemsOf(snapshot).filter((item) => !item.archived);
    expect(page?.counts).toEqual({ active: active.length, archived: itemsOf(snapshot).length - active.length });
    expect(page?.vaults.map((vault) => vault.title).sort()).toEqual(["One", "Two"]);
    expect(page?.items).toHaveLength(200);
    expect(page?.items.every((item) => !item.archived)).toBe(true);
    const expected = active
      .map((item) => item.title)
      .sort()
      .slice(0, 200);
    expect(page?.items.map((item) => item.title)).toEqual(expected);
    // Our own mutation updates it in place too.
    const first = page?.items[0];
    index.applyItemChanges("Acme", { removed: [first?.id as string] });
    expect(index.readFirstPage("Acme")?.items[0]?.title).not.toBe(first?.title);
    expect(index.readFirstPage("Acme")?.counts.active).toBe(active.length - 1);
    index.invalidate("Acme");
    expect(index.readFirstPage("Acme")).toBeUndefined();
  });
});

test("a large index is stored vault by vault in entries of 2,000 rows; a change rewrites only its vault; a missing entry voids the read", async () => {
  const world = generateWorld(app(), { seed: 3, accounts: 1, vaults: 4, items: 12_000 });
  const account = world.accounts[0]?.name as string;
  const index = new MetadataIndex();
  const snapshot = await index.refresh(account);
  const keys = () => Object.keys(host.cache["metadata-index"] ?? {}).filter((key) => key.includes(account));
  const rowKeys = () => keys().filter((key) => key.startsWith(`rows:${account}:`));
  const entriesOf = (list: { size: number }) => Math.ceil(list.size / 2_000);
  const total = snapshot.lists.reduce((sum, list) => sum + entriesOf(list), 0);
  expect(snapshot.lists.some((list) => entriesOf(list) > 1)).toBe(true);
  expect(rowKeys()).toHaveLength(total);
  expect(keys()).toEqual(expect.arrayContaining([`account:${account}`, `first-page:${account}`]));
  expect(itemsOf(new MetadataIndex().read(account)!)).toHaveLength(itemsOf(snapshot).length);

  // Our own deletion of most of one vault's items rewrites that vault's entries only, fewer of them; its old
  // entries are removed, not left behind.
  const list = snapshot.lists.find((candidate) => entriesOf(candidate) > 1)!;
  const before = new Set(rowKeys());
  index.applyItemChanges(account, { removed: list.ids.slice(0, list.size - 10) }, snapshot);
  const after = new Set(rowKeys());
  const gone = [...before].filter((key) => !after.has(key));
  expect(gone).toHaveLength(entriesOf(list));
  expect(gone.every((key) => key.includes(list.vault.id))).toBe(true);
  expect(after.size).toBe(total - entriesOf(list) + 1);
  expect(itemsOf(index.read(account)!)).toHaveLength(itemsOf(snapshot).length - (list.size - 10));

  // An entry lost (Raycast evicts Cache entries under pressure): the snapshot is not half-read.
  host.internal.cache.get("metadata-index")?.delete(rowKeys()[0]!);
  expect(index.read(account)).toBeUndefined();
});
