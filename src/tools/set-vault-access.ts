import { Action, type Tool } from "@raycast/api";
import { rememberGroupPermissionsUnavailable } from "../domain/group-permission-support";
import { describePermissions } from "../lib/permissions";
import { toOnePasswordError } from "../onepassword/errors";
import { grantGroupPermissions, revokeGroupPermissions, updateGroupPermissions } from "../onepassword/vaults";
import { confirmedAccess } from "./shared/confirmed-access";
import { answering, ToolInputError } from "./shared/errors";
import { oneAccount, toolPreferences } from "./shared/preferences";
import { describePlan, planAccess, type AccessChoice, type AccessPlan } from "./shared/vault-access";
import { safeNames } from "./shared/describe";

type Input = {
  /** The vault, by its title or ID. */
  vault: string;
  /**
   * The group: its name when it already has access to the vault, or its group ID (26 letters and digits) to give a new
   * group access. 1Password cannot list groups, so ask the person for the ID of a group that has no access yet.
   */
  group: string;
  /**
   * What the group may do: "view" (see items, secrets hidden; Business accounts only), "viewAndReveal" (see items
   * and their secrets), "edit" (also create, edit, archive and delete items), "manage" (also manage the vault's
   * access), or "revoke" to remove the group's access.
   */
  access: "view" | "viewAndReveal" | "edit" | "manage" | "revoke";
  /** The account, by the name configured in the extension; needed when several are configured. */
  account?: string;
};

const CHOICES: readonly AccessChoice[] = ["view", "viewAndReveal", "edit", "manage", "revoke"];

async function plan(input: Input): Promise<AccessPlan> {
  const account = oneAccount(toolPreferences(), input.account);
  if (!CHOICES.includes(input.access)) {
    throw new ToolInputError(`Access must be one of ${CHOICES.join(", ")}.`);
  }
  if (!input.vault?.trim() || !input.group?.trim()) throw new ToolInputError("Name the vault and the group.");
  return planAccess(account, input.vault, input.group, input.access);
}

export const confirmation: Tool.Confirmation<Input> = async (input) => {
  // Planning reads the vault's access: what the person confirms is the change as it stands now, named exactly. A
  // change that looks like none is confirmed too: the access may change before the tool runs.
  const planned = await answering(() => plan(input));
  confirmedAccess.remember(input, planned);
  const shown = safeNames({ vault: planned.vault.title, group: planned.groupName, account: planned.account });
  return {
    style: planned.kind === "revoke" ? Action.Style.Destructive : Action.Style.Regular,
    message: describePlan(planned, "ask"),
    info: [
      { name: "Vault", value: shown.vault },
      { name: "Group", value: shown.group },
      { name: "Access Now", value: planned.current === undefined ? "None" : describePermissions(planned.current) },
      { name: "Access After", value: planned.kind === "revoke" ? "None" : planned.preset },
      { name: "Account", value: shown.account },
    ],
  };
};

/**
 * Grants, changes or revokes one group's access to one vault, by preset, after the person confirms; revoking is
 * confirmed as destructive. It acts only on the change the person confirmed: if the vault, the group or its access
 * changed meanwhile, it changes nothing and says what changed. Group permissions need a 1Password Business or Teams
 * account.
 */
export default async function tool(input: Input) {
  return answering(async () => {
    const planned = await plan(input);
    confirmedAccess.check(input, planned);
    try {
      if (planned.kind === "grant") {
        await grantGroupPermissions(planned.account, planned.vault.id, planned.groupId, planned.permissions);
      } else if (planned.kind === "change") {
        await updateGroupPermissions(planned.account, planned.vault.id, planned.groupId, planned.permissions);
      } else if (planned.kind === "revoke") {
        await revokeGroupPermissions(planned.account, planned.vault.id, planned.groupId);
      }
    } catch (error) {
      const mapped = toOnePasswordError(error, { operation: "Changing group access", account: planned.account });
      // Remembered as the commands remember it, so Manage Vaults says so up front next time.
      if (mapped.kind === "unsupported") rememberGroupPermissionsUnavailable(planned.account);
      throw mapped;
    }
    return { changed: planned.kind !== "unchanged", result: describePlan(planned, "done") };
  });
}
