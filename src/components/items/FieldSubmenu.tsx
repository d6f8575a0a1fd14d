import { Action, ActionPanel, Icon, type Keyboard } from "@raycast/api";
import type { ItemShapeState } from "./useItemShape";
import { copyable, fieldLabel, type ShapeField } from "../../domain/item-shape";

/**
 * A submenu listing the selected item's fields by title (never a value). The titles come from the item's shape,
 * fetched when the row is selected or when the submenu opens; what picking one does is the caller's.
 */
export function FieldSubmenu(props: {
  title: string;
  icon: Icon;
  shortcut: Keyboard.Shortcut;
  details: ItemShapeState;
  /** A lock for a concealed field, text for the others, unless the caller says otherwise. */
  fieldIcon?: (field: ShapeField) => Icon;
  onPick: (field: ShapeField) => void;
}) {
  const { details } = props;
  const fields = details.shape ? copyable(details.shape) : [];
  return (
    <ActionPanel.Submenu
      title={props.title}
      icon={props.icon}
      shortcut={props.shortcut}
      isLoading={details.isLoading}
      onOpen={details.load}
    >
      {fields.map((field) => (
        <Action
          key={field.id}
          title={fieldLabel(field)}
          icon={props.fieldIcon ? props.fieldIcon(field) : field.concealed ? Icon.Lock : Icon.Text}
          onAction={() => props.onPick(field)}
        />
      ))}
    </ActionPanel.Submenu>
  );
}
