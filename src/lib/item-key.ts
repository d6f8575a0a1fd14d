/** Where an item is: its account, vault and id. */
export interface ItemLocation {
  account: string;
  vaultId: string;
  itemId: string;
}

/** One string per item across accounts, for selection, frecency and list row ids: `account/vaultId/itemId`. */
export function itemKey(ref: ItemLocation): string {
  return `${ref.account}/${ref.vaultId}/${ref.itemId}`;
}

/** The parts of an `itemKey`; an account name may hold "/", vault and item ids never do. */
export function parseItemKey(key: string): ItemLocation | undefined {
  const itemAt = key.lastIndexOf("/");
  const vaultAt = itemAt > 0 ? key.lastIndexOf("/", itemAt - 1) : -1;
  if (vaultAt < 0) return undefined;
  return { account: key.slice(0, vaultAt), vaultId: key.slice(vaultAt + 1, itemAt), itemId: key.slice(itemAt + 1) };
}

/** The `itemKey` of an item overview (or anything that names its account, vault and id). */
export function summaryKey(item: { account: string; vaultId: string; id: string }): string {
  return itemKey({ account: item.account, vaultId: item.vaultId, itemId: item.id });
}
