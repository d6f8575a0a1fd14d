import { Icon, showToast, Toast } from "@raycast/api";
import { copyText } from "../../clipboard/secure-clipboard";
import type { ItemSummary } from "../../lib/model";
import { showFailure } from "../shared/failure-toast";
import { FieldSubmenu } from "./FieldSubmenu";
import { referenceFor, type ReferenceContext, type ShapeField } from "../../domain/item-shape";
import type { ItemShapeState } from "./useItemShape";
import { SHORTCUTS } from "./shortcuts";

/** `op://…` for each field, names where 1Password resolves them, ids where needed. A reference is not a secret. */
export function ReferenceSubmenu(props: { item: ItemSummary; details: ItemShapeState; context: ReferenceContext }) {
  const { item, details, context } = props;
  const copy = async (field: ShapeField) => {
    if (!details.shape) return;
    const reference = referenceFor(item, details.shape, field, context);
    if (!reference) {
      await showToast({
        style: Toast.Style.Failure,
        title: "No Reference for This Field",
        message:
          "Its ID is also another field's name, so no reference names it alone. Rename one of them in 1Password.",
      });
      return;
    }
    try {
      await copyText(reference, "secret reference");
    } catch (error) {
      await showFailure(error, { operation: "Making the secret reference", account: item.account });
    }
  };
  return (
    <FieldSubmenu
      title="Copy Secret Reference"
      icon={Icon.Link}
      shortcut={SHORTCUTS.copyReference}
      details={details}
      fieldIcon={() => Icon.Link}
      onPick={(field) => void copy(field)}
    />
  );
}
