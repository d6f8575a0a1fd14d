import { useCallback, useEffect, useMemo, useState } from "react";
import type { AccountRef, ItemCategory, ItemSummary, VaultSummary } from "../lib/model";
import type { OnePasswordError } from "../onepassword/errors";
import {
  type AccountFirstPage,
  type AccountSnapshot,
  idsAndTitles,
  itemInList,
  type ItemChanges,
  MetadataIndex,
  type VaultFailure,
  vaultList,
} from "../onepassword/metadata-index";
import { createVaultSearch, type ItemSearch } from "../search/item-search";
import { warmUpSearch } from "../search/warm-up";
import { parseItemKey, summaryKey } from "../lib/item-key";
import { useAccountRefresh } from "./useAccountRefresh";
import { useLatestProgress } from "./useLatestProgress";

const keyOf = summaryKey;

export interface MetadataIndexState {
  /** The search over every loaded account's items; undefined while only first pages are in (step 1). */
  search: ItemSearch | undefined;
  /** While `partial`: the stored first pages' items, which the first frame lists. */
  firstPage: readonly ItemSummary[];
  /** How many items the index holds (archived included), or the first pages' rows while `partial`. */
  size: number;
  vaults: VaultSummary[];
  /** The item with this key (see `keyOf`), if the index holds it. */
  lookup: (key: string) => ItemSummary | undefined;
  /** The ids and titles of a vault's items (archived included), as far as the index holds them. */
  itemsInVault: (account: AccountRef, vaultId: string) => readonly { id: string; title: string }[];
  /** The categories of the items the index holds, sorted. */
  categories: ItemCategory[];
  /** True while any account is refreshing. */
  isLoading: boolean;
  /** True once every account has either a cached or a fresh index (or failed). */
  hasData: boolean;
  /** The failure of each account whose refresh failed; the others still show. */
  errors: Map<AccountRef, OnePasswordError>;
  /**
   * Vaults whose items could not be listed (or did not fit) by this launch's latest refresh of each account. Only
   * accounts with failures are present; each refresh that finds failures makes a new Map. Empty until the first
   * refresh: the stored ones are from an earlier launch and may no longer be true.
   */
  failures: Map<AccountRef, readonly VaultFailure[]>;
  /** True while some account shows only its stored first page; `activeCount` is then what they really hold. */
  partial: boolean;
  activeCount: number;
  revalidate: () => void;
  applyItemChanges: (account: AccountRef, changes: ItemChanges) => void;
}

interface Loaded {
  /** Accounts shown from their stored first page only. */
  pages: ReadonlyMap<AccountRef, AccountFirstPage>;
  /** Accounts whose whole index is in memory. */
  snapshots: ReadonlyMap<AccountRef, AccountSnapshot>;
  search: ItemSearch | undefined;
}

/** The search over the accounts' lists, rebuilt only when some list is not the one the current search was built on. */
function withSnapshots(previous: Loaded, accounts: readonly AccountRef[], changed: Map<AccountRef, AccountSnapshot>) {
  const snapshots = new Map([...previous.snapshots, ...changed]);
  const pages = new Map([...previous.pages].filter(([account]) => !snapshots.has(account)));
  const sameLists = [...changed].every(([account, snapshot]) => {
    const before = previous.snapshots.get(account)?.lists;
    return before?.length === snapshot.lists.length && before.every((list, i) => list === snapshot.lists[i]);
  });
  const search =
    sameLists && previous.search
      ? previous.search
      : createVaultSearch(
          accounts.flatMap((account) => snapshots.get(account)?.lists ?? []),
          previous.search,
        );
  return { pages, snapshots, search };
}

/**
 * Item overviews and vaults of all configured accounts, in the order a launch goes through them:
 *
 * 1. **First page.** The first frame lists each account's stored first page (a few kB; no SDK, no wasm).
 * 2. **Whole index.** Right after that frame, each account's stored items are read and the search is built over them.
 * 3. **Refresh.** Once that is in, each account is listed fresh, vault by vault (the SDK loads then, off the first
 *    frame's path); an account whose items changed replaces its own and the search is built again. An account with
 *    no stored index shows its lists as they grow (see refresh.ts for how often), still loading until all are in.
 * 4. **Search.** `useItemSearch` runs each query over the latest search.
 */
