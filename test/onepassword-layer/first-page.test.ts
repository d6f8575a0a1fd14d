import fc from "fast-check";
import { browseKey, compareBrowse } from "../../src/lib/browse-order";
import type { VaultSummary } from "../../src/lib/model";
import { type ItemRow, VaultItems } from "../../src/lib/vault-items";
import { decodeFirstPage, firstPageOf, FIRST_PAGE_SIZE } from "../../src/onepassword/metadata-index/format";

/**
 * The stored first page is a merge of the vaults' lists (each already in browse order): it must give exactly what
 * sorting every active item of the account would, whatever the titles, their case and accents, and the ties.
 */

const vault = (id: string): VaultSummary => ({
  account: "Acme",
  id,
  title: `Vault ${id}`,
  description: "",
  type: "userCreated",
  itemCount: 0,
  createdAt: 0,
  updatedAt: 0,
});

const title = fc.oneof(
  fc.constantFrom("GitHub", "github", "Git Hub", "AWS prod", "aws Prod", "Ärger", "arger", "Zoë", "zoe", ""),
  fc.string({ maxLength: 6 }),
);
const row = (id: string): fc.Arbitrary<ItemRow> =>
  fc.record({ title, archived: fc.boolean() }).map(({ title, archived }) => ({
    id,
    title,
    category: "Login",
    websites: [],
    tags: [],
    archived,
    createdAt: 1,
    updatedAt: 2,
  }));
const vaultRows = (v: number) =>
  fc.integer({ min: 0, max: 160 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => row(`v${v}i${i}`))));
const account = fc
  .integer({ min: 0, max: 5 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, v) => vaultRows(v))));

test("the first page is the first active items of the whole account in browse order, with the counts", () => {
  fc.assert(
    fc.property(account, (perVault) => {
      const vaults = perVault.map((_, v) => vault(`v${v}`));
      const lists = perVault.map((rows, v) => VaultItems.of({ account: "Acme", id: `v${v}`, title: "" }, rows));
      const page = decodeFirstPage(
        JSON.parse(firstPageOf({ account: "Acme", vaults, lists, refreshedAt: 1, failures: [] })),
      );
      const active = perVault
        .flatMap((rows, v) => rows.map((row) => ({ ...row, vaultId: `v${v}` })))
        .filter((row) => !row.archived);
      const expected = active
        .map((row) => ({ row, key: browseKey(row.title) }))
        .sort((a, b) => compareBrowse(a.key, a.row, b.key, b.row))
        .slice(0, FIRST_PAGE_SIZE)
        .map(({ row }) => `${row.vaultId}/${row.id}/${row.title}`);
      expect(page?.items.map((item) => `${item.vaultId}/${item.id}/${item.title}`)).toEqual(expected);
      const all = perVault.flat().length;
      expect(page?.counts).toEqual({ active: active.length, archived: all - active.length });
    }),
    { numRuns: 150 },
  );
});
