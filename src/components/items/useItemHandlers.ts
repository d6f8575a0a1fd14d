import { useMemo, useRef } from "react";
import type { ItemSummary } from "../../lib/model";
import { archiveSelected, copyEnvReferences, deleteSelected, keyOf, type BatchHost } from "./batch-actions";
import type { ReferenceContext } from "./item-shape";
import type { ItemHandlers } from "./SelectionActions";
import type { ItemIndexState } from "../../hooks/useItemIndex";
import type { Selection } from "../../hooks/useSelection";

export interface KeyLookup {
  get: (key: string) => ItemSummary | undefined;
}

/** What the item handlers act on, as of the latest render. */
export interface ItemHandlerState {
  selection: Selection;
  byKey: KeyLookup;
  /** The rows shown: "select all visible" selects these. */
  result: { items: readonly ItemSummary[] };
  context: ReferenceContext;
  index: Pick<ItemIndexState, "applyItemChanges" | "revalidate">;
}

/**
 * The item actions' handlers for Search Secrets: frecency, refresh, selection and the batch actions, which act on the
 * selection or, with nothing selected, on the row's item. `recordUse` is frecency's `record`.
 */
export function useItemHandlers(state: ItemHandlerState, recordUse: (key: string) => void): ItemHandlers {
  const frecencyRecord = useRef(recordUse);
  frecencyRecord.current = recordUse;
  // The handlers read the latest state through a ref, so one object serves every row for the whole session.
  const latest = useRef(state);
  latest.current = state;
  return useMemo<ItemHandlers>(() => {
    const targets = (item: ItemSummary): ItemSummary[] => {
      const { selection, byKey } = latest.current;
      if (selection.size === 0) return [item];
      return [...selection.selected].map((key) => byKey.get(key)).filter((found): found is ItemSummary => !!found);
    };
    const batchHost: BatchHost = {
      applyItemChanges: (account, changes) => latest.current.index.applyItemChanges(account, changes),
      keepSelected: (keys) => latest.current.selection.replace(keys),
    };
    return {
      onUsed: (item) => frecencyRecord.current(keyOf(item)),
      refresh: () => latest.current.index.revalidate(),
      toggle: (item) => latest.current.selection.toggle(keyOf(item)),
      selectAllVisible: () => latest.current.selection.selectAll(latest.current.result.items.map(keyOf)),
      clearSelection: () => latest.current.selection.clear(),
      archive: (item) => void archiveSelected(targets(item), batchHost),
      remove: (item) => void deleteSelected(targets(item), batchHost),
      copyEnvReferences: (item) => void copyEnvReferences(targets(item), latest.current.context),
      saved: (item) => latest.current.index.applyItemChanges(item.account, { upserted: [item] }),
    };
  }, []);
}
