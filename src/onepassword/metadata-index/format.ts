import { z } from "zod";
import { type AccountRef, ITEM_CATEGORIES, type ItemSummary, VAULT_TYPES, type VaultSummary } from "../../lib/model";
import { browseKey, compareBrowse } from "../../lib/browse-order";
import { ItemColumnsBuilder } from "../../lib/item-columns";
import { type ItemRow, VaultItems } from "../../lib/vault-items";
import type { OnePasswordError } from "../errors";

/**
 * How the metadata index is laid out in Raycast's Cache. Per account: a head entry (vaults, failures, and for each
 * vault where its rows are), and each vault's item rows in entries of at most `ROWS_PER_CHUNK` tuples. Rows are
 * written and read one entry at a time, so neither side ever holds one account's whole text, and a refresh or a
 * change rewrites only the vaults that changed. Each write of a vault's rows gets a fresh generation in its keys and
 * the head is written last, so a reader never sees a head pointing at rows that are not its own.
 */

/**
 * The layout's version, in every head and first page. 4: websites are stored as their hosts only (a whole URL can hold
 * a password, a token or a secret path). An entry of another version is never read (see MetadataIndexStore).
 */
export const FORMAT_VERSION = 4;
/** Rows per Cache entry: each entry's text and tuples are garbage before the next is parsed. */
export const ROWS_PER_CHUNK = 2_000;

export interface VaultFailure {
  vaultId: string;
  vaultTitle: string;
  error: Pick<OnePasswordError, "kind" | "title" | "hint">;
}

/** An account as the index holds it: its vaults and, for each vault that could be listed, its items. */
export interface AccountSnapshot {
  account: AccountRef;
  vaults: VaultSummary[];
  /** One per vault with stored items, in `vaults` order. */
  lists: VaultItems[];
  refreshedAt: number;
  /** Vaults whose items could not be listed on the last refresh (their old rows are kept). */
  failures: VaultFailure[];
}

export interface ItemCounts {
  active: number;
  archived: number;
}

/**
 * The first page of an account, stored beside it: every vault, the first `FIRST_PAGE_SIZE` active items in browse
 * order, and the counts. A command paints its first frame from this (a few kB) and reads the whole index right after,
 * so the first frame costs the same at any account size.
 */
export interface AccountFirstPage {
  account: AccountRef;
  vaults: VaultSummary[];
  items: ItemSummary[];
  counts: ItemCounts;
  refreshedAt: number;
}

/** More than a screen shows. */
export const FIRST_PAGE_SIZE = 200;

const vaultSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  type: z.enum(VAULT_TYPES),
  itemCount: z.number(),
  contentVersion: z.number().optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

const failureSchema = z.object({
  vaultId: z.string(),
  vaultTitle: z.string(),
  error: z.object({ kind: z.string(), title: z.string(), hint: z.string() }),
});

/**
 * Where one vault's rows are: entries `rowsKey(account, vaultId, generation, 0 … chunks - 1)`; and the vault's
 * content version they were listed at, when they are exactly a listing (not changed by the extension since).
 */
export const storedListSchema = z.object({
  vaultId: z.string(),
  generation: z.string(),
  chunks: z.number().int(),
  contentVersion: z.number().optional(),
});
export type StoredList = z.infer<typeof storedListSchema>;

/** What both stored shapes start with: the format, whose index this is, when, and its vaults. */
const storedIndexSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  account: z.string(),
  refreshedAt: z.number(),
  vaults: z.array(vaultSchema),
});

export const headSchema = storedIndexSchema.extend({
  lists: z.array(storedListSchema),
  failures: z.array(failureSchema).default([]),
});
export type Head = z.infer<typeof headSchema>;

export const firstPageSchema = storedIndexSchema.extend({
  /** Rows with the index of their vault in `vaults` in front. */
  items: z.array(z.tuple([z.number().int()]).rest(z.unknown())),
  counts: z.object({ active: z.number(), archived: z.number() }),
});

export function storedVault(vault: VaultSummary): z.infer<typeof vaultSchema> {
  const { id, title, description, type, itemCount, contentVersion, createdAt, updatedAt } = vault;
  return { id, title, description, type, itemCount, contentVersion, createdAt, updatedAt };
}

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

function toStored(row: ItemRow): StoredRow {
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

/** The first `FIRST_PAGE_SIZE` active items in browse order across the lists, and the counts. */
export function firstPageOf(snapshot: AccountSnapshot, knownCounts?: ItemCounts): string {
  const counts: ItemCounts = { active: 0, archived: 0 };
  const candidates: { key: string; row: ItemRow; vault: number }[] = [];
  const vaultIndex = new Map(snapshot.vaults.map((vault, index) => [vault.id, index]));
  for (const list of snapshot.lists) {
    const vault = vaultIndex.get(list.vault.id);
    let taken = 0;
    for (let i = 0; i < list.size; i++) {
      if (list.archived(i)) {
        counts.archived++;
        continue;
      }
      counts.active++;
      // Each list is in browse order already: its first active items are its only candidates.
      if (vault !== undefined && taken < FIRST_PAGE_SIZE) {
        candidates.push({ key: "", row: list.row(i), vault });
        taken++;
      }
    }
  }
  for (const candidate of candidates) candidate.key = browseKey(candidate.row.title);
  candidates.sort((a, b) => compareBrowse(a.key, a.row, b.key, b.row));
  return JSON.stringify({
    format: FORMAT_VERSION,
    account: snapshot.account,
    refreshedAt: snapshot.refreshedAt,
    vaults: snapshot.vaults.map(storedVault),
    items: candidates.slice(0, FIRST_PAGE_SIZE).map(({ row, vault }) => [vault, ...toStored(row)]),
    counts: knownCounts ?? counts,
  });
}

/** Whether a head or first page was written by another version of the layout (an older one, in practice). */
export function isOtherFormat(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { format?: unknown }).format !== FORMAT_VERSION;
}

export function decodeFirstPage(value: unknown): AccountFirstPage | undefined {
  const parsed = firstPageSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { account, refreshedAt, counts } = parsed.data;
  const vaults = parsed.data.vaults.map((vault) => ({ ...vault, account }));
  const items: ItemSummary[] = [];
  for (const [vaultIndex, ...stored] of parsed.data.items) {
    const vault = vaults[vaultIndex];
    const row = fromStored(stored);
    if (vault && row) items.push({ account, vaultId: vault.id, vaultTitle: vault.title, ...row });
  }
  return { account, vaults, items, counts, refreshedAt };
}
