import { useCallback, useRef, useState } from "react";
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
  const [pending, setPending] = useState(accounts.length);
  const generation = useRef(0);
  // The latest callbacks, so that `refresh` stays the same function for the same accounts.
  const latest = useRef({ load, onLoaded });
  latest.current = { load, onLoaded };
  const accountsKey = accounts.join("\u0000");

  const refresh = useCallback(() => {
    const current = ++generation.current;
    setPending(accounts.length);
    for (const account of accounts) {
      latest.current
        .load(account)
        .then((value) => {
          if (generation.current !== current) return;
          latest.current.onLoaded(account, value);
          setErrors((previous) => {
            if (!previous.has(account)) return previous;
            const next = new Map(previous);
            next.delete(account);
            return next;
          });
        })
        .catch((error: unknown) => {
          if (generation.current !== current) return;
          setErrors((previous) => new Map(previous).set(account, toOnePasswordError(error, { operation, account })));
        })
        .finally(() => {
          if (generation.current === current) setPending((count) => Math.max(0, count - 1));
        });
    }
    // accountsKey stands for the accounts' contents, so a new array with the same accounts does not refresh again.
  }, [accountsKey, operation]);

  return { errors, isLoading: pending > 0, refresh };
}
