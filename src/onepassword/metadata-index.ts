import { Cache } from "@raycast/api";
import type { AccountRef, ItemSummary, VaultSummary } from "../lib/model";
import type { VaultChanges } from "../lib/vault-changes";
import { WORDS } from "./error-words";
import type { ItemRow, VaultItems } from "../lib/vault-items";
import { mapWithinBudget } from "./concurrency";
import { toOnePasswordError } from "./errors";
import { hasRoomToList, type HeapStatistics, currentHeap } from "./heap-room";
import { listVaultItems } from "./items";
import { LIMITS } from "./limits";
import { type AccountSnapshot, type VaultFailure } from "./metadata-index-format";
import { IndexStore, listedVersion, markListed } from "./metadata-index-store";
import { listVaults } from "./vaults";

export type { AccountFirstPage, AccountSnapshot, ItemCounts, VaultFailure } from "./metadata-index-format";
export { FIRST_PAGE_SIZE } from "./metadata-index-format";

/**
 * The metadata index: vaults and item overviews of every account, kept in Raycast's Cache so that a command paints
 * its first frame from the last known state and revalidates in the background.
 *
 * It never holds a value: only what `items.list`/`vaults.list` return (ids, titles, categories, website hosts, tags,
 * state, dates). How it is laid out in the Cache is in metadata-index-format.ts and metadata-index-store.ts.
 */

const CACHE_NAMESPACE = "metadata-index";
/** Raycast's default Cache capacity (10 MB) would evict a large account's index. */
const CACHE_CAPACITY_BYTES = 96 * 1024 * 1024;

export interface ItemChanges {
  removed?: readonly string[];
  archived?: readonly string[];
  upserted?: readonly ItemSummary[];
}

export type { VaultChanges } from "../lib/vault-changes";

/** Every item of a snapshot as the screens use them (tests and small callers; a screen asks its search instead). */
export function itemsOf(snapshot: Pick<AccountSnapshot, "lists">): ItemSummary[] {
  return snapshot.lists.flatMap((list) => Array.from({ length: list.size }, (_, i) => list.at(i)));
}

function tooLarge(vault: VaultSummary): VaultFailure {
  return {
    vaultId: vault.id,
    vaultTitle: vault.title,
    error: {
      kind: "too-large",
      title: WORDS["too-large"].title,
      hint:
        `Its ${vault.itemCount.toLocaleString("en-US")} items do not fit in the memory Raycast gives one command, so ` +
        "they are not in this list. Search them in the 1Password app, or move some of them into other vaults.",
    },
  };
}

export class MetadataIndex {
  private readonly store: IndexStore;

  constructor(
    cache: Cache = new Cache({ namespace: CACHE_NAMESPACE, capacity: CACHE_CAPACITY_BYTES }),
    private readonly now: () => number = Date.now,
    /** The heap as the refresh sees it before each vault; tests stand in for a nearly full one. */
    private readonly heap: () => HeapStatistics = currentHeap,
  ) {
    this.store = new IndexStore(cache, now);
  }

