import { Keyboard } from "@raycast/api";

/**
 * The item actions' shortcuts. The copy/paste ones match 1Password's own Raycast extension and app (people ask for
 * exactly these); the Windows bindings trade ⌘ for Ctrl and ⌥ for Alt, and ⌃⌘ for Ctrl+Alt+Shift.
 */
type Combo = { modifiers: Keyboard.KeyModifier[]; key: Keyboard.KeyEquivalent };
const k = (key: Keyboard.KeyEquivalent, ...modifiers: Keyboard.KeyModifier[]): Combo => ({ key, modifiers });
const both = (macOS: Combo, Windows: Combo): Keyboard.Shortcut => ({ macOS, Windows });

export const SHORTCUTS = {
  copyUsername: both(k("c", "cmd", "shift"), k("c", "ctrl", "shift")),
  copyPassword: both(k("c", "cmd", "opt"), k("c", "ctrl", "alt")),
  copyOtp: both(k("c", "cmd", "ctrl"), k("c", "ctrl", "alt", "shift")),
  pasteUsername: both(k("v", "cmd", "shift"), k("v", "ctrl", "shift")),
  pastePassword: both(k("v", "cmd", "opt"), k("v", "ctrl", "alt")),
  pasteOtp: both(k("v", "cmd", "ctrl"), k("v", "ctrl", "alt", "shift")),
  copyField: both(k("f", "cmd", "shift"), k("f", "ctrl", "shift")),
  copyReference: both(k("r", "cmd", "shift"), k("r", "ctrl", "shift")),
  openInApp: both(k("o", "cmd", "shift"), k("o", "ctrl", "shift")),
  showDetails: Keyboard.Shortcut.Common.ToggleQuickLook,
  reveal: both(k("r", "cmd", "opt"), k("r", "ctrl", "alt")),
  refresh: Keyboard.Shortcut.Common.Refresh,
  archive: both(k("a", "ctrl", "shift"), k("a", "alt", "shift")),
  delete: Keyboard.Shortcut.Common.Remove,
  copyEnvReferences: both(k("e", "cmd", "shift"), k("e", "ctrl", "shift")),
} as const;
