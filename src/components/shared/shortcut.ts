import type { Keyboard } from "@raycast/api";

/**
 * The one notation for the extension's own shortcuts (Raycast's `Keyboard.Shortcut.Common` is used wherever one fits):
 * `crossPlatform(keys("c", "cmd", "shift"), keys("c", "ctrl", "shift"))`, the macOS binding first, then Windows'.
 */
export interface KeyCombo {
  modifiers: Keyboard.KeyModifier[];
  key: Keyboard.KeyEquivalent;
}

/** A key and its modifiers. */
export function keys(key: Keyboard.KeyEquivalent, ...modifiers: Keyboard.KeyModifier[]): KeyCombo {
  return { key, modifiers };
}

/** A shortcut with its macOS and its Windows binding. */
export function crossPlatform(macOS: KeyCombo, Windows: KeyCombo): Keyboard.Shortcut {
  return { macOS, Windows };
}

/** ⇧⌘ and a key on macOS, Ctrl⇧ and the key on Windows: most of the extension's own shortcuts. */
export function commandShift(key: Keyboard.KeyEquivalent): Keyboard.Shortcut {
  return crossPlatform(keys(key, "cmd", "shift"), keys(key, "ctrl", "shift"));
}
