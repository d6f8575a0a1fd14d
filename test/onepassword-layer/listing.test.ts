import { useSimulatedApp } from "../../test-world/support/world";
import { listVaultItems } from "../../src/onepassword/items";
import { itemsOf, MetadataIndex } from "../../src/onepassword/metadata-index";
import { listVaults } from "../../src/onepassword/vaults";

/** Listing vaults and items across accounts, and what one vault that cannot be read leaves. */
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

test("a refresh told to report progress lists the smallest vaults first and reports each doubling, none stored", async () => {
  const acme = app().addAccount({ name: "Acme" });
  const sizes = { Large: 40, Small: 1, Medium: 6, Tiny: 2, Big: 12 };
  for (const [title, count] of Object.entries(sizes)) {
    const vault = acme.addVault({ title });
    for (let i = 0; i < count; i++) acme.addItem(vault, { title: `${title} ${i}`, category: "Password" });
  }
  const index = new MetadataIndex();
  const reported: number[] = [];
  const snapshot = await index.refresh("Acme", undefined, {
    onProgress: (partial) => {
      reported.push(itemsOf(partial).length);
      expect(partial.vaults).toHaveLength(5);
      expect(index.read("Acme")).toBeUndefined();
    },
  });
  const listed = app()
    .callsNamed("ItemsList")
    .map((call) => snapshot.vaults.find((vault) => vault.id === call.parameters?.vault_id)?.title);
  expect(listed).toEqual(["Small", "Tiny", "Medium", "Big", "Large"]);
  // 1, then 1 + 2 (at least twice 1), 9, 21, 61: what is built on each costs at most twice the whole.
  expect(reported).toEqual([1, 3, 9, 21, 61]);
  expect(itemsOf(snapshot)).toHaveLength(61);
  expect(index.read("Acme")?.lists).toHaveLength(5);
});
