import { createContext, useContext, useMemo, useRef, type ReactNode } from "react";
import type { MetadataIndexState } from "../../hooks/useMetadataIndex";
import type { Selection } from "../../hooks/useSelection";
import type { ItemSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { archiveSelected, copyEnvReferences, deleteSelected, keyOf, type BatchHost } from "./batch-actions";
import { useSubmitGuard } from "../shared/useSubmitGuard";
import type { ReferenceContext } from "../../domain/item-shape";
import type { ScreenLinks } from "../shared/screen-links";

/**
 * What Search Secrets' item actions read, provided once by the screen (ItemList) instead of handed down every row.
 * Two contexts because they change at different speeds: a row is memoized and reads only the screen, which stays
 * the same while typing and moving the selection; the selection changes with every toggle and is read only by the
 * selection actions, which only the selected row's full panel has.
 */

export interface ItemScreen {
  preferences: Preferences;
  /** Several accounts: rows name theirs. */
  showAccount: boolean;
  references: ReferenceContext;
  /** After a secret was delivered or the item opened: frecency. */
  recordUse: (item: ItemSummary) => void;
  refresh: () => void;
  /** After Save Item created an item: it joins this launch's index (and the cached one) at once. */
  saved: (item: ItemSummary) => void;
  /** Save Item, when the command hands it in. */
  saveItem?: ScreenLinks["saveItem"];
}

export interface ItemSelection {
  /** How many items are selected. */
  count: number;
  isSelected: (item: ItemSummary) => boolean;
  toggle: (item: ItemSummary) => void;
  selectAllVisible: () => void;
  clear: () => void;
  /** The batch actions act on the selection, or on this item when nothing is selected. */
  archive: (item: ItemSummary) => void;
  remove: (item: ItemSummary) => void;
  copyEnvReferences: (item: ItemSummary) => void;
}

const ScreenContext = createContext<ItemScreen | undefined>(undefined);
const SelectionContext = createContext<ItemSelection | undefined>(undefined);

export function useItemScreen(): ItemScreen {
  const screen = useContext(ScreenContext);
  if (!screen) throw new Error("useItemScreen outside an ItemScreenProvider");
  return screen;
}

export function useItemSelection(): ItemSelection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("useItemSelection outside an ItemScreenProvider");
  return selection;
}

export function ItemScreenProvider(props: { screen: ItemScreen; selection: ItemSelection; children: ReactNode }) {
  return (
    <ScreenContext.Provider value={props.screen}>
      <SelectionContext.Provider value={props.selection}>{props.children}</SelectionContext.Provider>
    </ScreenContext.Provider>
  );
}

export interface ItemScreenState {
  preferences: Preferences;
  showAccount: boolean;
  references: ReferenceContext;
  index: Pick<MetadataIndexState, "applyItemChanges" | "revalidate" | "lookup">;
  selection: Selection;
  /** The rows shown: "select all visible" selects these. */
  visible: readonly ItemSummary[];
  /** Frecency's `record`. */
  recordUse: (key: string) => void;
  /** Takes rows off the list while an archive or delete runs. */
  hideWhileRunning: BatchHost["hideWhileRunning"];
  saveItem?: ScreenLinks["saveItem"];
}

/** The two context values for ItemList, each memoized on what it reads so that it changes only when that does. */
export function useItemScreenValues(state: ItemScreenState): { screen: ItemScreen; selection: ItemSelection } {
  const { preferences, showAccount, references, index, selection, visible, recordUse, hideWhileRunning, saveItem } =
    state;
  const { guard } = useSubmitGuard();
  const { applyItemChanges, revalidate, lookup } = index;
  // A batch, or Save Item's pushed form, finishes later: it applies its changes to the index as it is then, not as it
  // was when the action ran (a refresh may have landed in between).
  const latestApply = useRef(applyItemChanges);
  latestApply.current = applyItemChanges;
  const screen = useMemo<ItemScreen>(
    () => ({
      preferences,
      showAccount,
      references,
      recordUse: (item) => recordUse(keyOf(item)),
      refresh: () => revalidate(),
      saved: (item) => latestApply.current(item.account, { upserted: [item] }),
      saveItem,
    }),
    [preferences, showAccount, references, recordUse, revalidate, saveItem],
  );
  const itemSelection = useMemo<ItemSelection>(() => {
    const targets = (item: ItemSummary): ItemSummary[] => {
      if (selection.size === 0) return [item];
      return [...selection.selected].map(lookup).filter((found): found is ItemSummary => !!found);
    };
    const host: BatchHost = {
      applyItemChanges: (account, changes) => latestApply.current(account, changes),
      keepSelected: selection.replace,
      hideWhileRunning,
      guard,
    };
    return {
      count: selection.size,
      isSelected: (item) => selection.isSelected(keyOf(item)),
      toggle: (item) => selection.toggle(keyOf(item)),
      selectAllVisible: () => selection.selectAll(visible.map(keyOf)),
      clear: selection.clear,
      archive: (item) => void archiveSelected(targets(item), host),
      remove: (item) => void deleteSelected(targets(item), host),
      copyEnvReferences: (item) => void copyEnvReferences(targets(item), references),
    };
  }, [selection, visible, lookup, references, hideWhileRunning, guard]);
  return { screen, selection: itemSelection };
}
