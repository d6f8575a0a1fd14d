import { usePromise } from "@raycast/utils";
import { useMemo } from "react";
import type { AccountRef, VaultAccessor, VaultSummary } from "../lib/model";
import { type OnePasswordError, toOnePasswordError } from "../onepassword/errors";
import { getVaultWithAccess } from "../onepassword/vaults";

export interface VaultAccessState {
  vault?: VaultSummary;
  /** Groups first, then users, as 1Password returns them within each. */
  accessors: VaultAccessor[];
  isLoading: boolean;
  error?: OnePasswordError;
  revalidate: () => void;
}

async function loadAccess(account: AccountRef, vaultId: string) {
  const { vault, accessors } = await getVaultWithAccess(account, vaultId);
  return {
    vault,
    accessors: [...accessors.filter((a) => a.type === "group"), ...accessors.filter((a) => a.type === "user")],
  };
}

/** Who can access a vault, fetched fresh every time the screen opens (access changes elsewhere too). */
export function useVaultAccess(account: AccountRef, vaultId: string): VaultAccessState {
  // The screen shows a failure in its own empty view, so @raycast/utils' default failure toast is turned off.
  const { data, isLoading, error, revalidate } = usePromise(loadAccess, [account, vaultId], { onError: () => {} });
  const mapped = useMemo(
    () => (error ? toOnePasswordError(error, { operation: "Loading vault access", account }) : undefined),
    [error, account],
  );
  return { vault: data?.vault, accessors: data?.accessors ?? [], isLoading, error: mapped, revalidate };
}
