import { useEffect, useRef } from "react";
import type { AccountRef } from "../../lib/model";
import type { VaultFailure } from "../../onepassword/metadata-index";
import { describeVaultFailures, showVaultFailures } from "./vault-failures";

/**
 * Vaults a refresh could not read: their items are missing (or stale), so say which and why, once per refresh. The
 * toast waits until every account has finished, so one refresh is one toast.
 */
export function useVaultFailureToast(
  failures: Map<AccountRef, readonly VaultFailure[]>,
  isLoading: boolean,
  nameAccounts: boolean,
  retry: () => void,
) {
  const shown = useRef<Map<AccountRef, readonly VaultFailure[]>>(undefined);
  useEffect(() => {
    if (isLoading || failures.size === 0 || shown.current === failures) return;
    shown.current = failures;
    const report = describeVaultFailures(failures, nameAccounts);
    if (report) void showVaultFailures(report, retry);
  }, [failures, isLoading, nameAccounts, retry]);
}
