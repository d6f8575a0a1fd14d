import { summaryKey } from "../lib/item-key";
import type { ItemSummary } from "../lib/model";
import { browseKey, compareBrowse } from "../lib/browse-order";
import { itemPassesFilter } from "./filter-mask";
import { DEFAULT_LIMIT, type ItemSearchOptions, type ItemSearchResult } from "./item-search";

/**
 * The empty-query listing of plain item overviews, as the search index's browse lists them (by boost, then the browse
 * order), for the first frame: it lists the stored first page, a few hundred rows, before the search index is built.
 */
export function browseItems(
  items: readonly ItemSummary[],
  options: Pick<ItemSearchOptions, "filter" | "limit" | "boosts">,
): ItemSearchResult {
  const entries = items
    .filter((item) => itemPassesFilter(item, options.filter))
    .map((item) => ({
      item,
      boost: options.boosts?.get(summaryKey(item)) ?? 0,
      key: browseKey(item.title),
    }));
  entries.sort((a, b) => b.boost - a.boost || compareBrowse(a.key, a.item, b.key, b.item));
  return { items: entries.slice(0, options.limit ?? DEFAULT_LIMIT).map((entry) => entry.item), total: entries.length };
}
