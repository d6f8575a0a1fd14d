import { Icon } from "@raycast/api";
import type { ItemSummary } from "../../lib/model";
import { FieldSubmenu } from "./FieldSubmenu";
import type { ItemShapeState } from "./useItemShape";
import { SHORTCUTS } from "./shortcuts";

/** Every field of the item by title; the value is fetched when one is picked. */
export function CopyFieldSubmenu(props: {
  item: ItemSummary;
  details: ItemShapeState;
  onCopy: (fieldId: string) => void;
}) {
  return (
    <FieldSubmenu
      title="Copy Field"
      icon={Icon.List}
      shortcut={SHORTCUTS.copyField}
      details={props.details}
      fieldIcon={(field) => (field.concealed ? Icon.Lock : Icon.Text)}
      onPick={(field) => props.onCopy(field.id)}
    />
  );
}
