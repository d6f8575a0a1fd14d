import { Action, ActionPanel, Icon } from "@raycast/api";
import type { ItemSummary } from "../../lib/model";
import { plural } from "../shared/batch-toast";
import { useItemSelection } from "./item-screen";
import { SHORTCUTS } from "./shortcuts";
import { ClearSelectionAction, SelectAllAction, ToggleSelectionAction } from "../shared/SelectionModeActions";

/** Raycast has no multi-select: toggle, select all visible, clear, and the batch actions over what is selected. */
export function SelectionActions(props: { item: ItemSummary }) {
  const { item } = props;
  const selection = useItemSelection();
  const count = selection.count;
  const target = count > 0 ? plural(count, "Selected Item") : "Item";
  // ".env" is a file name, written as such (Title Case would make it ".Env").
  const envTitle = `Copy ${target} as .env ${count > 0 ? "References" : "Reference"}`;
  return (
    <ActionPanel.Section title={count > 0 ? `${count} Selected` : "Selection"}>
      <ToggleSelectionAction
        selected={selection.isSelected(item)}
        noun="Item"
        onToggle={() => selection.toggle(item)}
      />
      <SelectAllAction title="Select All Visible" onSelectAll={selection.selectAllVisible} />
      {count > 0 ? <ClearSelectionAction onClear={selection.clear} /> : null}
      <Action
        title={envTitle}
        icon={Icon.Terminal}
        shortcut={SHORTCUTS.copyEnvReferences}
        onAction={() => selection.copyEnvReferences(item)}
      />
      {count > 0 || !item.archived ? (
        <Action
          title={`Archive ${target}`}
          icon={Icon.Box}
          shortcut={SHORTCUTS.archive}
          onAction={() => selection.archive(item)}
        />
      ) : null}
      <Action
        title={`Delete ${target}`}
        icon={Icon.Trash}
        style={Action.Style.Destructive}
        shortcut={SHORTCUTS.delete}
        onAction={() => selection.remove(item)}
      />
    </ActionPanel.Section>
  );
}
