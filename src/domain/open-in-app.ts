import type { ItemSummary } from "../lib/model";

/** The 1Password app's link to an item. */
export function openInAppUrl(item: Pick<ItemSummary, "account" | "vaultId" | "id">): string {
  const query = new URLSearchParams({ a: item.account, v: item.vaultId, i: item.id });
  return `onepassword://view-item/?${query.toString()}`;
}
