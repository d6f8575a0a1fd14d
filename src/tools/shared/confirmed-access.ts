import { z } from "zod";
import { describePermissions } from "../../lib/permissions";
import { quoted } from "./describe";
import { confirmedPlans } from "./confirmed-plan";
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

function snapshotOf(plan: AccessPlan): ConfirmedAccess {
  const current = plan.current ?? null;
  const after = plan.kind === "revoke" ? null : plan.kind === "unchanged" ? current : plan.permissions;
  const { account, groupId, groupName } = plan;
  return { account, vaultId: plan.vault.id, vaultTitle: plan.vault.title, groupId, groupName, current, after };
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

/** set-vault-access acts only if its fresh plan is the one the person confirmed: the same vault, group, access now and after. */
export const confirmedAccess = confirmedPlans({
  namespace: "tool-confirmed-access",
  schema: ConfirmedAccessSchema,
  snapshotOf,
  changesSince,
  words: { nothingDone: "Nothing was changed", confirmedThing: "this change" },
});
