import type { Item } from "@1password/sdk";
import { callDesktop } from "./clients";
import { errorOf, type OnePasswordError } from "./errors";
import { type ItemDetails, type ItemRef, readItem, toDetails } from "./items";
import { parseResult } from "./parse";
import { itemSchema } from "./schemas";

/**
 * Changing one field of an existing item with `items.put`. The put carries the version that was read, so 1Password
 * refuses it when the item changed in between (nothing is overwritten), and every other field goes back as it was:
 * 1Password keeps the earlier version in the item's history.
 */

/** An item as read for an update: its details and the SDK's own copy, to be put back with one field changed. */
export interface ItemForUpdate {
  details: ItemDetails;
  /** Opaque outside this folder: the SDK's item, with the version it was read at. */
  readonly sdkItem: unknown;
}

export async function readForUpdate(ref: ItemRef): Promise<ItemForUpdate> {
  return readItem(ref);
}

/** Puts the item back as read, with `fieldId`'s value replaced; fails when the item changed since it was read. */
export async function putFieldValue(read: ItemForUpdate, fieldId: string, value: string): Promise<ItemDetails> {
  const { account, title } = read.details;
  const operation = `Updating "${title}"`;
  const item = read.sdkItem as Item;
  const next: Item = {
    ...item,
    fields: item.fields.map((field) => (field.id === fieldId ? { ...field, value } : field)),
  };
  const result = await callDesktop(account, operation, (client) => client.items.put(next));
  return toDetails(account, parseResult(itemSchema, result, { operation, account }));
}

/** 1Password refused a put because the item has a newer version than the one it carried. */
export function isVersionConflict(error: OnePasswordError): boolean {
  return /incorrect item version|changed since it was fetched/i.test(error.causeMessage ?? "");
}

/** The words for a put refused because the item changed in between. */
export function versionConflict(error: OnePasswordError, title: string): OnePasswordError {
  return errorOf("invalid-input", {
    title: "Item Changed Meanwhile",
    hint: `“${title}” was changed after it was read, so nothing was replaced. Look at it again, then replace its secret again if it still needs it.`,
    context: error.context,
    causeMessage: error.causeMessage,
  });
}
