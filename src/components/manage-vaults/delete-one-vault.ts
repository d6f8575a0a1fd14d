import { Alert, confirmAlert, Icon, showToast, Toast } from "@raycast/api";
import type { Selection } from "../../hooks/useSelection";
import type { VaultsState } from "../../hooks/useVaults";
import type { VaultSummary } from "../../lib/model";
import { deleteVault } from "../../onepassword/vaults";
import { runMutation } from "../shared/mutation";
import { itemCount, quoted, undeletableReason } from "../../domain/vault-words";

/**
 * Deletes one vault after a confirmation that names its item count; vaults 1Password keeps are refused up front.
 * The vault leaves the list at once, then the stored index and the selection once 1Password has deleted it.
 */
export async function deleteOneVault(
  vault: VaultSummary,
  vaults: Pick<VaultsState, "applyVaultChanges" | "showWhileRunning">,
  selection: Selection,
): Promise<void> {
  const refused = undeletableReason(vault);
  if (refused) {
    await showToast({ style: Toast.Style.Failure, title: "This Vault Cannot Be Deleted", message: refused });
    return;
  }
  const confirmed = await confirmAlert({
    title:
      vault.itemCount === 0
        ? `Delete ${quoted(vault.title)}?`
        : `Delete ${quoted(vault.title)} and its ${itemCount(vault.itemCount)}?`,
    message: "The vault and everything in it are deleted for everyone who can access it. This cannot be undone.",
    icon: Icon.Trash,
    primaryAction: { title: "Delete Vault", style: Alert.ActionStyle.Destructive },
  });
  if (!confirmed) return;
  await runMutation({
    progress: `Deleting ${quoted(vault.title)}…`,
    call: () => deleteVault(vault.account, vault.id),
    context: { operation: `Deleting vault "${vault.title}"`, account: vault.account },
    // The row goes at once, and comes back if 1Password refuses.
    optimistic: vaults.showWhileRunning(vault.account, { removed: [vault.id] }),
    onSuccess: () => {
      vaults.applyVaultChanges(vault.account, { removed: [vault.id] });
      if (selection.isSelected(vault.id)) selection.toggle(vault.id);
    },
    success: () => ({ title: `Deleted vault ${quoted(vault.title)}` }),
  });
}
