import type { Keyboard } from "@raycast/api";
import { crossPlatform, keys } from "../shared/shortcut";

/** Save Item's own shortcuts, with their Windows bindings. */
export const SHORTCUTS = {
  generate: crossPlatform(keys("g", "cmd"), keys("g", "ctrl")),
} as const satisfies Record<string, Keyboard.Shortcut>;
