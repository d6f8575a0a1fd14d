import type { AccountRef, VaultSummary } from "../lib/model";
import { mayHaveBeenCarriedOut, type OnePasswordError, toOnePasswordError } from "../onepassword/errors";
import { createVault, grantGroupPermissions, listVaults } from "../onepassword/vaults";

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
  /**
   * The ids of the account's vaults known before these creates (and before any earlier attempt still in doubt). A
   * create whose answer was lost is checked against them: a vault with its exact title outside them is the one it
   * made. Without them the vaults are listed once before the first create; if that fails, nothing can be checked.
   */
  knownVaultIds?: readonly string[];
  /** Titles an earlier attempt may have created (its answer was lost): looked for before they are created again. */
  inDoubt?: readonly string[];
}

/** Titles whose create may have happened although it was reported failed, with the ids known before it. */
export interface VaultsInDoubt {
  account: AccountRef;
  titles: string[];
  knownVaultIds: string[];
}

export interface CreateOutcome {
  created: VaultSummary[];
  failed: Array<{ title: string; error: OnePasswordError }>;
  /** Grants that failed on a vault that was created. */
  grantFailures: Array<{ vault: VaultSummary; groupId: string; error: OnePasswordError }>;
  /** Failed titles whose create may still happen in 1Password: pass them as `inDoubt` to the next attempt. */
  inDoubt: string[];
  /** The ids the checks compared with, created vaults included: the next attempt's `knownVaultIds`. */
  knownVaultIds?: string[];
}

/** The vault a create with a lost answer made: one titled exactly so whose id was not known before. */
export async function findCreatedVault(
  account: AccountRef,
  title: string,
  known: ReadonlySet<string>,
): Promise<VaultSummary | undefined> {
  const vaults = await listVaults(account);
  return vaults.find((vault) => vault.title === title && !known.has(vault.id));
}

async function knownIdsBefore(plan: CreatePlan): Promise<Set<string> | undefined> {
  if (plan.knownVaultIds) return new Set(plan.knownVaultIds);
  try {
    return new Set((await listVaults(plan.account)).map((vault) => vault.id));
  } catch {
    // Creating must not depend on this listing: without it, a lost answer is reported as a failure, as before.
    return undefined;
  }
}

/**
 * Creates the vaults one after the other (vault creation is a write the app rate-limits; a handful of titles is the
 * use case), then grants each group on each new vault. Every title ends in `created` or `failed`: nothing is lost
 * silently, and nothing is created twice: a create whose outcome is unknown is checked by listing the vaults, and a
 * title left in doubt is looked for again before the next attempt creates it. Once a grant says the account has no
 * group permissions, the remaining grants are not tried.
 */
export async function createVaults(plan: CreatePlan): Promise<CreateOutcome> {
  const outcome: CreateOutcome = { created: [], failed: [], grantFailures: [], inDoubt: [] };
  const known = await knownIdsBefore(plan);
  const doubted = new Set(plan.inDoubt ?? []);
  let grantsUnsupported: OnePasswordError | undefined;
  for (const title of plan.titles) {
    const operation = `Creating vault "${title}"`;
    let vault: VaultSummary | undefined;
    if (known && doubted.has(title)) {
      try {
        vault = await findCreatedVault(plan.account, title, known);
      } catch (error) {
        // Creating without knowing could make a second vault: report it and keep the doubt for the next attempt.
        outcome.failed.push({ title, error: toOnePasswordError(error, { operation, account: plan.account }) });
        outcome.inDoubt.push(title);
        continue;
      }
    }
    if (!vault) {
      try {
        vault = await createVault(plan.account, {
          title,
          description: plan.description === "" ? undefined : plan.description,
          allowAdminsAccess: plan.allowAdminsAccess,
        });
      } catch (error) {
        const mapped = toOnePasswordError(error, { operation, account: plan.account });
        if (known && mayHaveBeenCarriedOut(mapped)) {
          vault = await findCreatedVault(plan.account, title, known).catch(() => undefined);
          if (!vault) outcome.inDoubt.push(title);
        }
        if (!vault) {
          outcome.failed.push({ title, error: mapped });
          continue;
        }
      }
    }
    known?.add(vault.id);
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
  if (known) outcome.knownVaultIds = [...known];
  return outcome;
}