  /** The stored first page: what a command's first frame needs, without reading any vault's rows. */
  readFirstPage(account: AccountRef) {
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
   * Lists the account's vaults and their items (active and archived) and stores the result, vault by vault: each
   * vault's rows are written as its listing arrives, and a vault whose rows did not change keeps its `known` list
   * (the same object, so nothing built on it needs building again). A vault that fails keeps its previous rows and is
   * reported in `failures`, so one locked-down vault does not empty the list; so is a vault too large for the heap
   * that is left, which is not listed at all. A vault whose content version is the one its `known` list was listed
   * at has not changed and is not listed again, unless `full` asks for every vault.
   */
  async refresh(
    account: AccountRef,
    known?: AccountSnapshot,
    options: { full?: boolean } = {},
  ): Promise<AccountSnapshot> {
    const head = this.store.readHead(account);
    const vaults = await listVaults(account);
    const knownLists = new Map((known?.lists ?? []).map((list) => [list.vault.id, list]));
    const lists = new Map<string, VaultItems>();
    const failures: VaultFailure[] = [];
    const keepPrevious = (vault: VaultSummary) => {
      const previous = knownLists.get(vault.id) ?? (head ? this.store.readList(head, vault) : undefined);
      if (previous)
        lists.set(vault.id, previous.vault.title === vault.title ? previous : previous.renamed(vault.title));
    };
    await mapWithinBudget(
      vaults,
      LIMITS.vaultConcurrency,
      LIMITS.listingBudgetItems,
      (vault) => vault.itemCount,
      async (vault) => {
        const previous = knownLists.get(vault.id);
        const unchanged =
          previous !== undefined &&
          vault.contentVersion !== undefined &&
          listedVersion(previous) === vault.contentVersion;
        if (unchanged && !options.full) {
          keepPrevious(vault);
          return;
        }
        if (!hasRoomToList(vault.itemCount, this.heap())) {
          keepPrevious(vault);
          failures.push(tooLarge(vault));
          return;
        }
        try {
          const fresh = await listVaultItems(account, vault, { includeArchived: true });
          const kept = previous?.sameRows(fresh) ? previous : fresh;
          markListed(kept, vault.contentVersion);
          lists.set(vault.id, kept);
        } catch (error) {
          keepPrevious(vault);
          const { kind, title, hint } = toOnePasswordError(error, { operation: `Loading "${vault.title}"`, account });
          failures.push({ vaultId: vault.id, vaultTitle: vault.title, error: { kind, title, hint } });
        }
      },
    );
    const ordered = vaults.flatMap((vault) => lists.get(vault.id) ?? []);
    const snapshot: AccountSnapshot = { account, vaults, lists: ordered, refreshedAt: this.now(), failures };
    this.store.write(snapshot, head);
    return snapshot;
  }

  /**
   * Updates the stored index after the extension's own item changes (or another command's new item), so no refresh
   * is needed: only the vaults the changes touch are read and written. `known` is the caller's own copy of the
   * account, when it has one, which saves reading; the result is the account after the changes.
   */
  applyItemChanges(account: AccountRef, changes: ItemChanges, known?: AccountSnapshot): AccountSnapshot | undefined {
    const snapshot = known ?? this.store.read(account);
    if (!snapshot) return undefined;
    const removed = new Set(changes.removed ?? []);
    const archived = new Set(changes.archived ?? []);
    const upsertedByVault = new Map<string, Map<string, ItemRow>>();
    for (const item of changes.upserted ?? []) {
      const { id, title, category, websites, tags, archived, createdAt, updatedAt } = item;
      const rows = upsertedByVault.get(item.vaultId) ?? new Map<string, ItemRow>();
      upsertedByVault.set(
        item.vaultId,
        rows.set(id, { id, title, category, websites, tags, archived, createdAt, updatedAt }),
      );
    }
    const touches = (list: VaultItems) =>
      upsertedByVault.has(list.vault.id) || list.ids.some((id) => removed.has(id) || archived.has(id));
    const noRows = new Map<string, ItemRow>();
    const lists = snapshot.lists.map((list) =>
      touches(list)
        ? list.withChanges({ removed, archived, upserted: upsertedByVault.get(list.vault.id) ?? noRows })
        : list,
    );
    // A vault without a list (too large to load, or not listed) gets one for the new rows alone; its count is the
    // app's count plus those rows, not the rows this index happens to hold.
    const added = new Map<string, number>();
    for (const [vaultId, rows] of upsertedByVault) {
      const vault = snapshot.vaults.find((candidate) => candidate.id === vaultId);
      if (vault && !lists.some((list) => list.vault.id === vaultId)) {
        const list = this.store.emptyList(vault).withChanges({ removed, archived, upserted: rows });
        lists.push(list);
        added.set(vaultId, vault.itemCount + list.activeCount());
      }
    }
    const counts = new Map(lists.map((list) => [list.vault.id, added.get(list.vault.id) ?? list.activeCount()]));
    const vaults = snapshot.vaults.map((vault) => ({ ...vault, itemCount: counts.get(vault.id) ?? vault.itemCount }));
    const next = { ...snapshot, vaults, lists };
    this.store.write(next);
    return next;
  }

  /** Same for vault changes (create, rename, delete); a deleted vault takes its items with it. No item is read. */
  applyVaultChanges(account: AccountRef, changes: VaultChanges, known?: AccountSnapshot): AccountSnapshot | undefined {
    return this.store.changeVaults(account, changes, known);
  }
}
