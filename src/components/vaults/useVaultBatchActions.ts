import { Alert, confirmAlert, Icon, showToast, Toast } from "@raycast/api";
import { useMemo } from "react";
import type { VaultSummary } from "../../lib/model";
import { bitsOf, type Preset, type PresetId, presetsFor } from "../../lib/permissions";
import type { BatchReport } from "../../onepassword/batch";
import { deleteVault, grantGroupPermissions, revokeGroupPermissions } from "../../onepassword/vaults";
import { type BatchWords, runBatchWithToast } from "../shared/batch-toast";
import { showFailure } from "../shared/failure-toast";
import { checkGroupsExist } from "./check-groups";
import type { GroupFormResult } from "../manage-vaults/GroupAccessForm";
import { byAccount, runOnVaults } from "./vault-mutations";
import { quoted, undeletableReason, vaultNoun } from "../../domain/vault-words";
import type { GroupPermissionSupport } from "../../hooks/useGroupPermissionSupport";
import type { Selection } from "../../hooks/useSelection";
import type { VaultsState } from "../../hooks/useVaults";

const words = (progressive: string, past: string, verb: string): BatchWords => ({
  progressive,
  past,
  verb,
  noun: vaultNoun,
});
const GRANT_WORDS = words("Granting access to", "Granted access to", "grant access to");
const REVOKE_WORDS = words("Revoking access from", "Revoked access from", "revoke access from");
const DELETE_WORDS = words("Deleting", "Deleted", "delete");

export interface VaultBatchActions {
  /** The presets the grant form offers for `targets`. */
  grantPresets: (targets: readonly VaultSummary[]) => readonly Preset[];
  /** Grants a group access to `targets` (the vaults selected when the form opened) with a preset's permissions. */
  grant: (targets: readonly VaultSummary[], groupId: string, preset: PresetId | undefined) => Promise<GroupFormResult>;
  /** Removes a group's access to `targets`. */
  revoke: (targets: readonly VaultSummary[], groupId: string) => Promise<GroupFormResult>;
  /** Deletes the selected vaults 1Password allows deleting, after one confirmation that names those that stay. */
  deleteSelected: () => Promise<void>;
}

/**
 * Grant, revoke and delete over the selected vaults of Manage Vaults, each with one toast that reports every vault.
 * Afterwards exactly the failed vaults stay selected, so the next try acts on them, and deleted ones leave the list.
 */
export function useVaultBatchActions(
  vaults: VaultsState,
  selection: Selection,
  support: GroupPermissionSupport,
  selected: readonly VaultSummary[],
): VaultBatchActions {
  const vaultById = useMemo(() => new Map(vaults.vaults.map((vault) => [vault.id, vault])), [vaults.vaults]);

  function removeFromList(ids: readonly string[]) {
    for (const [account, gone] of byAccount(ids.map((id) => vaultById.get(id)).filter((v): v is VaultSummary => !!v))) {
      vaults.applyVaultChanges(account, { removed: gone.map((vault) => vault.id) });
    }
  }

  /** Keeps exactly the failed vaults selected, so the next try acts on them. */
  function keepFailedSelected(report: BatchReport<string> | undefined) {
    if (report) selection.replace(report.failed.map((failure) => failure.key));
  }

  function learnFromReport(report: BatchReport<string> | undefined) {
    for (const failure of report?.failed ?? []) {
      const vault = vaultById.get(failure.key);
      if (vault) support.learnFrom(vault.account, failure.error);
    }
  }

  /** The group must exist in every account involved; otherwise the form says so before anything changes. */
  async function checkGroupEverywhere(targets: readonly VaultSummary[], groupId: string): Promise<GroupFormResult> {
    const accountsInvolved = [...byAccount(targets).keys()];
    for (const account of accountsInvolved) {
      const check = await checkGroupsExist(account, [groupId]);
      if (check.kind === "missing")
        return accountsInvolved.length > 1 ? `No group with this ID in ${account}.` : check.message;
      if (check.kind === "failed") {
        await showFailure(check.error, check.error.context);
        return "stay";
      }
    }
  }

  function grantPresets(targets: readonly VaultSummary[]): readonly Preset[] {
    // Granular presets only when every account involved is known to accept them.
    const allBusiness = targets.every((vault) => support.accountType(vault.account) === "business");
    return presetsFor(allBusiness && targets.length > 0 ? "business" : "unknown");
  }

  async function grant(
    targets: readonly VaultSummary[],
    groupId: string,
    preset: PresetId | undefined,
  ): Promise<GroupFormResult> {
    const problem = await checkGroupEverywhere(targets, groupId);
    if (problem) return problem;
    const bits = bitsOf(preset ?? "viewAndReveal");
    const report = await runBatchWithToast(targets.length, GRANT_WORDS, () =>
      runOnVaults(targets, "Granting group access", (vault) =>
        grantGroupPermissions(vault.account, vault.id, groupId, bits),
      ),
    );
    learnFromReport(report);
    keepFailedSelected(report);
    if (!report) return "stay";
  }

  async function revoke(targets: readonly VaultSummary[], groupId: string): Promise<GroupFormResult> {
    const problem = await checkGroupEverywhere(targets, groupId);
    if (problem) return problem;
    const report = await runBatchWithToast(targets.length, REVOKE_WORDS, () =>
      runOnVaults(targets, "Revoking group access", (vault) =>
        revokeGroupPermissions(vault.account, vault.id, groupId),
      ),
    );
    learnFromReport(report);
    keepFailedSelected(report);
    if (!report) return "stay";
  }

  async function deleteSelected() {
    const kept = selected.filter((vault) => undeletableReason(vault) !== undefined);
    const targets = selected.filter((vault) => undeletableReason(vault) === undefined);
    if (targets.length === 0) {
      await showToast({
        style: Toast.Style.Failure,
        title: "These Vaults Cannot Be Deleted",
        message: "Personal and everyone vaults are kept by 1Password.",
      });
      return;
    }
    const items = targets.reduce((sum, vault) => sum + vault.itemCount, 0);
    const vaultWord = targets.length === 1 ? "Vault" : "Vaults";
    const confirmed = await confirmAlert({
      title: `Delete ${targets.length} ${vaultWord} and ${items} ${items === 1 ? "Item" : "Items"}?`,
      message: [
        targets.map((vault) => quoted(vault.title)).join(", ") +
          " and everything in them are deleted. This cannot be undone.",
        kept.length > 0
          ? `${kept.map((vault) => quoted(vault.title)).join(", ")} ${kept.length === 1 ? "stays" : "stay"}: 1Password does not allow deleting personal or everyone vaults.`
          : undefined,
      ]
        .filter(Boolean)
        .join("\n\n"),
      icon: Icon.Trash,
      primaryAction: { title: `Delete ${targets.length} ${vaultWord}`, style: Alert.ActionStyle.Destructive },
    });
    if (!confirmed) return;
    const report = await runBatchWithToast(targets.length, DELETE_WORDS, () =>
      runOnVaults(targets, "Deleting vault", (vault) => deleteVault(vault.account, vault.id)),
    );
    if (report) removeFromList(report.succeeded);
    keepFailedSelected(report);
  }

  return { grantPresets, grant, revoke, deleteSelected };
}
