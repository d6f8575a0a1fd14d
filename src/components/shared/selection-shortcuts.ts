import type { Keyboard } from "@raycast/api";
import { crossPlatform, keys } from "./shortcut";

/**
 * Selection mode works the same in every list (items, variables, vaults), so its keys are defined once: ⌘S toggles
 * the row, ⌘⇧A selects everything visible, ⌥⌘A clears.
 */
export const SELECTION_SHORTCUTS = {
  toggle: crossPlatform(keys("s", "cmd"), keys("s", "ctrl")),
  selectAll: crossPlatform(keys("a", "cmd", "shift"), keys("a", "ctrl", "shift")),
  clear: crossPlatform(keys("a", "cmd", "opt"), keys("a", "ctrl", "alt")),
} as const satisfies Record<string, Keyboard.Shortcut>;
