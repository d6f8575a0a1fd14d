import { useCallback, useState } from "react";
import {
  groupPermissionsUnavailable,
  inferredAccountType,
  isUnsupportedError,
  rememberBusinessAccount,
  rememberGroupPermissionsUnavailable,
  showsBusinessAccount,
} from "../domain/group-permission-support";
import type { AccountRef } from "../lib/model";
import type { AccountType } from "../lib/permissions";

/** What a screen knows of an account's group permissions, learned as it goes (see domain/group-permission-support). */
export interface GroupPermissionSupport {
  available: (account: AccountRef) => boolean;
  accountType: (account: AccountRef) => AccountType;
  /** Learns from a failure: true when it was "unsupported" (now remembered for the account). */
  learnFrom: (account: AccountRef, error: unknown) => boolean;
  /** Learns from the permissions a vault's accessors hold: some only Business accounts accept. */
  learnFromAccess: (account: AccountRef, permissions: readonly number[]) => void;
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
  const learnFromAccess = useCallback((account: AccountRef, permissions: readonly number[]) => {
    if (showsBusinessAccount(permissions) && rememberBusinessAccount(account)) setLearned((count) => count + 1);
  }, []);
  return {
    available: (account) => !groupPermissionsUnavailable(account),
    accountType: inferredAccountType,
    learnFrom,
    learnFromAccess,
  };
}
