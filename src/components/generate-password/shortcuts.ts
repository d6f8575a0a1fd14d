import { Keyboard } from "@raycast/api";
import { crossPlatform, keys } from "../shared/shortcut";

/** Generate Password's own shortcuts beside the recipe's. */
export const SHORTCUTS = {
  regenerate: Keyboard.Shortcut.Common.Refresh,
  saveAsItem: Keyboard.Shortcut.Common.New,
} as const satisfies Record<string, Keyboard.Shortcut>;

/** Generate Password's recipe shortcuts; Windows trades ⌘ for Ctrl and ⌥ for Alt. */
export const RECIPE_SHORTCUTS = {
  longer: crossPlatform(keys("arrowUp", "cmd"), keys("arrowUp", "ctrl")),
  shorter: crossPlatform(keys("arrowDown", "cmd"), keys("arrowDown", "ctrl")),
  length: crossPlatform(keys("l", "cmd"), keys("l", "ctrl")),
  digits: crossPlatform(keys("d", "cmd", "opt"), keys("d", "ctrl", "alt")),
  symbols: crossPlatform(keys("s", "cmd", "opt"), keys("s", "ctrl", "alt")),
  capitalize: crossPlatform(keys("c", "cmd", "opt", "shift"), keys("c", "ctrl", "alt", "shift")),
  switchRecipe: crossPlatform(keys("p", "cmd", "shift"), keys("p", "ctrl", "shift")),
} as const;
