import { Cache } from "@raycast/api";
import { z } from "zod";
import type { AccountRef, ItemSummary, VaultSummary } from "../lib/model";
import { listItemsOfVaults } from "./items";
import {
  type AccountFirstPage,
  type AccountSnapshot,
  decode,
  type Encoded,
  encode,
  firstPageOf,
  parseJson,
  type VaultFailure,
} from "./metadata-index-format";
import { listVaults } from "./vaults";

export type { AccountFirstPage, AccountSnapshot, ItemCounts, VaultFailure } from "./metadata-index-format";
export { FIRST_PAGE_SIZE } from "./metadata-index-format";

/**
 * The metadata index: vaults and item overviews of every account, kept in Raycast's Cache so that a command paints
 * its first frame from the last known state and revalidates in the background.
 *
 * It never holds a value: only what `items.list`/`vaults.list` return (ids, titles, categories, websites, tags,
 * state, dates). How it is laid out in the Cache is in metadata-index-format.ts.
 */

const CACHE_NAMESPACE = "metadata-index";
/** Raycast's default Cache capacity (10 MB) would evict a large account's index. */
const CACHE_CAPACITY_BYTES = 96 * 1024 * 1024;

export interface ItemChanges {
  removed?: readonly string[];
  archived?: readonly string[];
  upserted?: readonly ItemSummary[];
}

export interface VaultChanges {
  removed?: readonly string[];
  upserted?: readonly VaultSummary[];
}

export class MetadataIndex {
  constructor(
    private readonly cache: Cache = new Cache({ namespace: CACHE_NAMESPACE, capacity: CACHE_CAPACITY_BYTES }),
    private readonly now: () => number = Date.now,
  ) {}

  private key(account: AccountRef): string {
    return `account:${account}`;
  }

  private firstPageKey(account: AccountRef): string {
    return `first-page:${account}`;
  }

  /** The stored first page: what a command's first frame needs, without decoding the whole snapshot. */
  readFirstPage(account: AccountRef): AccountFirstPage | undefined {
    const page = this.readEntry(this.firstPageKey(account));
    if (!page?.counts) return undefined;
    return { account, vaults: page.vaults, items: page.items, counts: page.counts, refreshedAt: page.refreshedAt };
  }

  /** The account's cached vaults, from the first page when there is one (no need to decode every item). */
  readVaults(account: AccountRef): VaultSummary[] | undefined {
    return (this.readFirstPage(account) ?? this.read(account))?.vaults;
  }

  read(account: AccountRef): AccountSnapshot | undefined {
    return this.readEntry(this.key(account));
  }

  write(snapshot: AccountSnapshot): void {
    this.writeEntry(this.key(snapshot.account), encode(snapshot));
    const { page, counts } = firstPageOf(snapshot);
    this.writeEntry(this.firstPageKey(snapshot.account), encode(page, counts));
  }

  invalidate(account: AccountRef): void {
    this.removeEntry(this.key(account));
    this.removeEntry(this.firstPageKey(account));
  }

  private readEntry(key: string) {
    const head = this.cache.get(key);
    return head === undefined ? undefined : decode(head, (index) => this.cache.get(`${key}#${index}`));
  }

  private writeEntry(key: string, encoded: Encoded): void {
    const before = this.storedChunkCount(key);
    // Rows first, head last: a head never points at rows that are not there yet.
    encoded.chunks.forEach((chunk, index) => this.cache.set(`${key}#${index}`, chunk));
    this.cache.set(key, encoded.head);
    for (let index = encoded.chunks.length; index < before; index++) this.cache.remove(`${key}#${index}`);
  }

  private removeEntry(key: string): void {
    const count = this.storedChunkCount(key);
    this.cache.remove(key);
    for (let index = 0; index < count; index++) this.cache.remove(`${key}#${index}`);
  }

  private storedChunkCount(key: string): number {
    const head = this.cache.get(key);
    const parsed = head === undefined ? undefined : z.object({ chunks: z.number() }).safeParse(parseJson(head));
    return parsed?.success ? parsed.data.chunks : 0;
  }

  /**
   * Lists the account's vaults and their items (active and archived) and stores the result. A vault that fails
   * keeps its previous rows and is reported in `failures`, so one locked-down vault does not empty the list.
   */
  async refresh(account: AccountRef, known?: AccountSnapshot): Promise<AccountSnapshot> {
    // A caller that already decoded the stored snapshot passes it in, so it is not decoded a second time.
    const previous = known ?? this.read(account);
    const vaults = await listVaults(account);
    const listings = await listItemsOfVaults(account, vaults, { includeArchived: true });
    const items: ItemSummary[] = [];
    const failures: VaultFailure[] = [];
    for (const listing of listings) {
      if (listing.items) {
        items.push(...listing.items);
      } else {
        const kept = previous?.items.filter((item) => item.vaultId === listing.vault.id) ?? [];
        items.push(...kept.map((item) => ({ ...item, vaultTitle: listing.vault.title })));
        if (listing.error) {
          const { kind, title, hint } = listing.error;
          failures.push({ vaultId: listing.vault.id, vaultTitle: listing.vault.title, error: { kind, title, hint } });
        }
      }
    }
    const snapshot: AccountSnapshot = { account, vaults, items, refreshedAt: this.now(), failures };
    this.write(snapshot);
    return snapshot;
  }

  /** Updates the stored index in place after the extension's own item changes, so no refresh is needed. */
  applyItemChanges(account: AccountRef, changes: ItemChanges): AccountSnapshot | undefined {
    const snapshot = this.read(account);
    if (!snapshot) return undefined;
    const removed = new Set(changes.removed ?? []);
    const archived = new Set(changes.archived ?? []);
    const upserted = new Map((changes.upserted ?? []).map((item) => [item.id, item]));
    const items: ItemSummary[] = [];
    for (const item of snapshot.items) {
      if (removed.has(item.id)) continue;
      const replacement = upserted.get(item.id);
      if (replacement) {
        upserted.delete(item.id);
        items.push(replacement);
      } else {
        items.push(archived.has(item.id) ? { ...item, archived: true } : item);
      }
    }
    items.push(...upserted.values());
    const counts = new Map<string, number>();
    for (const item of items) if (!item.archived) counts.set(item.vaultId, (counts.get(item.vaultId) ?? 0) + 1);
    const vaults = snapshot.vaults.map((vault) => ({ ...vault, itemCount: counts.get(vault.id) ?? 0 }));
    const next = { ...snapshot, items, vaults };
    this.write(next);
    return next;
  }

  /** Same for vault changes (create, rename, delete); a deleted vault takes its items with it. */
  applyVaultChanges(account: AccountRef, changes: VaultChanges): AccountSnapshot | undefined {
    const snapshot = this.read(account);
    if (!snapshot) return undefined;
    const removed = new Set(changes.removed ?? []);
    const upserted = new Map((changes.upserted ?? []).map((vault) => [vault.id, vault]));
    const vaults: VaultSummary[] = [];
    for (const vault of snapshot.vaults) {
      if (removed.has(vault.id)) continue;
      const replacement = upserted.get(vault.id);
      if (replacement) upserted.delete(vault.id);
      vaults.push(replacement ?? vault);
    }
    vaults.push(...upserted.values());
    const titles = new Map(vaults.map((vault) => [vault.id, vault.title]));
    const items = snapshot.items
      .filter((item) => !removed.has(item.vaultId))
      .map((item) => {
        const title = titles.get(item.vaultId);
        return title !== undefined && title !== item.vaultTitle ? { ...item, vaultTitle: title } : item;
      });
    const next = { ...snapshot, vaults, items };
    this.write(next);
    return next;
  }
}