export function useMetadataIndex(accounts: readonly AccountRef[]): MetadataIndexState {
  const metadata = useMemo(() => new MetadataIndex(), []);
  const accountsKey = accounts.join("\u0000");

  // 1. First page.
  const [loaded, setLoaded] = useState<Loaded>(() => {
    const pages = new Map<AccountRef, AccountFirstPage>();
    for (const account of accounts) {
      const page = metadata.readFirstPage(account);
      if (page) pages.set(account, page);
    }
    return { pages, snapshots: new Map(), search: undefined };
  });
  const [wholeIndexRead, setWholeIndexRead] = useState(false);

  // 2. Whole index, after the first frame has been painted.
  useEffect(() => {
    const timer = setTimeout(() => {
      const read = new Map<AccountRef, AccountSnapshot>();
      for (const account of accounts) {
        const snapshot = metadata.read(account);
        if (snapshot) read.set(account, snapshot);
      }
      setLoaded((previous) => withSnapshots({ ...previous, pages: new Map() }, accounts, read));
      setWholeIndexRead(true);
    }, 0);
    return () => clearTimeout(timer);
  }, [metadata, accountsKey]);

  // The first searches of a launch also compile the search's code: run a few before the person types, so that their
  // first keystrokes after the list appears cost what later ones do.
  useEffect(() => (loaded.search ? warmUpSearch(loaded.search) : undefined), [loaded.search]);

  // 3. Refresh, once the whole index is in (so that unchanged vaults keep their lists and the search stays). The
  // launch's refresh lists only the vaults whose contents changed since they were stored; Refresh (⌘R) lists all.
  const [failures, setFailures] = useState<Map<AccountRef, readonly VaultFailure[]>>(() => new Map());
  const [full, setFull] = useState(false);
  // While no account has anything to show (no Cache), rows show as the vaults are listed, not when all of them are.
  // Not beside another account's stored rows: each partial list would build the search over those again.
  const latestProgress = useLatestProgress((account: AccountRef, partial: AccountSnapshot) =>
    setLoaded((previous) => withSnapshots(previous, accounts, new Map([[account, partial]]))),
  );
  const { errors, isLoading, refresh } = useAccountRefresh(
    accounts,
    "Loading items",
    (account) => {
      const known = loaded.snapshots.get(account);
      // Every load takes the reporter, so that an older load's progress stops counting even when this one reports none.
      const report = latestProgress.reporter(account);
      const onProgress = loaded.snapshots.size > 0 ? undefined : report;
      return metadata.refresh(account, known, { full, onProgress });
    },
    (account, snapshot) => {
      setLoaded((previous) => withSnapshots(previous, accounts, new Map([[account, snapshot]])));
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
    if (!wholeIndexRead) return;
    const timer = setTimeout(refresh, 0);
    return () => clearTimeout(timer);
  }, [wholeIndexRead, full, refresh]);
  const revalidate = useCallback(() => (full ? refresh() : setFull(true)), [full, refresh]);

  // The extension's own changes update the stored index and this one in place, without a refresh.
  const applyItemChanges = useCallback(
    (account: AccountRef, changes: ItemChanges) => {
      const next = metadata.applyItemChanges(account, changes, loaded.snapshots.get(account));
      if (next) setLoaded((previous) => withSnapshots(previous, accounts, new Map([[account, next]])));
    },
    [metadata, loaded, accountsKey],
  );

  return useMemo(() => {
    const { pages, snapshots, search } = loaded;
    const firstPage = accounts.flatMap((account) => pages.get(account)?.items ?? []);
    const vaults = accounts.flatMap((account) => (snapshots.get(account) ?? pages.get(account))?.vaults ?? []);
    const listOf = (account: AccountRef, vaultId: string) =>
      vaultList(snapshots.get(account)?.lists ?? [], account, vaultId);
    const lookup = (key: string) => {
      const parts = parseItemKey(key);
      const list = parts && listOf(parts.account, parts.vaultId);
      return (list && itemInList(list, parts.itemId)) ?? firstPage.find((item) => keyOf(item) === key);
    };
    const itemsInVault = (account: AccountRef, vaultId: string) => {
      const list = listOf(account, vaultId);
      if (!list) return firstPage.filter((item) => item.account === account && item.vaultId === vaultId);
      return idsAndTitles(list);
    };
    const categories = new Set<ItemCategory>(firstPage.map((item) => item.category));
    for (const snapshot of snapshots.values())
      for (const list of snapshot.lists) for (const category of list.categoriesPresent()) categories.add(category);
    const partial = pages.size > 0;
    const hasData = accounts.every((account) => snapshots.has(account) || pages.has(account) || errors.has(account));
    return {
      search: partial ? undefined : search,
      firstPage,
      size: partial ? firstPage.length : (search?.size ?? 0),
      vaults,
      lookup,
      itemsInVault,
      categories: [...categories].sort(),
      isLoading: isLoading || !wholeIndexRead || partial,
      hasData,
      errors,
      failures,
      partial,
      activeCount: [...pages.values()].reduce((sum, page) => sum + page.counts.active, 0),
      revalidate,
      applyItemChanges,
    };
  }, [loaded, accountsKey, isLoading, wholeIndexRead, errors, failures, revalidate, applyItemChanges]);
}
