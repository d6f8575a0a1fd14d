import type { Keyboard } from "@raycast/api";

const both = (key: Keyboard.KeyEquivalent, mac: Keyboard.KeyModifier[], windows: Keyboard.KeyModifier[]) =>
  ({ macOS: { modifiers: mac, key }, Windows: { modifiers: windows, key } }) as const;

/** The vault screens' own shortcuts (Raycast's common ones are used where one fits). */
export const VAULT_SHORTCUTS = {
  managePermissions: both("p", ["cmd"], ["ctrl"]),
  /** As in 1Password's own Raycast extension. */
  openIn1Password: both("o", ["cmd", "shift"], ["ctrl", "shift"]),
  grantToSelected: both("g", ["cmd", "shift"], ["ctrl", "shift"]),
  revokeFromSelected: both("r", ["cmd", "shift"], ["ctrl", "shift"]),
} satisfies Record<string, Keyboard.Shortcut>;
