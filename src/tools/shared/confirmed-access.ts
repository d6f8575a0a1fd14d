import { z } from "zod";
import { describePermissions } from "../../lib/permissions";
import { quoted } from "./describe";
import { confirmedPlans } from "./confirmed-plan";
import { ToolInputError } from "./errors";
import type { AccessPlan } from "./vault-access";

/** What the person confirmed for set-vault-access: the tool acts only if its fresh plan is this one. */

const ConfirmedAccessSchema = z.object({
  account: z.string(),
  vaultId: z.string(),
  vaultTitle: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  /** Permission bits now and after the change; null for no access. */
  current: z.number().nullable(),
  after: z.number().nullable(),
});
type ConfirmedAccess = z.infer<typeof ConfirmedAccessSchema>;

const confirmed = confirmedPlans("tool-confirmed-access", ConfirmedAccessSchema);

function snapshotOf(plan: AccessPlan): ConfirmedAccess {
  const current = plan.current ?? null;
  const after = plan.kind === "revoke" ? null : plan.kind === "unchanged" ? current : plan.permissions;
  const { account, groupId, groupName } = plan;
  return { account, vaultId: plan.vault.id, vaultTitle: plan.vault.title, groupId, groupName, current, after };
}

/** Keeps the plan the confirmation shows, under the input the tool will be called with. */
export function rememberConfirmedAccess(input: unknown, plan: AccessPlan): void {
  confirmed.remember(input, snapshotOf(plan));
}

const accessWords = (bits: number | null) => (bits === null ? "no access" : describePermissions(bits));

/** What differs between the confirmed plan and the fresh one, in words; empty when they are the same. */
function changesSince(confirmed: ConfirmedAccess, fresh: ConfirmedAccess): string[] {
  const changes: string[] = [];
  if (confirmed.account !== fresh.account || confirmed.vaultId !== fresh.vaultId) {
    changes.push(`${quoted(confirmed.vaultTitle)} now names another vault`);
  } else if (confirmed.vaultTitle !== fresh.vaultTitle) {
    changes.push(`the vault ${quoted(confirmed.vaultTitle)} was renamed ${quoted(fresh.vaultTitle)}`);
  }
  if (confirmed.groupId !== fresh.groupId) {
    changes.push(`${quoted(confirmed.groupName)} now names another group`);
  } else if (confirmed.groupName !== fresh.groupName) {
    changes.push(`the group ${quoted(confirmed.groupName)} was renamed ${quoted(fresh.groupName)}`);
  }
  if (confirmed.current !== fresh.current) {
    changes.push(
      `${quoted(fresh.groupName)}'s access to ${quoted(fresh.vaultTitle)} changed from ${accessWords(confirmed.current)} to ${accessWords(fresh.current)}`,
    );
  } else if (confirmed.after !== fresh.after) {
    changes.push(`the access to give is now ${accessWords(fresh.after)}, not ${accessWords(confirmed.after)}`);
  }
  return changes;
}

/**
 * Throws, in words, unless `fresh` is the plan the person confirmed for this input: the same vault, group, access now
 * and access after.
 */
export function checkConfirmedAccess(input: unknown, fresh: AccessPlan): void {
  const seen = confirmed.take(input);
  if (!seen) {
    throw new ToolInputError("Nothing was changed: the person's confirmation of this change was not found. Ask again.");
  }
  const changes = changesSince(seen, snapshotOf(fresh));
  if (changes.length > 0) {
    throw new ToolInputError(
      `Nothing was changed: since the person confirmed, ${changes.join("; ")}. Ask again to confirm the change as it stands now.`,
    );
  }
}
