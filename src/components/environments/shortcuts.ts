import { Keyboard } from "@raycast/api";

/** Shortcuts of Search Environments: Raycast's common ones where one fits, the rest for macOS and Windows. */
export const SHORTCUTS = {
  copyLine: Keyboard.Shortcut.Common.Copy,
  reveal: Keyboard.Shortcut.Common.ToggleQuickLook,
  copyDotenv: { macOS: { modifiers: ["cmd", "shift"], key: "e" }, Windows: { modifiers: ["ctrl", "shift"], key: "e" } },
  copyShell: { macOS: { modifiers: ["cmd", "shift"], key: "x" }, Windows: { modifiers: ["ctrl", "shift"], key: "x" } },
  copyJson: { macOS: { modifiers: ["cmd", "shift"], key: "j" }, Windows: { modifiers: ["ctrl", "shift"], key: "j" } },
  copyId: { macOS: { modifiers: ["cmd", "shift"], key: "i" }, Windows: { modifiers: ["ctrl", "shift"], key: "i" } },
  copySelected: { macOS: { modifiers: ["cmd", "opt"], key: "e" }, Windows: { modifiers: ["ctrl", "alt"], key: "e" } },
  refresh: Keyboard.Shortcut.Common.Refresh,
  add: Keyboard.Shortcut.Common.New,
  rename: Keyboard.Shortcut.Common.Edit,
  moveUp: Keyboard.Shortcut.Common.MoveUp,
  moveDown: Keyboard.Shortcut.Common.MoveDown,
  remove: Keyboard.Shortcut.Common.Remove,
} satisfies Record<string, Keyboard.Shortcut>;
