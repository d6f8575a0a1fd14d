import { Alert, confirmAlert, Icon, showToast, Toast } from "@raycast/api";
import { useMemo } from "react";
import type { VaultSummary } from "../../lib/model";
import { bitsOf, type Preset, type PresetId, presetsFor } from "../../lib/permissions";
import type { BatchReport } from "../../onepassword/batch";
import { deleteVault, grantGroupPermissions, revokeGroupPermissions } from "../../onepassword/vaults";
import { type Batch, type BatchWords, runBatch } from "../shared/batch-toast";
import { useSubmitGuard } from "../shared/useSubmitGuard";
import { showFailure } from "../shared/failure-toast";
import { checkGroupInAccounts } from "../../domain/group-checks";
import type { GroupFormResult } from "./GroupAccessForm";
import { byAccount, runOnVaults } from "../../domain/vault-batches";
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
  const { guard } = useSubmitGuard();

  /** Exactly the failed vaults stay selected, so the next try acts on them; why they failed is learned. */
  function afterReport(report: BatchReport<string>) {
    selection.replace(report.failed.map((failure) => failure.key));
    for (const failure of report.failed) {
      const vault = vaultById.get(failure.key);
      if (vault) support.learnFrom(vault.account, failure.error);
    }
  }

  /** One batch over `targets`, with "Try Again" over the failed ones only; never two at once. */
  function runOver(
    targets: readonly VaultSummary[],
    words: BatchWords,
    operation: string,
    run: (vault: VaultSummary) => Promise<void>,
    extra: Pick<Batch<string>, "optimistic"> & { onReport?: (report: BatchReport<string>) => void } = {},
  ): Promise<BatchReport<string> | undefined> {
    const byId = new Map(targets.map((vault) => [vault.id, vault]));
    const pick = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
    return runBatch<string>({
      keys: targets.map((vault) => vault.id),
      words,
      call: (ids) => runOnVaults(pick(ids), operation, run),
      optimistic: extra.optimistic,
      onReport: (report) => {
        extra.onReport?.(report);
        afterReport(report);
      },
      retry: (ids) => void guard(() => runOver(pick(ids), words, operation, run, extra)),
    });
  }

  function grantPresets(targets: readonly VaultSummary[]): readonly Preset[] {
    // Granular presets only when every account involved is known to accept them.
    const allBusiness = targets.every((vault) => support.accountType(vault.account) === "business");
    return presetsFor(allBusiness && targets.length > 0 ? "business" : "unknown");
  }

  /** The group must exist in every account involved; otherwise the form says so before anything changes. */
  async function changeAccess(
    targets: readonly VaultSummary[],
    groupId: string,
    words: BatchWords,
    operation: string,
    run: (vault: VaultSummary) => Promise<void>,
  ): Promise<GroupFormResult> {
    const problem = await checkGroupInAccounts([...byAccount(targets).keys()], groupId);
    if (problem?.kind === "missing") return problem.message;
    if (problem?.kind === "failed") {
      await showFailure(problem.error, problem.error.context);
      return "stay";
    }
    const done = await guard(async () => ({ report: await runOver(targets, words, operation, run) }));
    // A batch already running, or the whole call failed: the form stays.
    if (!done?.report) return "stay";
  }

  function grant(targets: readonly VaultSummary[], groupId: string, preset: PresetId | undefined) {
    const bits = bitsOf(preset ?? "viewAndReveal");
    return changeAccess(targets, groupId, GRANT_WORDS, "Granting group access", (vault) =>
      grantGroupPermissions(vault.account, vault.id, groupId, bits),
    );
  }

  function revoke(targets: readonly VaultSummary[], groupId: string) {
    return changeAccess(targets, groupId, REVOKE_WORDS, "Revoking group access", (vault) =>
      revokeGroupPermissions(vault.account, vault.id, groupId),
    );
  }

  /** Deleted vaults leave the list at once; those 1Password refuses come back. */
  function deleteOver(targets: readonly VaultSummary[]) {
    const showGone = (ids: readonly string[]) => {
      const changes = [...byAccount(ids.flatMap((id) => vaultById.get(id) ?? []))].map(([account, gone]) =>
        vaults.showWhileRunning(account, { removed: gone.map((vault) => vault.id) }),
      );
      return {
        apply: () => changes.forEach((change) => change.apply()),
        rollback: () => changes.forEach((change) => change.rollback()),
        settle: () => changes.forEach((change) => change.settle()),
      };
    };
    return runOver(targets, DELETE_WORDS, "Deleting vault", (vault) => deleteVault(vault.account, vault.id), {
      optimistic: showGone,
      onReport: (report) => {
        for (const [account, gone] of byAccount(report.succeeded.flatMap((id) => vaultById.get(id) ?? [])))
          vaults.applyVaultChanges(account, { removed: gone.map((vault) => vault.id) });
      },
    });
  }

  function deleteSelected() {
    return guard(() => confirmAndDelete()).then(() => undefined);
  }

  async function confirmAndDelete() {
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
    await deleteOver(targets);
  }

  return { grantPresets, grant, revoke, deleteSelected };
}
