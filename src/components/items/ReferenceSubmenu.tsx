import { Action, ActionPanel, Icon } from "@raycast/api";
import { copyText } from "../../clipboard/secure-clipboard";
import type { ItemSummary } from "../../lib/model";
import type { ItemShapeState } from "./useItemShape";
import { showFailure } from "../failure-toast";
import { copyable, fieldLabel, referenceFor, type ReferenceContext, type ShapeField } from "./item-shape";
import { SHORTCUTS } from "./shortcuts";

/** `op://…` for each field, names where 1Password resolves them, ids where needed. A reference is not a secret. */
export function ReferenceSubmenu(props: { item: ItemSummary; details: ItemShapeState; context: ReferenceContext }) {
  const { item, details, context } = props;
  const shape = details.shape;
  const fields = shape ? copyable(shape) : [];
  const copy = async (field: ShapeField) => {
    if (!shape) return;
    try {
      await copyText(referenceFor(item, shape, field, context), "secret reference");
    } catch (error) {
      await showFailure(error, { operation: "Making the secret reference", account: item.account });
    }
  };
  return (
    <ActionPanel.Submenu
      title="Copy Secret Reference"
      icon={Icon.Link}
      shortcut={SHORTCUTS.copyReference}
      isLoading={details.isLoading}
      onOpen={details.load}
    >
      {fields.map((field) => (
        <Action key={field.id} title={fieldLabel(field)} icon={Icon.Link} onAction={() => void copy(field)} />
      ))}
    </ActionPanel.Submenu>
  );
}
