import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AccountRef, ItemSummary, VaultSummary } from "../lib/model";
import type { OnePasswordError } from "../onepassword/errors";
import {
  type AccountSnapshot,
  type ItemChanges,
  MetadataIndex,
  type VaultChanges,
  type VaultFailure,
} from "../onepassword/metadata-index";
import { useAccountRefresh } from "./useAccountRefresh";

export interface ItemIndexState {
  items: ItemSummary[];
  vaults: VaultSummary[];
  /** True while any account is refreshing. */
  isLoading: boolean;
  /** True once every account has either a cached or a fresh snapshot (or failed). */
  hasData: boolean;
  /** The failure of each account whose refresh failed; the others still show. */
  errors: Map<AccountRef, OnePasswordError>;
  /**
   * Vaults whose items could not be listed by this session's latest refresh of each account (their old rows, if any,
   * are kept). Only accounts with failures are present; each refresh that finds failures makes a new Map, so a
   * caller can tell one refresh's report from the next by identity. Empty until the first refresh: the cached ones
   * are from an earlier session and may no longer be true.
   */
  failures: Map<AccountRef, readonly VaultFailure[]>;
  refreshedAt?: number;
  /**
   * True while some account shows only its stored first page (the first frame): `items` then holds that page, and
   * `activeCount` how many active items the account(s) really have.
   */
  partial: boolean;
  activeCount: number;
  revalidate: () => void;
  applyItemChanges: (account: AccountRef, changes: ItemChanges) => void;
  applyVaultChanges: (account: AccountRef, changes: VaultChanges) => void;
}

/** Active items of all accounts, while some show only their first page (their stored count stands for them). */
function countActive(
  accounts: readonly AccountRef[],
  snapshots: Map<AccountRef, AccountSnapshot>,
  partial: Map<AccountRef, number>,
): number {
  let total = 0;
  for (const account of accounts) {
    const stored = partial.get(account);
    if (stored !== undefined) total += stored;
    else for (const item of snapshots.get(account)?.items ?? []) if (!item.archived) total++;
  }
  return total;
}

function merge(snapshots: Map<AccountRef, AccountSnapshot>, accounts: readonly AccountRef[]) {
  const items: ItemSummary[] = [];
  const vaults: VaultSummary[] = [];
  let refreshedAt: number | undefined;
  for (const account of accounts) {
    const snapshot = snapshots.get(account);
    if (!snapshot) continue;
    for (const item of snapshot.items) items.push(item);
    for (const vault of snapshot.vaults) vaults.push(vault);
    refreshedAt = refreshedAt === undefined ? snapshot.refreshedAt : Math.min(refreshedAt, snapshot.refreshedAt);
  }
  return { items, vaults, refreshedAt };
}

/**
 * Item overviews and vaults of all configured accounts. The first frame comes from the cached index (no SDK, no
 * wasm); the refresh starts after that frame has been rendered and each account replaces its rows as it finishes.
 */
export function useItemIndex(accounts: readonly AccountRef[]): ItemIndexState {
  const index = useMemo(() => new MetadataIndex(), []);
  const accountsKey = accounts.join("\u0000");
  // The first frame reads each account's stored first page (a few kB), not its whole snapshot (~6 MB at 50,000
  // items); an account without one (written by an older version) is read whole.
  // Whole snapshots already decoded in this session, handed to the refresh so it need not decode them again.
  const decoded = useRef(new Map<AccountRef, AccountSnapshot>());
  const [initial] = useState(() => {
    const snapshots = new Map<AccountRef, AccountSnapshot>();
    const partial = new Map<AccountRef, number>();
    for (const account of accounts) {
      const page = index.readFirstPage(account);
      if (page) {
        snapshots.set(account, { ...page, failures: [] });
        partial.set(account, page.counts.active);
        continue;
      }
      const cached = index.read(account);
      if (cached) {
        snapshots.set(account, cached);
        decoded.current.set(account, cached);
      }
    }
    return { snapshots, partial };
  });
  const [snapshots, setSnapshots] = useState(initial.snapshots);
  const [partial, setPartial] = useState(initial.partial);
  const [failures, setFailures] = useState<Map<AccountRef, readonly VaultFailure[]>>(() => new Map());
  const { errors, isLoading, refresh } = useAccountRefresh(
    accounts,
    "Loading items",
    (account) => index.refresh(account, decoded.current.get(account)),
    (account, snapshot) => {
      decoded.current.set(account, snapshot);
      setSnapshots((previous) => new Map(previous).set(account, snapshot));
      setFailures((previous) => {
        if (snapshot.failures.length > 0) return new Map(previous).set(account, snapshot.failures);
        if (!previous.has(account)) return previous;
        const next = new Map(previous);
        next.delete(account);
        return next;
      });
    },
  );

  useEffect(() => {
    // After the first frame: the whole cached snapshots replace the first pages, then, a frame later, the refresh
    // starts; requiring the SDK and its wasm takes 100–200 ms and must not delay either paint.
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(() => {
      if (initial.partial.size > 0) {
        const whole = new Map<AccountRef, AccountSnapshot>();
        for (const account of initial.partial.keys()) {
          const snapshot = index.read(account);
          if (snapshot) {
            whole.set(account, snapshot);
            decoded.current.set(account, snapshot);
          }
        }
        setSnapshots((previous) => {
          const next = new Map(previous);
          // A refresh that already finished has the fresher rows.
          for (const [account, snapshot] of whole)
            if (previous.get(account) === initial.snapshots.get(account)) next.set(account, snapshot);
          return next;
        });
        setPartial(new Map());
      }
      refreshTimer = setTimeout(refresh, 0);
    }, 0);
    return () => {
      clearTimeout(timer);
      if (refreshTimer) clearTimeout(refreshTimer);
    };
  }, [refresh, index, initial]);

  const applyItemChanges = useCallback(
    (account: AccountRef, changes: ItemChanges) => {
      const next = index.applyItemChanges(account, changes);
      if (!next) return;
      decoded.current.set(account, next);
      setSnapshots((previous) => new Map(previous).set(account, next));
    },
    [index],
  );
  const applyVaultChanges = useCallback(
    (account: AccountRef, changes: VaultChanges) => {
      const next = index.applyVaultChanges(account, changes);
      if (!next) return;
      decoded.current.set(account, next);
      setSnapshots((previous) => new Map(previous).set(account, next));
    },
    [index],
  );

  const merged = useMemo(() => merge(snapshots, accounts), [snapshots, accountsKey]);
  const hasData = accounts.every((account) => snapshots.has(account) || errors.has(account));

  return {
    ...merged,
    isLoading: isLoading || partial.size > 0,
    partial: partial.size > 0,
    activeCount: partial.size > 0 ? countActive(accounts, snapshots, partial) : 0,
    hasData,
    errors,
    failures,
    revalidate: refresh,
    applyItemChanges,
    applyVaultChanges,
  };
}
