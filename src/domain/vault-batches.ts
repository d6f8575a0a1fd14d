import type { AccountRef, VaultSummary } from "../lib/model";
import type { BatchReport } from "../onepassword/batch";
import { mapWithConcurrency } from "../onepassword/concurrency";
import { toOnePasswordError } from "../onepassword/errors";
import { LIMITS } from "../onepassword/limits";
import { grantGroupPermissions } from "../onepassword/vaults";
import { checkGroupsExist } from "./group-checks";

/**
 * Runs one operation on each vault (a few in flight) and reports every vault as succeeded or failed by id, so a
 * batch never loses a vault silently and failed ones can stay selected.
 */
export async function runOnVaults(
  vaults: readonly VaultSummary[],
  operation: string,
  run: (vault: VaultSummary) => Promise<void>,
): Promise<BatchReport<string>> {
  const report: BatchReport<string> = { succeeded: [], failed: [] };
  await mapWithConcurrency(vaults, LIMITS.vaultConcurrency, async (vault) => {
    try {
      await run(vault);
      report.succeeded.push(vault.id);
    } catch (error) {
      report.failed.push({ key: vault.id, error: toOnePasswordError(error, { operation, account: vault.account }) });
    }
  });
  return report;
}

/** Vaults grouped by account, in first-seen order. */
export function byAccount(vaults: readonly VaultSummary[]): Map<AccountRef, VaultSummary[]> {
  const groups = new Map<AccountRef, VaultSummary[]>();
  for (const vault of vaults) groups.set(vault.account, [...(groups.get(vault.account) ?? []), vault]);
  return groups;
}

export type GrantResult = { ok: true } | { ok: false; fieldError?: string; error?: unknown };

/**
 * Grants a group access to one vault. 1Password answers "not found" both for a group and for a vault it cannot
 * see, so a "not found" is followed by a look at the group: only a missing group is blamed on the form's field.
 * The grant is tried first so that an account without group permissions says so ("unsupported").
 */
export async function grantToVault(vault: VaultSummary, groupId: string, permissions: number): Promise<GrantResult> {
  try {
    await grantGroupPermissions(vault.account, vault.id, groupId, permissions);
    return { ok: true };
  } catch (error) {
    const mapped = toOnePasswordError(error, { operation: "Granting group access", account: vault.account });
    if (mapped.kind !== "not-found") return { ok: false, error: mapped };
    const check = await checkGroupsExist(vault.account, [groupId]);
    if (check.kind === "missing") return { ok: false, fieldError: check.message };
    return { ok: false, error: mapped };
  }
}
