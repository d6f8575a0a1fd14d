import type { ReferenceContext } from "../../domain/item-shape";
import type { AccountRef, ItemSummary, VaultSummary } from "../../lib/model";
import {
  type AccountSnapshot,
  idsAndTitles,
  itemInList,
  MetadataIndex,
  vaultList,
} from "../../onepassword/metadata-index";
import { createVaultSearch, type ItemFilter, type ItemSearchResult } from "../../search/item-search";
import type { VaultItems } from "../../lib/vault-items";

/**
 * The AI tools' use of the metadata index and the search, over the same module and lookups as the screens' hook. A tool
 * runs without a view, so it reads the index the commands keep in Cache (metadata only) and lists the account itself
 * only when there is none.
 * Items stay in the index's per-vault columns: a tool makes an `ItemSummary` only for the items it answers with.
 */

export async function accountSnapshot(account: AccountRef): Promise<AccountSnapshot> {
  const index = new MetadataIndex();
  return index.read(account) ?? (await index.refresh(account));
}

/** The account's vaults as last listed, without decoding every item; lists the account when nothing is cached. */
export async function accountVaults(account: AccountRef): Promise<VaultSummary[]> {
  return new MetadataIndex().readVaults(account) ?? (await accountSnapshot(account)).vaults;
}

/** The items and vaults of one or more accounts, as the index holds them. */
export interface KnownItems {
  lists: readonly VaultItems[];
  vaults: readonly VaultSummary[];
}

export function rankItems(known: KnownItems, query: string, filter: ItemFilter, limit: number): ItemSearchResult {
  return createVaultSearch(known.lists).search(query, { filter, limit });
}

/** What `op://` references are checked against: the titles of every item of a vault, archived included. */
export function referenceContext(known: KnownItems): ReferenceContext {
  return {
    vaults: known.vaults,
    itemsInVault: (account, vaultId) => {
      const list = vaultList(known.lists, account, vaultId);
      return list ? idsAndTitles(list) : [];
    },
  };
}

/** Active items whose title is `title` (trimmed, ignoring case), in the given vault or in all of them. */
export function itemsTitled(known: KnownItems, title: string, vaultId?: string): ItemSummary[] {
  const wanted = title.trim().toLowerCase();
  const found: ItemSummary[] = [];
  for (const list of known.lists) {
    if (vaultId !== undefined && list.vault.id !== vaultId) continue;
    list.titles.forEach((candidate, i) => {
      if (!list.archived(i) && candidate.trim().toLowerCase() === wanted) found.push(list.at(i));
    });
  }
  return found;
}

/** The active item with this id in the vault, if the index has it. */
export function itemWithId(known: KnownItems, vaultId: string, itemId: string): ItemSummary | undefined {
  const list = known.lists.find((candidate) => candidate.vault.id === vaultId);
  const item = list && itemInList(list, itemId);
  return item && !item.archived ? item : undefined;
}

/** Keeps the index in step with what a tool created, so the next search finds it without a refresh. */
export function noteItemCreated(item: ItemSummary): void {
  new MetadataIndex().applyItemChanges(item.account, { upserted: [item] });
}

export function noteVaultCreated(vault: VaultSummary): void {
  new MetadataIndex().applyVaultChanges(vault.account, { upserted: [vault] });
}
