import type { AccountRef, ItemSummary } from "../../lib/model";
import type { VaultItems } from "../../lib/vault-items";
import type { AccountSnapshot } from "./format";

/** Lookups over an account's lists, the same for the screens (useMetadataIndex) and the AI tools. */

/** Every item of a snapshot as the screens use them (tests and small callers; a screen asks its search instead). */
export function itemsOf(snapshot: Pick<AccountSnapshot, "lists">): ItemSummary[] {
  return snapshot.lists.flatMap((list) => Array.from({ length: list.size }, (_, i) => list.at(i)));
}

/** The list of this vault of this account, if the lists hold one. */
export function vaultList(lists: readonly VaultItems[], account: AccountRef, vaultId: string): VaultItems | undefined {
  return lists.find((list) => list.vault.account === account && list.vault.id === vaultId);
}

/** The ids and titles of a list's items, archived included (what `op://` references are checked against). */
export function idsAndTitles(list: VaultItems): { id: string; title: string }[] {
  return list.ids.map((id, i) => ({ id, title: list.titles[i] ?? "" }));
}

/** The item with this id in the list, archived or not. */
export function itemInList(list: VaultItems, itemId: string): ItemSummary | undefined {
  const at = list.ids.indexOf(itemId);
  return at >= 0 ? list.at(at) : undefined;
}
