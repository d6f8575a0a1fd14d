import type { AccountRef } from "../lib/model";
import { type OnePasswordError, toOnePasswordError } from "../onepassword/errors";
import { getGroup, type GroupSummary } from "../onepassword/groups";

export type GroupCheck =
  | { kind: "ok"; groups: GroupSummary[] }
  /** Some ids name no group: an inline error for the field. */
  | { kind: "missing"; ids: string[]; message: string }
  /** The check itself failed (locked, denied…): a toast, the field is not to blame. */
  | { kind: "failed"; error: OnePasswordError };

/** Looks every id up with `groups.get` before anything is created or granted, so a typo fails early and inline. */
export async function checkGroupsExist(account: AccountRef, ids: readonly string[]): Promise<GroupCheck> {
  const results = await Promise.allSettled(ids.map((id) => getGroup(account, id)));
  const groups: GroupSummary[] = [];
  const missing: string[] = [];
  for (const [index, result] of results.entries()) {
    const id = ids[index] ?? "";
    if (result.status === "fulfilled") {
      groups.push(result.value);
      continue;
    }
    const error = toOnePasswordError(result.reason, { operation: "Loading group", account });
    if (error.kind !== "not-found") return { kind: "failed", error };
    missing.push(id);
  }
  if (missing.length === 0) return { kind: "ok", groups };
  const message =
    ids.length === 1
      ? "No group with this ID."
      : `No group with ${missing.length === 1 ? "this ID" : "these IDs"}: ${missing.join(", ")}.`;
  return { kind: "missing", ids: missing, message };
}

/** Why a group cannot be used across several accounts: named for the field, or the check's own failure. */
export type GroupProblem = { kind: "missing"; message: string } | { kind: "failed"; error: OnePasswordError };

/**
 * A group given by id must exist in every account involved (a batch over vaults of several accounts); the first
 * account where it does not, or where the check failed, is the answer. Undefined: it exists everywhere.
 */
export async function checkGroupInAccounts(
  accounts: readonly AccountRef[],
  groupId: string,
): Promise<GroupProblem | undefined> {
  for (const account of accounts) {
    const check = await checkGroupsExist(account, [groupId]);
    if (check.kind === "missing")
      return { kind: "missing", message: accounts.length > 1 ? `No group with this ID in ${account}.` : check.message };
    if (check.kind === "failed") return check;
  }
  return undefined;
}
