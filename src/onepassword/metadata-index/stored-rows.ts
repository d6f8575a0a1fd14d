import { ITEM_CATEGORIES, type VaultSummary } from "../../lib/model";
import { ItemColumnsBuilder } from "../../lib/item-columns";
import { type ItemRow, VaultItems } from "../../lib/vault-items";

/**
 * A vault's item rows as the metadata index stores them (format.ts has the layout): tuples, in Cache entries of at
 * most `ROWS_PER_CHUNK`, written from the index's columns and read back into them one entry at a time.
 */

/** Rows per Cache entry: each entry's text and tuples are garbage before the next is parsed. */
export const ROWS_PER_CHUNK = 2_000;

type StoredRow = [
  id: string,
  title: string,
  categoryIndex: number,
  /** Hosts only (ItemSummary.websites). */
  websites: readonly string[],
  tags: readonly string[],
  archived: 0 | 1,
  createdAt: number,
  updatedAt: number,
];

export function toStored(row: ItemRow): StoredRow {
  const category = ITEM_CATEGORIES.indexOf(row.category);
  return [row.id, row.title, category, row.websites, row.tags, row.archived ? 1 : 0, row.createdAt, row.updatedAt];
}

/** A stored row back, or undefined when it is not one (a bad row is skipped, not fatal). */
export function fromStored(value: unknown): ItemRow | undefined {
  if (!Array.isArray(value)) return undefined;
  const [id, title, categoryIndex, websites, tags, archived, createdAt, updatedAt] = value as unknown[];
  if (typeof id !== "string" || typeof title !== "string") return undefined;
  const strings = (list: unknown) =>
    Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === "string") : [];
  return {
    id,
    title,
    category: ITEM_CATEGORIES[typeof categoryIndex === "number" ? categoryIndex : -1] ?? "Unsupported",
    websites: strings(websites),
    tags: strings(tags),
    archived: archived === 1,
    createdAt: typeof createdAt === "number" ? createdAt : 0,
    updatedAt: typeof updatedAt === "number" ? updatedAt : 0,
  };
}

/** The JSON text of each of a vault's row entries, made one entry at a time as the caller asks for them. */
export function* encodeRows(list: VaultItems): Generator<string> {
  for (let start = 0; start < list.size; start += ROWS_PER_CHUNK) {
    const end = Math.min(list.size, start + ROWS_PER_CHUNK);
    const rows: StoredRow[] = [];
    for (let i = start; i < end; i++) rows.push(storedAt(list, i));
    yield JSON.stringify(rows);
  }
}

/** The stored row of item `i`, straight from the columns (a whole vault is encoded at once: no row objects). */
function storedAt(list: VaultItems, i: number): StoredRow {
  const category = ITEM_CATEGORIES.indexOf(list.category(i));
  const { ids, titles } = list;
  const [createdAt, updatedAt] = list.datesAt(i);
  return [
    ids[i]!,
    titles[i]!,
    category,
    list.websites(i),
    list.tags(i),
    list.archived(i) ? 1 : 0,
    createdAt,
    updatedAt,
  ];
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A vault's items from its row entries; undefined when an entry is missing or not a list of rows. */
export function decodeRows(
  vault: VaultSummary,
  chunks: number,
  readChunk: (index: number) => string | undefined,
): VaultItems | undefined {
  // Into columns as they are read: one large vault's rows, alive at once as objects, would be most of the heap.
  const columns = new ItemColumnsBuilder();
  for (let chunk = 0; chunk < chunks; chunk++) {
    const text = readChunk(chunk);
    const parsed = text === undefined ? undefined : parseJson(text);
    if (!Array.isArray(parsed)) return undefined;
    for (const value of parsed as unknown[]) {
      const row = fromStored(value);
      if (row) columns.addRow(row);
    }
  }
  return VaultItems.fromColumns({ account: vault.account, id: vault.id, title: vault.title }, columns.columns());
}
