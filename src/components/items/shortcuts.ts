import { Keyboard } from "@raycast/api";
import { commandShift, crossPlatform, keys } from "../shared/shortcut";

/**
 * The item actions' shortcuts. The copy/paste ones match 1Password's own Raycast extension and app (people ask for
 * exactly these); the Windows bindings trade ⌘ for Ctrl and ⌥ for Alt, and ⌃⌘ for Ctrl+Alt+Shift.
 */

export const SHORTCUTS = {
  copyUsername: commandShift("c"),
  copyPassword: crossPlatform(keys("c", "cmd", "opt"), keys("c", "ctrl", "alt")),
  copyOtp: crossPlatform(keys("c", "cmd", "ctrl"), keys("c", "ctrl", "alt", "shift")),
  pasteUsername: commandShift("v"),
  pastePassword: crossPlatform(keys("v", "cmd", "opt"), keys("v", "ctrl", "alt")),
  pasteOtp: crossPlatform(keys("v", "cmd", "ctrl"), keys("v", "ctrl", "alt", "shift")),
  copyField: commandShift("f"),
  copyReference: commandShift("r"),
  openInApp: commandShift("o"),
  showDetails: Keyboard.Shortcut.Common.ToggleQuickLook,
  reveal: crossPlatform(keys("r", "cmd", "opt"), keys("r", "ctrl", "alt")),
  refresh: Keyboard.Shortcut.Common.Refresh,
  archive: crossPlatform(keys("a", "ctrl", "shift"), keys("a", "alt", "shift")),
  delete: Keyboard.Shortcut.Common.Remove,
  copyEnvReferences: commandShift("e"),
  /** 1Password's own binding for Share. */
  shareItem: commandShift("s"),
  // Type Out and Fill Login (1Password's Quick Access fills from Return; ↵ and ⌘↵ are taken here, so ⇧⌘↵ fills).
  typeMain: commandShift("t"),
  typeField: crossPlatform(keys("t", "cmd", "opt"), keys("t", "ctrl", "alt")),
  fillLogin: commandShift("enter"),
} as const;
