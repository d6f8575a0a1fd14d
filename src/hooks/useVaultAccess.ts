import { useCallback, useEffect, useRef, useState } from "react";
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

/** Who can access a vault, fetched fresh every time the screen opens (access changes elsewhere too). */
export function useVaultAccess(account: AccountRef, vaultId: string): VaultAccessState {
  const [state, setState] = useState<Omit<VaultAccessState, "revalidate">>({ accessors: [], isLoading: true });
  const generation = useRef(0);

  const load = useCallback(() => {
    const current = ++generation.current;
    setState((previous) => ({ ...previous, isLoading: true }));
    getVaultWithAccess(account, vaultId)
      .then(({ vault, accessors }) => {
        if (generation.current !== current) return;
        const ordered = [...accessors.filter((a) => a.type === "group"), ...accessors.filter((a) => a.type === "user")];
        setState({ vault, accessors: ordered, isLoading: false });
      })
      .catch((error: unknown) => {
        if (generation.current !== current) return;
        const mapped = toOnePasswordError(error, { operation: "Loading vault access", account });
        setState((previous) => ({ ...previous, isLoading: false, error: mapped }));
      });
  }, [account, vaultId]);

  useEffect(load, [load]);
  return { ...state, revalidate: load };
}
