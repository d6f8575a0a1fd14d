import { useCallback, useEffect, useMemo, useState } from "react";
import type { AccountRef, VaultSummary } from "../lib/model";
import type { OnePasswordError } from "../onepassword/errors";
import { MetadataIndex, mergeVaultChanges, type VaultChanges } from "../onepassword/metadata-index";
import { listVaults } from "../onepassword/vaults";
import { compareText } from "../lib/compare";
import { useAccountRefresh } from "./useAccountRefresh";
import { type PendingChange, usePendingChanges } from "./usePendingChanges";

export interface VaultsState {
  /** Vaults of every account, in the accounts' order, each account's by title. */
  vaults: VaultSummary[];
  /** True while any account is loading. */
  isLoading: boolean;
  /** True once every account has cached or fresh vaults (or failed). */
  hasData: boolean;
  /** The failure of each account whose vaults could not be listed; the others still show. */
  errors: Map<AccountRef, OnePasswordError>;
  revalidate: () => void;
  /** After the extension's own change: updates this list and the stored index in place, without a refresh. */
  applyVaultChanges: (account: AccountRef, changes: VaultChanges) => void;
  /** The ids of the account's vaults as this list knows them (cached or listed), or undefined before either. */
  vaultIdsOf: (account: AccountRef) => string[] | undefined;
  /** A change the list shows while its call runs (a delete, a rename), for the mutation runner's `optimistic`. */
  showWhileRunning: (account: AccountRef, changes: VaultChanges) => PendingChange;
}

const byTitle = (a: VaultSummary, b: VaultSummary) => compareText(a.title, b.title) || compareText(a.id, b.id);

/**
 * The vaults of the configured accounts. The first frame comes from the metadata index in Raycast's Cache (no SDK);
 * then each account's vaults are listed fresh (`vaults.list` only, not every vault's items, which would be a full
 * index refresh) and written back into the index, so Search Secrets sees new titles and counts too.
 */
export function useVaults(accounts: readonly AccountRef[]): VaultsState {
  const index = useMemo(() => new MetadataIndex(), []);
  const accountsKey = accounts.join("\u0000");
  const [byAccount, setByAccount] = useState(() => {
    const initial = new Map<AccountRef, VaultSummary[]>();
    for (const account of accounts) {
      const cached = index.readVaults(account);
      if (cached) initial.set(account, [...cached].sort(byTitle));
    }
    return initial;
  });
  const { errors, isLoading, refresh } = useAccountRefresh(
    accounts,
    "Loading vaults",
    (account) => listVaults(account),
    (account, fresh) => {
      const cached = index.readVaults(account);
      if (cached) {
        const freshIds = new Set(fresh.map((vault) => vault.id));
        const gone = cached.filter((vault) => !freshIds.has(vault.id)).map((vault) => vault.id);
        index.applyVaultChanges(account, { upserted: fresh, removed: gone });
      }
      setByAccount((previous) => new Map(previous).set(account, [...fresh].sort(byTitle)));
    },
  );

  useEffect(() => {
    // After the first frame: loading the SDK must not delay the cached paint.
    const timer = setTimeout(refresh, 0);
    return () => clearTimeout(timer);
  }, [refresh]);

  const applyVaultChanges = useCallback(
    (account: AccountRef, changes: VaultChanges) => {
      index.applyVaultChanges(account, changes);
      setByAccount((previous) =>
        new Map(previous).set(account, mergeVaultChanges(previous.get(account) ?? [], changes).sort(byTitle)),
      );
    },
    [index],
  );

  const running = usePendingChanges<{ account: AccountRef; changes: VaultChanges }>();
  const showWhileRunning = useCallback(
    (account: AccountRef, changes: VaultChanges) => running.pending({ account, changes }),
    [running.pending],
  );
  const vaults = useMemo(
    () =>
      accounts.flatMap((account) =>
        running.changes.reduce(
          (list, pending) =>
            pending.account === account ? mergeVaultChanges(list, pending.changes).sort(byTitle) : list,
          byAccount.get(account) ?? [],
        ),
      ),
    [byAccount, accountsKey, running.changes],
  );
  const hasData = accounts.every((account) => byAccount.has(account) || errors.has(account));
  const vaultIdsOf = (account: AccountRef) => byAccount.get(account)?.map((vault) => vault.id);
  return { vaults, isLoading, hasData, errors, revalidate: refresh, applyVaultChanges, vaultIdsOf, showWhileRunning };
}
