import { Cache } from "@raycast/api";
import { useCallback, useState } from "react";
import type { AccountRef } from "../lib/model";
import type { AccountType } from "../lib/permissions";
import { isOnePasswordError } from "../onepassword/errors";

/**
 * Whether an account can give groups access to vaults. The SDK does not say which kind of account it talks to, and
 * vault types do not tell either (Family, Teams and Business accounts all have a shared "everyone" vault). So the
 * answer is learned: an account is assumed to support group permissions until 1Password answers a grant, change or
 * revoke with "not available for this account type" (kind "unsupported"); from then on it is remembered in Raycast's
 * Cache (metadata, no secret) and forms say so up front instead of offering grants that cannot work.
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

/** True when the error says the account cannot have group permissions. */
export function isUnsupportedError(error: unknown): boolean {
  return isOnePasswordError(error) && error.kind === "unsupported";
}

/**
 * The account type as far as it matters here. "individual" stands for "any account without group permissions"
 * (Personal or Family: they cannot be told apart); "unknown" lets 1Password have the last word.
 */
export function inferredAccountType(account: AccountRef | undefined): AccountType {
  return account !== undefined && groupPermissionsUnavailable(account) ? "individual" : "unknown";
}

export const GROUP_PERMISSIONS_UNAVAILABLE =
  "Group permissions need a 1Password Business or Teams account; this account has none.";

export interface GroupPermissionSupport {
  available: (account: AccountRef) => boolean;
  accountType: (account: AccountRef) => AccountType;
  /** Learns from a failure: true when it was "unsupported" (now remembered for the account). */
  learnFrom: (account: AccountRef, error: unknown) => boolean;
}

/** Re-renders the screen when an account is learned to have no group permissions. */
export function useGroupPermissionSupport(): GroupPermissionSupport {
  const [, setLearned] = useState(0);
  const learnFrom = useCallback((account: AccountRef, error: unknown) => {
    if (!isUnsupportedError(error)) return false;
    rememberGroupPermissionsUnavailable(account);
    setLearned((count) => count + 1);
    return true;
  }, []);
  return {
    available: (account) => !groupPermissionsUnavailable(account),
    accountType: inferredAccountType,
    learnFrom,
  };
}
