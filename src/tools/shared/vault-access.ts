import type { AccountRef, VaultAccessor, VaultSummary } from "../../lib/model";
import { bitsOf, describePermissions, PRESETS, type PresetId, presetsFor } from "../../lib/permissions";
import {
  GROUP_PERMISSIONS_UNAVAILABLE,
  groupPermissionsUnavailable,
  inferredAccountType,
  rememberBusinessAccount,
  showsBusinessAccount,
} from "../../domain/group-permission-support";
import { GroupIdSchema } from "../../domain/group-ids";
import { checkGroupsExist } from "../../domain/group-checks";
import { groupTitles } from "../../onepassword/groups";
import { getVaultWithAccess, listVaults } from "../../onepassword/vaults";
import { ToolInputError } from "./errors";
import { findVault } from "./locate";
import { namesMatch, quoted } from "./describe";

export type AccessChoice = PresetId | "revoke";

/** One change to one group's access to one vault, as the person is asked to confirm it and as it is carried out. */
export type AccessPlan = {
  account: AccountRef;
  vault: VaultSummary;
  groupId: string;
  groupName: string;
  /** The group's permissions now, or undefined when it has no access yet. */
  current?: number;
} & (
  | { kind: "grant" | "change"; permissions: number; preset: string }
  | { kind: "revoke" }
  | { kind: "unchanged"; preset: string }
);

export function presetTitle(choice: PresetId): string {
  return PRESETS.find((preset) => preset.id === choice)?.title ?? choice;
}

/** Names the groups that have access, fetching each once; a group that cannot be read keeps only its ID. */
function groupNames(account: AccountRef, accessors: readonly VaultAccessor[]): Promise<Map<string, string>> {
  return groupTitles(
    account,
    accessors.filter((accessor) => accessor.type === "group").map((accessor) => accessor.id),
  );
}

/**
 * Works out what a request changes: the vault by title or ID, the group by ID or by the name of a group that already
 * has access (1Password cannot list groups, so a new group is named by its ID), and whether this grants, changes,
 * revokes or changes nothing.
 */
export async function planAccess(
  account: AccountRef,
  vaultName: string,
  groupText: string,
  choice: AccessChoice,
): Promise<AccessPlan> {
  // The same rules as the permission forms: nothing is offered that the account is known not to accept.
  if (groupPermissionsUnavailable(account)) throw new ToolInputError(GROUP_PERMISSIONS_UNAVAILABLE);
  const vault = findVault(await listVaults(account), vaultName);
  const { accessors } = await getVaultWithAccess(account, vault.id);
  if (showsBusinessAccount(accessors.map((accessor) => accessor.permissions))) rememberBusinessAccount(account);
  const accepted = presetsFor(inferredAccountType(account));
  if (choice !== "revoke" && !accepted.some((preset) => preset.id === choice)) {
    throw new ToolInputError(
      `This account does not accept ${presetTitle(choice)} for a group. Choose one of: ${accepted.map((preset) => preset.id).join(", ")}.`,
    );
  }
  const names = await groupNames(account, accessors);
  const asId = GroupIdSchema.safeParse(groupText);
  let groupId: string;
  if (asId.success) {
    groupId = asId.data;
  } else {
    const match = [...names].filter(([, name]) => namesMatch(name, groupText));
    if (match.length !== 1) {
      const known = [...names.values()].map(quoted).join(", ");
      throw new ToolInputError(
        `No group named ${quoted(groupText)} has access to ${quoted(vault.title)}${known ? ` (groups with access: ${known})` : ""}. ` +
          "To give a new group access, use its group ID: 26 letters and digits, from the group's page in 1Password.",
      );
    }
    groupId = (match[0] as [string, string])[0];
  }
  let groupName = names.get(groupId);
  if (groupName === undefined) {
    const check = await checkGroupsExist(account, [groupId]);
    if (check.kind === "missing") throw new ToolInputError(`No group has the ID ${groupId} in ${account}.`);
    if (check.kind === "failed") throw check.error;
    groupName = check.groups[0]?.title ?? groupId;
  }
  const current = accessors.find((accessor) => accessor.type === "group" && accessor.id === groupId)?.permissions;
  const base = { account, vault, groupId, groupName, current };
  if (choice === "revoke") {
    if (current === undefined) {
      throw new ToolInputError(
        `${quoted(groupName)} has no access to ${quoted(vault.title)}: there is nothing to revoke.`,
      );
    }
    return { ...base, kind: "revoke" };
  }
  const permissions = bitsOf(choice);
  if (current === permissions) return { ...base, kind: "unchanged", preset: presetTitle(choice) };
  return { ...base, kind: current === undefined ? "grant" : "change", permissions, preset: presetTitle(choice) };
}

/** The plan in one sentence, for the confirmation and the answer. */
export function describePlan(plan: AccessPlan, tense: "ask" | "done"): string {
  const group = quoted(plan.groupName);
  const vault = quoted(plan.vault.title);
  const was = plan.current === undefined ? "" : describePermissions(plan.current);
  switch (plan.kind) {
    case "grant":
      return tense === "ask"
        ? `Give ${group} ${plan.preset} access to ${vault}?`
        : `${group} now has ${plan.preset} access to ${vault}.`;
    case "change":
      return tense === "ask"
        ? `Change ${group}'s access to ${vault} from ${was} to ${plan.preset}?`
        : `${group}'s access to ${vault} changed from ${was} to ${plan.preset}.`;
    case "revoke":
      return tense === "ask"
        ? `Revoke ${group}'s access to ${vault}? Its members will no longer see the vault, unless they have access another way.`
        : `${group} no longer has access to ${vault}.`;
    case "unchanged":
      return `${group} already has ${plan.preset} access to ${vault}: nothing changes.`;
  }
}
