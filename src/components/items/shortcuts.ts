import { Keyboard } from "@raycast/api";
import { crossPlatform, keys } from "../shared/shortcut";

/**
 * The item actions' shortcuts. The copy/paste ones match 1Password's own Raycast extension and app (people ask for
 * exactly these); the Windows bindings trade ⌘ for Ctrl and ⌥ for Alt, and ⌃⌘ for Ctrl+Alt+Shift.
 */

export const SHORTCUTS = {
  copyUsername: crossPlatform(keys("c", "cmd", "shift"), keys("c", "ctrl", "shift")),
  copyPassword: crossPlatform(keys("c", "cmd", "opt"), keys("c", "ctrl", "alt")),
  copyOtp: crossPlatform(keys("c", "cmd", "ctrl"), keys("c", "ctrl", "alt", "shift")),
  pasteUsername: crossPlatform(keys("v", "cmd", "shift"), keys("v", "ctrl", "shift")),
  pastePassword: crossPlatform(keys("v", "cmd", "opt"), keys("v", "ctrl", "alt")),
  pasteOtp: crossPlatform(keys("v", "cmd", "ctrl"), keys("v", "ctrl", "alt", "shift")),
  copyField: crossPlatform(keys("f", "cmd", "shift"), keys("f", "ctrl", "shift")),
  copyReference: crossPlatform(keys("r", "cmd", "shift"), keys("r", "ctrl", "shift")),
  openInApp: crossPlatform(keys("o", "cmd", "shift"), keys("o", "ctrl", "shift")),
  showDetails: Keyboard.Shortcut.Common.ToggleQuickLook,
  reveal: crossPlatform(keys("r", "cmd", "opt"), keys("r", "ctrl", "alt")),
  refresh: Keyboard.Shortcut.Common.Refresh,
  archive: crossPlatform(keys("a", "ctrl", "shift"), keys("a", "alt", "shift")),
  delete: Keyboard.Shortcut.Common.Remove,
  copyEnvReferences: crossPlatform(keys("e", "cmd", "shift"), keys("e", "ctrl", "shift")),
  /** 1Password's own binding for Share. */
  shareItem: crossPlatform(keys("s", "cmd", "shift"), keys("s", "ctrl", "shift")),
  // Type Out and Fill Login (1Password's Quick Access fills from Return; ↵ and ⌘↵ are taken here, so ⇧⌘↵ fills).
  typeMain: crossPlatform(keys("t", "cmd", "shift"), keys("t", "ctrl", "shift")),
  typeField: crossPlatform(keys("t", "cmd", "opt"), keys("t", "ctrl", "alt")),
  fillLogin: crossPlatform(keys("enter", "cmd", "shift"), keys("enter", "ctrl", "shift")),
} as const;
