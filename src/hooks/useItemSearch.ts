import { useMemo } from "react";
import { browseItems } from "../search/browse-items";
import { createItemSearch, type ItemFilter, type ItemSearchResult } from "../search/item-search";
import { tokenize } from "../lib/normalize";
import type { MetadataIndexState } from "./useMetadataIndex";

/** What the list asks of the search: the typed text, the dropdown's filter, one page of rows, frecency boosts. */
export interface ItemQuery {
  query: string;
  filter?: ItemFilter;
  /** How many rows to render; the rest is counted in `total` and reachable by pagination. */
  limit: number;
  /** By item key; see `ItemSearchOptions` of the search. */
  boosts?: ReadonlyMap<string, number>;
}

/**
 * The rows for a query: over the index's search once it is in, over the stored first page before (the first frame
 * lists it as it is; a query typed that early searches those rows). Searched once per input, the query taken as its
 * words: a re-render that changes none of them (moving the selection, a toast, a space typed between two words)
 * reuses the result, and so keeps every row element as it was.
 */
export function useItemSearch(
  index: Pick<MetadataIndexState, "search" | "firstPage">,
  options: ItemQuery,
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
