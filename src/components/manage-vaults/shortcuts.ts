import type { Keyboard } from "@raycast/api";
import { crossPlatform, keys } from "../shared/shortcut";

/** The vault screens' own shortcuts (Raycast's common ones are used where one fits). */
export const VAULT_SHORTCUTS = {
  managePermissions: crossPlatform(keys("p", "cmd"), keys("p", "ctrl")),
  /** As in 1Password's own Raycast extension. */
  openIn1Password: crossPlatform(keys("o", "cmd", "shift"), keys("o", "ctrl", "shift")),
  grantToSelected: crossPlatform(keys("g", "cmd", "shift"), keys("g", "ctrl", "shift")),
  revokeFromSelected: crossPlatform(keys("r", "cmd", "shift"), keys("r", "ctrl", "shift")),
} satisfies Record<string, Keyboard.Shortcut>;
