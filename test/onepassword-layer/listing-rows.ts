import { unpackStrings } from "../../src/lib/packed-strings";
import type { ItemColumns } from "../../src/lib/item-columns";
import type { ItemRow } from "../../src/lib/vault-items";

/** The decoded columns as rows, in the listing's own order: what the SDK's path would have made of each item. */
export function rowsOfColumns(columns: ItemColumns): ItemRow[] {
  return columns.ids.map((id, i) => ({
    id,
    title: columns.titles[i]!,
    category: columns.categories[i]!,
    websites: [...unpackStrings(columns.websites[i])],
    tags: [...unpackStrings(columns.tags[i])],
    archived: columns.archived[i] === 1,
    createdAt: columns.dates[2 * i]!,
    updatedAt: columns.dates[2 * i + 1]!,
  }));
}

export const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
