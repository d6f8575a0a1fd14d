import type { AccountRef, VaultSummary } from "../../lib/model";
import { type OnePasswordError, toOnePasswordError } from "../../onepassword/errors";
import { createVault, grantGroupPermissions } from "../../onepassword/vaults";

export interface GroupGrants {
  groupIds: string[];
  permissions: number;
}

export interface CreatePlan {
  account: AccountRef;
  /** Validated titles, each created as its own vault. */
  titles: string[];
  description: string;
  allowAdminsAccess: boolean;
  grants?: GroupGrants;
}

export interface CreateOutcome {
  created: VaultSummary[];
  failed: Array<{ title: string; error: OnePasswordError }>;
  /** Grants that failed on a vault that was created. */
  grantFailures: Array<{ vault: VaultSummary; groupId: string; error: OnePasswordError }>;
}

/**
 * Creates the vaults one after the other (vault creation is a write the app rate-limits; a handful of titles is the
 * use case), then grants each group on each new vault. Every title ends in `created` or `failed`: nothing is lost
 * silently. Once a grant says the account has no group permissions, the remaining grants are not tried.
 */
export async function createVaults(plan: CreatePlan): Promise<CreateOutcome> {
  const outcome: CreateOutcome = { created: [], failed: [], grantFailures: [] };
  let grantsUnsupported: OnePasswordError | undefined;
  for (const title of plan.titles) {
    let vault: VaultSummary;
    try {
      vault = await createVault(plan.account, {
        title,
        description: plan.description === "" ? undefined : plan.description,
        allowAdminsAccess: plan.allowAdminsAccess,
      });
    } catch (error) {
      const mapped = toOnePasswordError(error, { operation: `Creating vault "${title}"`, account: plan.account });
      outcome.failed.push({ title, error: mapped });
      continue;
    }
    outcome.created.push(vault);
    for (const groupId of plan.grants?.groupIds ?? []) {
      if (grantsUnsupported) {
        outcome.grantFailures.push({ vault, groupId, error: grantsUnsupported });
        continue;
      }
      try {
        await grantGroupPermissions(plan.account, vault.id, groupId, plan.grants?.permissions ?? 0);
      } catch (error) {
        const mapped = toOnePasswordError(error, { operation: "Granting group access", account: plan.account });
        if (mapped.kind === "unsupported") grantsUnsupported = mapped;
        outcome.grantFailures.push({ vault, groupId, error: mapped });
      }
    }
  }
  return outcome;
}
