import { host } from "../../test-world/host";
import { generateWorld } from "../../test-world/sim";
import { useSimulatedApp } from "../../test-world/support/world";
import { itemsOf, MetadataIndex } from "../../src/onepassword/metadata-index";

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
