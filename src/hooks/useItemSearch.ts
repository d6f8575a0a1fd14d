import { useEffect, useRef, useState } from "react";
import type { ItemSummary } from "../lib/model";
import { browseKey, compareBrowse } from "../search/browse-order";
import { createItemSearch, type ItemFilter, type ItemSearch, type ItemSearchResult } from "../search/item-search";

export interface ItemSearchOptions {
  query: string;
  filter?: ItemFilter;
  /** How many rows to render; the rest is counted in `total` and reachable by pagination. */
  limit: number;
  boost?: (item: ItemSummary) => number;
}

function sameItem(a: ItemSummary, b: ItemSummary): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.updatedAt === b.updatedAt &&
    a.archived === b.archived &&
    a.vaultId === b.vaultId &&
    a.vaultTitle === b.vaultTitle &&
    a.account === b.account &&
    a.category === b.category &&
    a.websites.join("\n") === b.websites.join("\n") &&
    a.tags.join("\n") === b.tags.join("\n")
  );
}

/** Whether a refresh brought exactly what the cache had: then the search index is kept (a rebuild costs ~0.4 s). */
export function sameItems(a: readonly ItemSummary[], b: readonly ItemSummary[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameItem(a[i]!, b[i]!)) return false;
  return true;
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
 * first frame: building the index for 50,000 items takes ~0.4 s and must not delay the cached paint. Only the best
 * `limit` rows are ordered (a bounded heap), which at 50,000 items is several times faster than sorting them all.
 */
export function browseItems(
  items: readonly ItemSummary[],
  options: Pick<ItemSearchOptions, "filter" | "limit" | "boost">,
): ItemSearchResult {
  const heap: BrowseEntry[] = [];
  let total = 0;
  for (const item of items) {
    if (!passes(item, options.filter)) continue;
    total++;
    if (options.limit > 0)
      keepBest(heap, { item, boost: options.boost?.(item) ?? 0, key: browseKey(item.title) }, options.limit);
  }
  heap.sort(compareEntries);
  return { items: heap.map((entry) => entry.item), total };
}

/**
 * Search over the index snapshot. The search index is built once per snapshot, not per keystroke, and not at all
 * when a refresh brings the same items; the first frame is listed without it and the index is built right after.
 */
export function useItemSearch(items: readonly ItemSummary[], options: ItemSearchOptions): ItemSearchResult {
  const stable = useRef({ seen: items, snapshot: items });
  if (stable.current.seen !== items) {
    // Compared once per new array, not per render.
    stable.current = {
      seen: items,
      snapshot: sameItems(stable.current.snapshot, items) ? stable.current.snapshot : items,
    };
  }
  const snapshot = stable.current.snapshot;
  const built = useRef<{ items: readonly ItemSummary[]; search: ItemSearch }>(undefined);
  const last = useRef<{ inputs: readonly unknown[]; result: ItemSearchResult }>(undefined);
  const [, setReady] = useState(0);

  const searchFor = (source: readonly ItemSummary[]): ItemSearch => {
    if (built.current?.items !== source) built.current = { items: source, search: createItemSearch(source) };
    return built.current.search;
  };

  useEffect(() => {
    if (built.current?.items === snapshot) return;
    const timer = setTimeout(() => {
      searchFor(snapshot);
      setReady((n) => n + 1);
    }, 0);
    return () => clearTimeout(timer);
  }, [snapshot]);

  const { query, filter, limit, boost } = options;
  const indexed = built.current?.items === snapshot || query.trim() !== "";
  // Re-renders that change nothing here (moving the selection, a toast) must not search again.
  const inputs = [snapshot, indexed, query, filter, limit, boost];
  if (last.current && last.current.inputs.every((input, i) => input === inputs[i])) return last.current.result;
  const result = indexed
    ? searchFor(snapshot).search(query, { filter, limit, boost })
    : browseItems(snapshot, { filter, limit, boost });
  last.current = { inputs, result };
  return result;
}
