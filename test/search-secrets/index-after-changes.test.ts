import fc from "fast-check";
import { groupBy, vaultKeyOf } from "../../src/lib/group-by";
import type { ItemSummary } from "../../src/lib/model";
import { type ItemRow, VaultItems } from "../../src/lib/vault-items";
import { createVaultSearch, type ItemFilter } from "../../src/search/item-search";
import { buildWordIndex, rebindWordIndex } from "../../src/search/word-index";
import { generateItemSummaries } from "../../test-world/fixtures/item-summaries";

/** What the extension's own item changes (archive, delete, save) do to the index's lists and to the search on them. */

const items = generateItemSummaries({ count: 600, vaults: 6, seed: 7 });
const listsOf = (summaries: readonly ItemSummary[]) =>
  groupBy(summaries, vaultKeyOf).map((list) =>
    VaultItems.of({ account: list[0]!.account, id: list[0]!.vaultId, title: list[0]!.vaultTitle }, list),
  );
const rowsOf = (list: VaultItems) => Array.from({ length: list.size }, (_, i) => list.row(i));

/** The changes as rows would take them, one by one: the reference the column-to-column copy must equal. */
function expectedRows(list: VaultItems, removed: Set<string>, archived: Set<string>, upserted: Map<string, ItemRow>) {
  const rows = rowsOf(list)
    .filter((row) => !removed.has(row.id))
    .map((row) => upserted.get(row.id) ?? (archived.has(row.id) ? { ...row, archived: true } : row));
  const present = new Set(rowsOf(list).map((row) => row.id));
  for (const [id, row] of upserted) if (!present.has(id) && !removed.has(id)) rows.push(row);
  return rows;
}

test("a list with items removed, archived and saved holds exactly the rows those changes give", () => {
  const list = listsOf(items)[0]!;
  const ids = rowsOf(list).map((row) => row.id);
  const someIds = fc.subarray([...ids, "new-1", "new-2"]);
  fc.assert(
    fc.property(someIds, someIds, someIds, fc.string({ maxLength: 8 }), (removed, archived, saved, title) => {
      const upserted = new Map<string, ItemRow>(
        saved.map((id) => [
          id,
          {
            id,
            title,
            category: "Login",
            websites: ["example.com"],
            tags: ["x"],
            archived: false,
            createdAt: 1,
            updatedAt: 2,
          },
        ]),
      );
      const changes = { removed: new Set(removed), archived: new Set(archived), upserted };
      const changed = list.withChanges(changes);
      const expected = VaultItems.of(list.vault, expectedRows(list, changes.removed, changes.archived, upserted));
      expect(changed.sameRows(expected)).toBe(true);
      expect(rowsOf(changed)).toEqual(rowsOf(expected));
    }),
    { numRuns: 200 },
  );
});

test("removing and archiving alone keep the order without sorting again; an archive alone shares the words", () => {
  const list = listsOf(items)[1]!;
  const someIds = fc.subarray(rowsOf(list).map((row) => row.id));
  fc.assert(
    fc.property(someIds, someIds, (removed, archived) => {
      const changes = { removed: new Set(removed), archived: new Set(archived), upserted: new Map<string, ItemRow>() };
      const changed = list.withChanges(changes);
      const expected = VaultItems.of(list.vault, expectedRows(list, changes.removed, changes.archived, new Map()));
      expect(rowsOf(changed)).toEqual(rowsOf(expected));
      expect(changed.ids === list.ids).toBe(removed.length === 0);
      expect(changed.sameWords(list)).toBe(removed.length === 0);
    }),
    { numRuns: 200 },
  );
});

describe("the search after the lists change", () => {
  const lists = listsOf(items);
  const queries = ["", "git", "aws prod", "stirpe", "s3", "key"];
  const filters: ItemFilter[] = [{}, { archived: "only" }, { archived: "include" }];
  const results = (search: ReturnType<typeof createVaultSearch>) =>
    queries.flatMap((query) =>
      filters.map((filter) => {
        const { items: found, total, closest } = search.search(query, { filter, limit: 40 });
        return { ids: found.map((item) => `${item.vaultId}/${item.id}/${item.archived}`), total, closest };
      }),
    );

  test("archiving keeps the word index and the search answers as one built afresh", () => {
    const archived = new Set(items.filter((_, i) => i % 7 === 0).map((item) => item.id));
    const changed = lists.map((list) => list.withChanges({ removed: new Set(), archived, upserted: new Map() }));
    const index = buildWordIndex(lists);
    expect(rebindWordIndex(index, changed)?.postingItems).toBe(index.postingItems);
    const before = createVaultSearch(lists);
    before.search("git");
    expect(results(createVaultSearch(changed, before))).toEqual(results(createVaultSearch(changed)));
    expect(results(createVaultSearch(changed))).not.toEqual(results(before));
  });

  test("a change of words (a title, a removed item) builds the index again, and answers as a fresh one", () => {
    const [first] = items;
    const renamed = new Map<string, ItemRow>([[first!.id, { ...first!, title: "Zebra Renamed" }]]);
    const retitled = lists.map((list) =>
      list.withChanges({ removed: new Set(), archived: new Set(), upserted: renamed }),
    );
    const index = buildWordIndex(lists);
    expect(rebindWordIndex(index, retitled)).toBeUndefined();
    const removed = lists.map((list) =>
      list.withChanges({ removed: new Set([items[3]!.id]), archived: new Set(), upserted: new Map() }),
    );
    expect(rebindWordIndex(index, removed)).toBeUndefined();
    const before = createVaultSearch(lists);
    expect(results(createVaultSearch(retitled, before))).toEqual(results(createVaultSearch(retitled)));
    expect(createVaultSearch(retitled, before).search("zebra renamed").items[0]?.id).toBe(first!.id);
    expect(results(createVaultSearch(removed, before))).toEqual(results(createVaultSearch(removed)));
  });
});
