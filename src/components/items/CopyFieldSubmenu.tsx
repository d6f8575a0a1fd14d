import { Action, ActionPanel, Icon } from "@raycast/api";
import type { ItemSummary } from "../../lib/model";
import type { ItemShapeState } from "./useItemShape";
import { copyable, fieldLabel } from "./item-shape";
import { SHORTCUTS } from "./shortcuts";

/**
 * Every field of the item by title (never its value): the value is fetched when one is picked. The titles come
 * from the selected item's shape, fetched when the row is selected or when this submenu opens.
 */
export function CopyFieldSubmenu(props: {
  item: ItemSummary;
  details: ItemShapeState;
  onCopy: (fieldId: string) => void;
}) {
  const { details, onCopy } = props;
  const fields = details.shape ? copyable(details.shape) : [];
  return (
    <ActionPanel.Submenu
      title="Copy Field"
      icon={Icon.List}
      shortcut={SHORTCUTS.copyField}
      isLoading={details.isLoading}
      onOpen={details.load}
    >
      {fields.map((field) => (
        <Action
          key={field.id}
          title={fieldLabel(field)}
          icon={field.concealed ? Icon.Lock : Icon.Text}
          onAction={() => onCopy(field.id)}
        />
      ))}
    </ActionPanel.Submenu>
  );
}
