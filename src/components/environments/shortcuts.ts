import { Keyboard } from "@raycast/api";
import { commandShift, crossPlatform, keys } from "../shared/shortcut";

/** Shortcuts of Search Environments: Raycast's common ones where one fits, the rest for macOS and Windows. */
export const SHORTCUTS = {
  copyLine: Keyboard.Shortcut.Common.Copy,
  reveal: Keyboard.Shortcut.Common.ToggleQuickLook,
  copyDotenv: commandShift("e"),
  copyShell: commandShift("x"),
  copyJson: commandShift("j"),
  copyId: commandShift("i"),
  copySelected: crossPlatform(keys("e", "cmd", "opt"), keys("e", "ctrl", "alt")),
  refresh: Keyboard.Shortcut.Common.Refresh,
  add: Keyboard.Shortcut.Common.New,
  rename: Keyboard.Shortcut.Common.Edit,
  moveUp: Keyboard.Shortcut.Common.MoveUp,
  moveDown: Keyboard.Shortcut.Common.MoveDown,
  remove: Keyboard.Shortcut.Common.Remove,
} satisfies Record<string, Keyboard.Shortcut>;
