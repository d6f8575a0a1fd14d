import type { ReactElement } from "react";
import type { ItemSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import type { SaveCategory } from "../../onepassword/new-item";

/**
 * The screens one family pushes from another. Family folders never import each other, so a screen that opens another
 * family's screen (Search Secrets and Generate Password open Save Item; Manage Vaults opens a vault's items and Create
 * Vault) is handed it by the command entry, the one place that knows every family (src/screen-links.tsx). They are
 * props, not a context: a pushed view is not under the command root's providers.
 */
export interface ScreenLinks {
  saveItem(props: SaveItemLinkProps): ReactElement;
  vaultItems(props: VaultItemsLinkProps): ReactElement;
  createVault(props: { preferences: Preferences }): ReactElement;
}

export interface SaveItemLinkProps {
  /** A title to start with (a search that found nothing). */
  initialTitle?: string;
  /** A value to save (a generated password): the clipboard is then not read. */
  initialSecret?: string;
  initialCategory?: SaveCategory;
  /** Called with the new item: the pushing screen puts it into its own index; the form then pops back. */
  onSaved?: (item: ItemSummary) => void;
}

export interface VaultItemsLinkProps {
  preferences: Preferences;
  scope: { account: string; vaultId: string; vaultTitle: string };
}
