import { Keyboard } from "@raycast/api";

type Combo = { modifiers: Keyboard.KeyModifier[]; key: Keyboard.KeyEquivalent };
const k = (key: Keyboard.KeyEquivalent, ...modifiers: Keyboard.KeyModifier[]): Combo => ({ key, modifiers });
const both = (macOS: Combo, Windows: Combo): Keyboard.Shortcut => ({ macOS, Windows });

/** Generate Password's recipe shortcuts; Windows trades ⌘ for Ctrl and ⌥ for Alt. */
export const RECIPE_SHORTCUTS = {
  longer: both(k("arrowUp", "cmd"), k("arrowUp", "ctrl")),
  shorter: both(k("arrowDown", "cmd"), k("arrowDown", "ctrl")),
  length: both(k("l", "cmd"), k("l", "ctrl")),
  digits: both(k("d", "cmd", "opt"), k("d", "ctrl", "alt")),
  symbols: both(k("s", "cmd", "opt"), k("s", "ctrl", "alt")),
  capitalize: both(k("c", "cmd", "opt", "shift"), k("c", "ctrl", "alt", "shift")),
  switchRecipe: both(k("p", "cmd", "shift"), k("p", "ctrl", "shift")),
} as const;
