import type { AccountRef, ItemSummary, VaultSummary } from "../../lib/model";
import { type AccountSnapshot, MetadataIndex } from "../../onepassword/metadata-index";
import { createItemSearch, type ItemFilter, type ItemSearchResult } from "../../search/item-search";

/**
 * Everything the tools need from the metadata index and the search, in one place. A tool runs without a view, so it
 * reads the index the commands keep in Cache (metadata only) and lists the account itself only when there is none.
 */

export async function accountSnapshot(account: AccountRef): Promise<AccountSnapshot> {
  const index = new MetadataIndex();
  return index.read(account) ?? (await index.refresh(account));
}

/** The account's vaults as last listed, without decoding every item; lists the account when nothing is cached. */
export async function accountVaults(account: AccountRef): Promise<VaultSummary[]> {
  return new MetadataIndex().readVaults(account) ?? (await accountSnapshot(account)).vaults;
}

export function rankItems(
  items: readonly ItemSummary[],
  query: string,
  filter: ItemFilter,
  limit: number,
): ItemSearchResult {
  return createItemSearch(items).search(query, { filter, limit });
}

/** Keeps the index in step with what a tool created, so the next search finds it without a refresh. */
export function noteItemCreated(item: ItemSummary): void {
  new MetadataIndex().applyItemChanges(item.account, { upserted: [item] });
}

export function noteVaultCreated(vault: VaultSummary): void {
  new MetadataIndex().applyVaultChanges(vault.account, { upserted: [vault] });
}
