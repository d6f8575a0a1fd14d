import { Action, Icon } from "@raycast/api";
import { SELECTION_SHORTCUTS } from "./selection-shortcuts";

/** The actions of selection mode, the same in every list; each screen puts them where they belong in its panel. */

export function ToggleSelectionAction(props: { selected: boolean; noun: string; onToggle: () => void }) {
  return (
    <Action
      title={`${props.selected ? "Deselect" : "Select"} ${props.noun}`}
      icon={props.selected ? Icon.Circle : Icon.CheckCircle}
      shortcut={SELECTION_SHORTCUTS.toggle}
      onAction={props.onToggle}
    />
  );
}

export function SelectAllAction(props: { title: string; onSelectAll: () => void }) {
  return (
    <Action
      title={props.title}
      icon={Icon.CheckList}
      shortcut={SELECTION_SHORTCUTS.selectAll}
      onAction={props.onSelectAll}
    />
  );
}

export function ClearSelectionAction(props: { onClear: () => void }) {
  return (
    <Action
      title="Clear Selection"
      icon={Icon.XMarkCircle}
      shortcut={SELECTION_SHORTCUTS.clear}
      onAction={props.onClear}
    />
  );
}
