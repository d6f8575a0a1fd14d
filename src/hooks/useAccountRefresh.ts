import { useCallback, useRef, useState } from "react";
import { useLatestLoads } from "./useLatestLoads";
import type { AccountRef } from "../lib/model";
import { type OnePasswordError, toOnePasswordError } from "../onepassword/errors";

export interface AccountRefresh {
  /** The failure of each account whose latest load failed; the others still show. */
  errors: Map<AccountRef, OnePasswordError>;
  /** True while any account's load of the latest refresh is running. */
  isLoading: boolean;
  refresh: () => void;
}

/**
 * Loads something for every configured account at once, each account on its own: one failing account keeps its error
 * without holding back the others, and a newer refresh makes the answers of an older one count for nothing.
 */
export function useAccountRefresh<T>(
  accounts: readonly AccountRef[],
  operation: string,
  load: (account: AccountRef) => Promise<T>,
  onLoaded: (account: AccountRef, value: T) => void,
): AccountRefresh {
  const [errors, setErrors] = useState<Map<AccountRef, OnePasswordError>>(() => new Map());
  const [pending, setPending] = useState<ReadonlySet<AccountRef>>(() => new Set(accounts));
  const loads = useLatestLoads<T>();
  // The latest callbacks, so that `refresh` stays the same function for the same accounts.
  const latest = useRef({ load, onLoaded });
  latest.current = { load, onLoaded };
  const accountsKey = accounts.join("\u0000");

  const refresh = useCallback(() => {
    setPending(new Set(accounts));
    for (const account of accounts) {
      loads.start(account, () => latest.current.load(account), {
        onLoaded: (value) => {
          latest.current.onLoaded(account, value);
          setErrors((previous) => {
            if (!previous.has(account)) return previous;
            const next = new Map(previous);
            next.delete(account);
            return next;
          });
        },
        onFailed: (error) =>
          setErrors((previous) => new Map(previous).set(account, toOnePasswordError(error, { operation, account }))),
        onSettled: () =>
          setPending((previous) => {
            if (!previous.has(account)) return previous;
            const next = new Set(previous);
            next.delete(account);
            return next;
          }),
      });
    }
    // accountsKey stands for the accounts' contents, so a new array with the same accounts does not refresh again.
  }, [accountsKey, operation, loads]);

  return { errors, isLoading: pending.size > 0, refresh };
}
