import type { ItemCategory, ItemSummary } from "../lib/model";
import type { WordIndex } from "./word-index";

/** Which items a search considers at all. Every list is "any of"; an absent or empty list does not filter. */
export interface ItemFilter {
  accounts?: readonly string[];
  vaultIds?: readonly string[];
  categories?: readonly ItemCategory[];
  /** Archived items are left out unless asked for, as in the 1Password app. Default "exclude". */
  archived?: "exclude" | "include" | "only";
}

/** Whether an item in the given archived state passes the filter's archived rule. */
function archivedPasses(rule: ItemFilter["archived"], isArchived: boolean): boolean {
  const archived = rule ?? "exclude";
  return archived === "include" || (archived === "only") === isArchived;
}

/** The filter over one plain item overview (the first frame's rows); `filterMask` is the same over the index. */
export function itemPassesFilter(item: ItemSummary, filter: ItemFilter | undefined): boolean {
  if (filter?.accounts?.length && !filter.accounts.includes(item.account)) return false;
  if (filter?.vaultIds?.length && !filter.vaultIds.includes(item.vaultId)) return false;
  if (filter?.categories?.length && !filter.categories.includes(item.category)) return false;
  return archivedPasses(filter?.archived, item.archived);
}

/** One byte per position: 1 where the filter lets the item through; and how many it lets through. */
export interface FilterMask {
  mask: Uint8Array;
  count: number;
}

/** The same key for the same filter, whatever the order of its lists. */
export function filterKey(filter: ItemFilter | undefined): string {
  const sorted = (list: readonly string[] | undefined) => (list && list.length > 0 ? [...list].sort() : null);
  return JSON.stringify([
    sorted(filter?.accounts),
    sorted(filter?.vaultIds),
    sorted(filter?.categories),
    filter?.archived ?? "exclude",
  ]);
}

export function filterMask(index: WordIndex, filter: ItemFilter | undefined): FilterMask {
  const accounts = filter?.accounts?.length ? new Set(filter.accounts) : null;
  const vaults = filter?.vaultIds?.length ? new Set(filter.vaultIds) : null;
  const categories = filter?.categories?.length ? new Set<string>(filter.categories) : null;
  // Account and vault are the vault's: decided once per vault, not per item.
  const vaultPasses = index.vaults.map(
    ({ vault }) => (!accounts || accounts.has(vault.account)) && (!vaults || vaults.has(vault.id)),
  );
  const mask = new Uint8Array(index.size);
  let count = 0;
  for (let i = 0; i < index.size; i++) {
    const v = index.itemVault[i]!;
    if (!vaultPasses[v]) continue;
    const vault = index.vaults[v]!;
    const offset = index.itemOffset[i]!;
    if (categories && !categories.has(vault.category(offset))) continue;
    if (!archivedPasses(filter?.archived, vault.archived(offset))) continue;
    mask[i] = 1;
    count++;
  }
  return { mask, count };
}
