import { Cache } from "@raycast/api";
import type { AccountRef } from "../lib/model";
import { acceptedOnBusiness, acceptedOnTeams, type AccountType } from "../lib/permissions";
import { isOnePasswordError } from "../onepassword/errors";

/**
 * Whether an account can give groups access to vaults. The SDK does not say which kind of account it talks to, and
 * vault types do not tell either (Family, Teams and Business accounts all have a shared "everyone" vault). So the
 * answer is learned: an account is assumed to support group permissions until 1Password answers a grant, change or
 * revoke with "not available for this account type" (kind "unsupported"); from then on it is remembered in Raycast's
 * Cache (metadata, no secret) and forms say so up front instead of offering grants that cannot work.
 *
 * Teams accounts take only broad permission sets, Business accounts granular ones too. Until an account is known to be
 * Business, only presets both accept are offered; it is known to be Business once one of its vaults shows an accessor
 * whose permissions a Teams account could not hold.
 */

const NAMESPACE = "group-permission-support";

function store(): Cache {
  // Created on use, not at module load, so a test's fresh host gets a fresh Cache.
  return new Cache({ namespace: NAMESPACE });
}

export function groupPermissionsUnavailable(account: AccountRef): boolean {
  return store().get(account) === "unavailable";
}

export function rememberGroupPermissionsUnavailable(account: AccountRef): void {
  store().set(account, "unavailable");
}

/**
 * True when a vault's accessors hold a set only a Business account accepts. Sets neither accepts (bits this extension
 * does not know, or an older grant) prove nothing.
 */
export function showsBusinessAccount(permissions: readonly number[]): boolean {
  return permissions.some((bits) => acceptedOnBusiness(bits) && !acceptedOnTeams(bits));
}

/** Remembers an account as Business; an account without group permissions stays so. Returns true when it changed. */
export function rememberBusinessAccount(account: AccountRef): boolean {
  const cache = store();
  if (cache.get(account) !== undefined) return false;
  cache.set(account, "business");
  return true;
}

/** True when the error says the account cannot have group permissions. */
export function isUnsupportedError(error: unknown): boolean {
  return isOnePasswordError(error) && error.kind === "unsupported";
}

/**
 * The account type as far as it matters here. "individual" stands for "any account without group permissions"
 * (Personal or Family: they cannot be told apart); "unknown" lets 1Password have the last word.
 */
export function inferredAccountType(account: AccountRef | undefined): AccountType {
  if (account === undefined) return "unknown";
  const known = store().get(account);
  if (known === "unavailable") return "individual";
  return known === "business" ? "business" : "unknown";
}

export const GROUP_PERMISSIONS_UNAVAILABLE =
  "Group permissions need a 1Password Business or Teams account; this account has none.";
