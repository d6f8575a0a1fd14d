import type { ItemCreateParams } from "@1password/sdk";
import type { AccountRef } from "../lib/model";
import { callDesktop } from "./clients";
import { type ItemDetails, toDetails } from "./items";
import { parseResult } from "./parse";
import { itemSchema } from "./schemas";

/** Creating an item: the one write the extension makes to an item's contents (batches live in items.ts). */

export type NewItem = ItemCreateParams;

export async function createItem(account: AccountRef, params: NewItem): Promise<ItemDetails> {
  const operation = `Creating "${params.title}"`;
  const result = await callDesktop(account, operation, (client) => client.items.create(params));
  return toDetails(account, parseResult(itemSchema, result, { operation, account }));
}
