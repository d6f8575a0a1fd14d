import { Keyboard } from "@raycast/api";

/** Save Item's and Generate Password's own shortcuts, with their Windows bindings. */
export const SHORTCUTS = {
  generate: { macOS: { modifiers: ["cmd"], key: "g" }, Windows: { modifiers: ["ctrl"], key: "g" } },
  regenerate: Keyboard.Shortcut.Common.Refresh,
  saveAsItem: Keyboard.Shortcut.Common.New,
} as const satisfies Record<string, Keyboard.Shortcut>;
