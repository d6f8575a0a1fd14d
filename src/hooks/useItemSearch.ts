import { useMemo } from "react";
import type { ItemSummary } from "../lib/model";
import { browseKey, compareBrowse } from "../search/browse-order";
import { createItemSearch, type ItemFilter, type ItemSearchResult } from "../search/item-search";
import { tokenize } from "../search/normalize";
import { itemKey } from "../lib/item-key";
import type { ItemIndexState } from "./useItemIndex";

const keyOf = (item: ItemSummary) => itemKey({ account: item.account, vaultId: item.vaultId, itemId: item.id });

export interface ItemSearchOptions {
  query: string;
  filter?: ItemFilter;
  /** How many rows to render; the rest is counted in `total` and reachable by pagination. */
  limit: number;
  /** By item key; see `ItemSearchOptions` of the search. */
  boosts?: ReadonlyMap<string, number>;
}

function passes(item: ItemSummary, filter: ItemFilter | undefined): boolean {
  if (filter?.accounts?.length && !filter.accounts.includes(item.account)) return false;
  if (filter?.vaultIds?.length && !filter.vaultIds.includes(item.vaultId)) return false;
  if (filter?.categories?.length && !filter.categories.includes(item.category)) return false;
  const archived = filter?.archived ?? "exclude";
  return archived === "include" || (archived === "only") === item.archived;
}

interface BrowseEntry {
  item: ItemSummary;
  boost: number;
  key: string;
}

/** Higher boost first, then the browse order: the search index's empty-query order. */
function compareEntries(a: BrowseEntry, b: BrowseEntry): number {
  return b.boost - a.boost || compareBrowse(a.key, a.item, b.key, b.item);
}

/** Keeps the best `limit` entries in a max-heap on `compareEntries` (worst on top): O(n log limit), no full sort. */
function keepBest(heap: BrowseEntry[], entry: BrowseEntry, limit: number): void {
  if (heap.length < limit) {
    heap.push(entry);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (compareEntries(heap[i]!, heap[parent]!) <= 0) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  } else if (compareEntries(entry, heap[0]!) < 0) {
    heap[0] = entry;
    for (let i = 0; ;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && compareEntries(heap[left]!, heap[worst]!) > 0) worst = left;
      if (right < heap.length && compareEntries(heap[right]!, heap[worst]!) > 0) worst = right;
      if (worst === i) break;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  }
}

/**
 * The empty-query listing without the search index (what the index's browse returns: by boost, then title), for the
 * first frame, which lists the stored first page before the search is built. Only the best `limit` rows are ordered
 * (a bounded heap).
 */
export function browseItems(
  items: readonly ItemSummary[],
  options: Pick<ItemSearchOptions, "filter" | "limit" | "boosts">,
): ItemSearchResult {
  const heap: BrowseEntry[] = [];
  let total = 0;
  for (const item of items) {
    if (!passes(item, options.filter)) continue;
    total++;
    if (options.limit > 0)
      keepBest(heap, { item, boost: options.boosts?.get(keyOf(item)) ?? 0, key: browseKey(item.title) }, options.limit);
  }
  heap.sort(compareEntries);
  return { items: heap.map((entry) => entry.item), total };
}

/**
 * The rows for a query: over the index's search once it is in, over the stored first page before (the first frame
 * lists it as it is; a query typed that early searches those rows). Searched once per input, the query taken as its
 * words: a re-render that changes none of them (moving the selection, a toast, a space typed between two words)
 * reuses the result, and so keeps every row element as it was.
 */
export function useItemSearch(
  index: Pick<ItemIndexState, "search" | "firstPage">,
  options: ItemSearchOptions,
): ItemSearchResult {
  const { filter, limit, boosts } = options;
  const words = tokenize(options.query).join(" ");
  const firstPageSearch = useMemo(
    () => (index.search || words === "" ? undefined : createItemSearch(index.firstPage)),
    [index.search, index.firstPage, words === ""],
  );
  return useMemo(() => {
    const search = index.search ?? firstPageSearch;
    return search
      ? search.search(words, { filter, limit, boosts })
      : browseItems(index.firstPage, { filter, limit, boosts });
  }, [index.search, index.firstPage, firstPageSearch, words, filter, limit, boosts]);
}
