import { Action, Icon, type Keyboard } from "@raycast/api";
import type { ReactElement } from "react";
import type { Preferences } from "../../lib/preferences";

/** How a value leaves the extension: the clipboard, a paste into the app in front, or typed keystrokes. */
export type DeliveryMode = "copy" | "paste" | "type";

const WAYS: Record<DeliveryMode, { verb: string; icon: Icon }> = {
  copy: { verb: "Copy", icon: Icon.Clipboard },
  paste: { verb: "Paste", icon: Icon.Document },
  type: { verb: "Type Out", icon: Icon.Keyboard },
};

/** "Copy Password", "Paste Value", "Type Out Token": one way to deliver one value. */
export function deliveryAction(
  mode: DeliveryMode,
  noun: string,
  onAction: () => void,
  options: { shortcut?: Keyboard.Shortcut; icon?: Icon; key?: string } = {},
): ReactElement {
  const way = WAYS[mode];
  return (
    <Action
      key={options.key ?? mode}
      title={`${way.verb} ${noun}`}
      icon={options.icon ?? way.icon}
      shortcut={options.shortcut}
      onAction={onAction}
    />
  );
}

/** Copy and Paste of one value, the one the preference puts on ↵ first, the other on ⌘↵. */
export function copyAndPaste(
  primary: Preferences["primaryAction"],
  noun: string,
  deliver: (mode: "copy" | "paste") => void,
): ReactElement[] {
  const copy = deliveryAction("copy", noun, () => deliver("copy"));
  const paste = deliveryAction("paste", noun, () => deliver("paste"));
  return primary === "paste" ? [paste, copy] : [copy, paste];
}
