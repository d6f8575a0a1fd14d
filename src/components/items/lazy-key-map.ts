import type { ItemSummary } from "../../lib/model";
import { keyOf } from "./batch-actions";

export interface KeyLookup {
  get: (key: string) => ItemSummary | undefined;
}

/** A key → item lookup that indexes the items the first time it is asked. */
export function lazyKeyMap(items: readonly ItemSummary[]): KeyLookup {
  let map: Map<string, ItemSummary> | undefined;
  return {
    get: (key) => {
      map ??= new Map(items.map((item) => [keyOf(item), item]));
      return map.get(key);
    },
  };
}
