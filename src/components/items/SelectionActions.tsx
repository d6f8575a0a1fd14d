import { Action, ActionPanel, Icon } from "@raycast/api";
import type { ItemSummary } from "../../lib/model";
import { plural } from "../batch-toast";
import { SHORTCUTS } from "./shortcuts";
import { ClearSelectionAction, SelectAllAction, ToggleSelectionAction } from "../SelectionModeActions";

/** What the list does for an item's actions; one stable object for all rows, so unchanged rows skip re-rendering. */
export interface ItemHandlers {
  /** After a secret was delivered or the item opened: frecency. */
  onUsed: (item: ItemSummary) => void;
  refresh: () => void;
  toggle: (item: ItemSummary) => void;
  selectAllVisible: () => void;
  clearSelection: () => void;
  /** The batch actions act on the selection, or on this item when nothing is selected. */
  archive: (item: ItemSummary) => void;
  remove: (item: ItemSummary) => void;
  copyEnvReferences: (item: ItemSummary) => void;
  /** After Save Item created an item: it joins this launch's index (and the cached one) at once. */
  saved: (item: ItemSummary) => void;
}

export interface SelectionActionsProps {
  item: ItemSummary;
  isSelected: boolean;
  /** How many items are selected. */
  count: number;
  handlers: ItemHandlers;
}

/** Raycast has no multi-select: toggle, select all visible, clear, and the batch actions over what is selected. */
export function SelectionActions(props: SelectionActionsProps) {
  const { item, isSelected, count, handlers } = props;
  const target = count > 0 ? plural(count, "Selected Item") : "Item";
  // ".env" is a file name, written as such (Title Case would make it ".Env").
  const envTitle = `Copy ${target} as .env ${count > 0 ? "References" : "Reference"}`;
  return (
    <ActionPanel.Section title={count > 0 ? `${count} Selected` : "Selection"}>
      <ToggleSelectionAction selected={isSelected} noun="Item" onToggle={() => handlers.toggle(item)} />
      <SelectAllAction title="Select All Visible" onSelectAll={handlers.selectAllVisible} />
      {count > 0 ? <ClearSelectionAction onClear={handlers.clearSelection} /> : null}
      <Action
        title={envTitle}
        icon={Icon.Terminal}
        shortcut={SHORTCUTS.copyEnvReferences}
        onAction={() => handlers.copyEnvReferences(item)}
      />
      {count > 0 || !item.archived ? (
        <Action
          title={`Archive ${target}`}
          icon={Icon.Box}
          shortcut={SHORTCUTS.archive}
          onAction={() => handlers.archive(item)}
        />
      ) : null}
      <Action
        title={`Delete ${target}`}
        icon={Icon.Trash}
        style={Action.Style.Destructive}
        shortcut={SHORTCUTS.delete}
        onAction={() => handlers.remove(item)}
      />
    </ActionPanel.Section>
  );
}
