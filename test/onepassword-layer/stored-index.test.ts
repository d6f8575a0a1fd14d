import { host } from "../../test-world/host";
import { generateWorld } from "../../test-world/sim";
import { useSimulatedApp } from "../../test-world/support/world";
import { itemsOf, MetadataIndex } from "../../src/onepassword/metadata-index";
import { MAX_KEPT_CHANGES } from "../../src/onepassword/metadata-index/store";
import type { ItemSummary } from "../../src/lib/model";
import type { VaultItems } from "../../src/lib/vault-items";

/** How the index is stored in the Cache: the first page apart, the rows vault by vault. */
const app = useSimulatedApp();

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

test("an archive or delete over many vaults writes the head alone: the rows stay, the changes are read back with them", async () => {
  const world = generateWorld(app(), { seed: 5, accounts: 1, vaults: 6, items: 3_000 });
  const account = world.accounts[0]?.name as string;
  const index = new MetadataIndex();
  const listed = await index.refresh(account);
  let snapshot = listed;
  const rowEntries = () =>
    Object.entries(host.cache["metadata-index"] ?? {}).filter(([key]) => key.startsWith(`rows:${account}:`));
  const rowsBefore = rowEntries();
  const active = (list: VaultItems) => list.ids.filter((_, i) => !list.archived(i));
  // A few items of every vault, archived and deleted.
  const archived = snapshot.lists.flatMap((list) => active(list).slice(0, 3));
  const removed = snapshot.lists.flatMap((list) => active(list).slice(3, 5));
  snapshot = index.applyItemChanges(account, { archived }, snapshot)!;
  snapshot = index.applyItemChanges(account, { removed }, snapshot)!;
  expect(rowEntries()).toEqual(rowsBefore);
  const read = new MetadataIndex().read(account)!;
  const state = (items: ItemSummary[]) => items.map((item) => `${item.id}:${item.archived}`).sort();
  expect(state(itemsOf(read))).toEqual(state(itemsOf(snapshot)));
  expect(
    itemsOf(read)
      .filter((item) => archived.includes(item.id))
      .every((item) => item.archived),
  ).toBe(true);
  expect(itemsOf(read).some((item) => removed.includes(item.id))).toBe(false);
  // The changed vaults are no longer exactly a listing: the next refresh lists them again (this app was not told of
  // the changes, so it answers as before) and writes their rows.
  const refreshed = await index.refresh(account);
  expect(state(itemsOf(refreshed))).toEqual(state(itemsOf(listed)));
  expect(rowEntries().some(([key]) => rowsBefore.some(([old]) => old === key))).toBe(false);
});

test(`past ${MAX_KEPT_CHANGES.toLocaleString("en-US")} changes noted beside a vault's rows, its rows are written again`, async () => {
  const world = generateWorld(app(), { seed: 6, accounts: 1, vaults: 1, items: 3_000 });
  const account = world.accounts[0]?.name as string;
  const index = new MetadataIndex();
  const snapshot = await index.refresh(account);
  const rowKeys = () => Object.keys(host.cache["metadata-index"] ?? {}).filter((key) => key.startsWith("rows:"));
  const before = rowKeys();
  const list = snapshot.lists[0]!;
  const next = index.applyItemChanges(account, { archived: list.ids.slice(0, MAX_KEPT_CHANGES) }, snapshot)!;
  expect(rowKeys()).toEqual(before);
  index.applyItemChanges(account, { removed: [list.ids[MAX_KEPT_CHANGES]!] }, next);
  expect(rowKeys().some((key) => before.includes(key))).toBe(false);
  const head = JSON.parse(host.cache["metadata-index"]?.[`account:${account}`] ?? "{}") as { lists: object[] };
  expect(head.lists[0]).not.toHaveProperty("archived");
  expect(itemsOf(new MetadataIndex().read(account)!).filter((item) => item.archived).length).toBeGreaterThanOrEqual(
    MAX_KEPT_CHANGES,
  );
});
