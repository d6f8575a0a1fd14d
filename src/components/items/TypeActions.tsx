import { Action, Icon } from "@raycast/api";
import type { ReactElement } from "react";
import type { ItemSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import type { ItemShapeState } from "./useItemShape";
import { SHORTCUTS } from "./shortcuts";

/**
 * Type Out and Fill Login, beside Copy and Paste. Only the selected row's panel builds these (ItemList passes the other
 * rows `primaryOnly`), so they add nothing per row per keystroke.
 */

/** ↵ and ⌘↵: the preferred delivery of the main secret first, then Copy (or Paste when Copy is first). */
export function primaryPair(
  primary: Preferences["primaryAction"],
  actions: { copy: ReactElement; paste: ReactElement; type: ReactElement },
): ReactElement[] {
  if (primary === "paste") return [actions.paste, actions.copy];
  if (primary === "type") return [actions.type, actions.copy];
  return [actions.copy, actions.paste];
}

/** Fill Login is offered for Login and Password items before the fields are known, then for any item with both. */
export function canFill(item: ItemSummary, details: ItemShapeState): boolean {
  const shape = details.shape;
  if (!shape) return item.category === "Login" || item.category === "Password";
  return shape.usernameId !== undefined && shape.mainSecretId !== undefined;
}

export function FillLoginAction(props: { onFill: () => void }) {
  return <Action title="Fill Login" icon={Icon.Keyboard} shortcut={SHORTCUTS.fillLogin} onAction={props.onFill} />;
}
