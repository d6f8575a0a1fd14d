import type { Keyboard } from "@raycast/api";

/**
 * Selection mode works the same in every list (items, variables, vaults), so its keys are defined once: ⌘S toggles
 * the row, ⌘⇧A selects everything visible, ⌥⌘A clears.
 */
export const SELECTION_SHORTCUTS = {
  toggle: { macOS: { modifiers: ["cmd"], key: "s" }, Windows: { modifiers: ["ctrl"], key: "s" } },
  selectAll: { macOS: { modifiers: ["cmd", "shift"], key: "a" }, Windows: { modifiers: ["ctrl", "shift"], key: "a" } },
  clear: { macOS: { modifiers: ["cmd", "opt"], key: "a" }, Windows: { modifiers: ["ctrl", "alt"], key: "a" } },
} as const satisfies Record<string, Keyboard.Shortcut>;
