import { CATEGORY_LABELS } from "../../lib/category";
import type { ItemCategory } from "../../lib/model";
import type { ItemFilter } from "../../search/item-search";

/**
 * The search bar dropdown's value as a string (Raycast stores it with `storeValue`): "all", "archived",
 * "account:<account>", "vault:<account>:<vaultId>" or "category:<category>". The account is URI-encoded because a
 * name may hold a colon.
 */
export type FilterValue = string;

export const ALL = "all";
export const ARCHIVED = "archived";

export const accountValue = (account: string): FilterValue => `account:${encodeURIComponent(account)}`;
export const vaultValue = (account: string, vaultId: string): FilterValue =>
  `vault:${encodeURIComponent(account)}:${vaultId}`;
export const categoryValue = (category: ItemCategory): FilterValue => `category:${category}`;

function isCategory(value: string): value is ItemCategory {
  return Object.prototype.hasOwnProperty.call(CATEGORY_LABELS, value);
}

/** The search filter for a dropdown value; anything unknown (an old stored value) shows everything active. */
export function filterFor(value: FilterValue): ItemFilter {
  if (value === ARCHIVED) return { archived: "only" };
  const [kind, first, second] = value.split(":");
  try {
    if (kind === "account" && first) return { accounts: [decodeURIComponent(first)] };
    if (kind === "vault" && first && second) return { accounts: [decodeURIComponent(first)], vaultIds: [second] };
  } catch {
    return {};
  }
  if (kind === "category" && first && isCategory(first)) return { categories: [first] };
  return {};
}
