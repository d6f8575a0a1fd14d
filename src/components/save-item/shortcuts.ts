import { Keyboard } from "@raycast/api";
import { crossPlatform, keys } from "../shared/shortcut";

/** Save Item's and Generate Password's own shortcuts, with their Windows bindings. */
export const SHORTCUTS = {
  generate: crossPlatform(keys("g", "cmd"), keys("g", "ctrl")),
  regenerate: Keyboard.Shortcut.Common.Refresh,
  saveAsItem: Keyboard.Shortcut.Common.New,
} as const satisfies Record<string, Keyboard.Shortcut>;
