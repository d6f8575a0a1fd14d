import { Cache } from "@raycast/api";
import type { AccountRef, VaultSummary } from "../../lib/model";
import { currentHeap, type HeapStatistics } from "../heap-room";
import { applyItemChanges, applyVaultChanges, type ItemChanges, type VaultChanges } from "./changes";
import type { AccountFirstPage, AccountSnapshot } from "./format";
import { refreshAccount } from "./refresh";
import { MetadataIndexStore } from "./store";

export type { AccountFirstPage, AccountSnapshot, ItemCounts, VaultFailure } from "./format";
export { FIRST_PAGE_SIZE } from "./format";
export { type ItemChanges, mergeVaultChanges, type VaultChanges } from "./changes";
export { idsAndTitles, itemInList, itemsOf, vaultList } from "./lookup";

/**
 * The metadata index: vaults and item overviews of every account, kept in Raycast's Cache so that a command paints
 * its first frame from the last known state and revalidates in the background.
 *
 * It never holds a value: only what `items.list`/`vaults.list` return (ids, titles, categories, website hosts, tags,
 * state, dates). The layout in the Cache is format.ts, its reads and writes store.ts, the refresh refresh.ts and the
 * extension's own changes changes.ts; this class is what the rest of the extension uses.
 */

const CACHE_NAMESPACE = "metadata-index";
/** Raycast's default Cache capacity (10 MB) would evict a large account's index. */
const CACHE_CAPACITY_BYTES = 96 * 1024 * 1024;

export class MetadataIndex {
  private readonly store: MetadataIndexStore;

  constructor(
    cache: Cache = new Cache({ namespace: CACHE_NAMESPACE, capacity: CACHE_CAPACITY_BYTES }),
    private readonly now: () => number = Date.now,
    /** The heap as the refresh sees it before each vault; tests stand in for a nearly full one. */
    private readonly heap: () => HeapStatistics = currentHeap,
  ) {
    this.store = new MetadataIndexStore(cache, now);
  }

  /** The stored first page: what a command's first frame needs, without reading any vault's rows. */
  readFirstPage(account: AccountRef): AccountFirstPage | undefined {
    return this.store.readFirstPage(account);
  }

  /** The account's cached vaults, without reading any item. */
  readVaults(account: AccountRef): VaultSummary[] | undefined {
    return this.store.readHead(account)?.vaults;
  }

  /** The whole stored account, read one vault's rows at a time. */
  read(account: AccountRef): AccountSnapshot | undefined {
    return this.store.read(account);
  }

  write(snapshot: AccountSnapshot): void {
    this.store.write(snapshot);
  }

  invalidate(account: AccountRef): void {
    this.store.remove(account);
  }

  /**
   * Lists the account afresh (see refresh.ts); `known` is this index's last copy of it, whose unchanged vaults stay.
   * `onProgress` sees the lists so far as they grow.
   */
  refresh(
    account: AccountRef,
    known?: AccountSnapshot,
    options: { full?: boolean; onProgress?: (partial: AccountSnapshot) => void } = {},
  ): Promise<AccountSnapshot> {
    const { full, onProgress } = options;
    return refreshAccount(this.store, account, known, { full, onProgress, now: this.now, heap: this.heap });
  }

  /** Updates the stored index after the extension's own item changes (or another command's new item). */
  applyItemChanges(account: AccountRef, changes: ItemChanges, known?: AccountSnapshot): AccountSnapshot | undefined {
    return applyItemChanges(this.store, account, changes, known);
  }

  /** Same for vault changes (create, rename, delete); a deleted vault takes its items with it. No item is read. */
  applyVaultChanges(account: AccountRef, changes: VaultChanges, known?: AccountSnapshot): AccountSnapshot | undefined {
    return applyVaultChanges(this.store, account, changes, known);
  }
}
