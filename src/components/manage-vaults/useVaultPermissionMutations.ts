import { Alert, confirmAlert, Icon, showToast, Toast } from "@raycast/api";
import type { VaultAccessor, VaultSummary } from "../../lib/model";
import { bitsOf, type Preset, type PresetId } from "../../lib/permissions";
import { revokeGroupPermissions, updateGroupPermissions } from "../../onepassword/vaults";
import { runMutation } from "../shared/mutation";
import type { GroupFormResult } from "./GroupAccessForm";
import { grantToVault } from "../../domain/vault-batches";
import { quoted } from "../../domain/vault-words";
import { type GroupPermissionSupport } from "../../hooks/useGroupPermissionSupport";
import { GROUP_PERMISSIONS_UNAVAILABLE } from "../../domain/group-permission-support";
import type { VaultAccessState } from "../../hooks/useVaultAccess";

export interface VaultPermissionMutations {
  /** The grant form's submit: an inline error for the group field, `"stay"`, or nothing when granted. */
  grant: (groupId: string, preset: PresetId | undefined) => Promise<GroupFormResult>;
  /** Gives a group a preset's permissions; nothing is sent when it already holds exactly those. */
  changeAccess: (accessor: VaultAccessor, name: string, preset: Preset) => void;
  /** Revokes a group's access after a confirmation. */
  revoke: (accessor: VaultAccessor, name: string) => Promise<void>;
}

/**
 * The changes Manage Permissions makes to one vault's access, each with its toast. An account found to have no
 * group permissions is remembered and said so; the access list is fetched again after every change.
 */
export function useVaultPermissionMutations(
  vault: VaultSummary,
  access: Pick<VaultAccessState, "revalidate">,
  support: GroupPermissionSupport,
): VaultPermissionMutations {
  /** An account without group permissions is said so once, instead of the usual failure toast. */
  async function saidUnavailable(error: unknown): Promise<boolean> {
    if (!support.learnFrom(vault.account, error)) return false;
    await showToast({
      style: Toast.Style.Failure,
      title: "Group Permissions Unavailable",
      message: GROUP_PERMISSIONS_UNAVAILABLE,
    });
    return true;
  }

  async function mutate(operation: string, done: string, call: () => Promise<void>) {
    await runMutation({
      progress: `${operation}…`,
      call,
      context: { operation, account: vault.account },
      onFailure: (_mapped, raw) => saidUnavailable(raw),
      success: () => ({ title: done }),
    });
    access.revalidate();
  }

  async function grant(groupId: string, preset: PresetId | undefined): Promise<GroupFormResult> {
    let unavailable = false;
    const outcome = await runMutation({
      progress: "Granting access…",
      call: async () => {
        const result = await grantToVault(vault, groupId, bitsOf(preset ?? "viewAndReveal"));
        if (!result.ok && !result.fieldError) throw result.error;
        return result;
      },
      context: { operation: "Granting group access", account: vault.account },
      onFailure: async (_mapped, raw) => (unavailable = await saidUnavailable(raw)),
      onSuccess: (result) => {
        if (result.ok) access.revalidate();
      },
      success: (result) => (result.ok ? { title: `Granted access to ${quoted(vault.title)}` } : undefined),
    });
    if (outcome.ok) return outcome.value.ok ? undefined : outcome.value.fieldError;
    return unavailable ? undefined : "stay";
  }

  function changeAccess(accessor: VaultAccessor, name: string, preset: Preset) {
    if (preset.bits === accessor.permissions) return;
    void mutate("Changing access", `${name} can now ${preset.title.toLowerCase()}`, () =>
      updateGroupPermissions(vault.account, vault.id, accessor.id, preset.bits),
    );
  }

  async function revoke(accessor: VaultAccessor, name: string) {
    const confirmed = await confirmAlert({
      title: `Revoke ${quoted(name)}'s Access?`,
      message: `Members of ${quoted(name)} will no longer see ${quoted(vault.title)}, unless they have access another way.`,
      icon: Icon.RemovePerson,
      primaryAction: { title: "Revoke Access", style: Alert.ActionStyle.Destructive },
    });
    if (!confirmed) return;
    await mutate("Revoking access", `Revoked ${quoted(name)}'s access`, () =>
      revokeGroupPermissions(vault.account, vault.id, accessor.id),
    );
  }

  return { grant, changeAccess, revoke };
}
