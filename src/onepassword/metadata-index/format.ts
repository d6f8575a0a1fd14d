import { z } from "zod";
import { type AccountRef, type ItemSummary, VAULT_TYPES, type VaultSummary } from "../../lib/model";
import { browseKey, compareBrowseParts } from "../../lib/browse-order";
import type { VaultItems } from "../../lib/vault-items";
import { fromStored, toStored } from "./stored-rows";
import type { OnePasswordError } from "../errors";

/**
 * How the metadata index is laid out in Raycast's Cache. Per account: a head entry (vaults, failures, and for each
 * vault where its rows are), and each vault's item rows in entries of at most `ROWS_PER_CHUNK` tuples
 * (stored-rows.ts). Rows are written and read one entry at a time, so neither side ever holds one account's whole
 * text, and a refresh or a change rewrites only the vaults that changed. Each write of a vault's rows gets a fresh
 * generation in its keys and the head is written last, so a reader never sees a head pointing at rows that are not
 * its own.
 */

/**
 * The layout's version, in every head and first page. 4: websites are stored as their hosts only (a whole URL can hold
 * a password, a token or a secret path). An entry of another version is never read (see MetadataIndexStore).
 */
export const FORMAT_VERSION = 4;

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
 * Where one vault's rows are: entries `rowsKey(account, vaultId, generation, 0 … chunks - 1)`; the vault's content
 * version they were listed at, when they are exactly a listing (not changed by the extension since); and the items
 * the extension removed or archived since those rows were written, applied as they are read (a batch over many vaults
 * then writes the head alone).
 */
export const storedListSchema = z.object({
  vaultId: z.string(),
  generation: z.string(),
  chunks: z.number().int(),
  contentVersion: z.number().optional(),
  removed: z.array(z.string()).optional(),
  archived: z.array(z.string()).optional(),
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

/** The first `FIRST_PAGE_SIZE` active items in browse order across the lists, and the counts. */
export function firstPageOf(snapshot: AccountSnapshot, knownCounts?: ItemCounts): string {
  const counts: ItemCounts = { active: 0, archived: 0 };
  for (const list of snapshot.lists) {
    const active = list.activeCount();
    counts.active += active;
    counts.archived += list.size - active;
  }
  return JSON.stringify({
    format: FORMAT_VERSION,
    account: snapshot.account,
    refreshedAt: snapshot.refreshedAt,
    vaults: snapshot.vaults.map(storedVault),
    items: firstActive(snapshot, FIRST_PAGE_SIZE),
    counts: knownCounts ?? counts,
  });
}

/** Where a merge of the lists stands in one list: its next active item and that item's browse key. */
interface Cursor {
  list: VaultItems;
  vault: number;
  i: number;
  key: string;
}

/**
 * The first `count` active items of lists that are each in browse order, as stored rows with their vault's index in
 * front: a merge of the lists' heads, so only the rows taken are made (an account's every item would be garbage).
 */
function firstActive(snapshot: AccountSnapshot, count: number): unknown[][] {
  const vaultIndex = new Map(snapshot.vaults.map((vault, index) => [vault.id, index]));
  const cursors: Cursor[] = [];
  const advance = (cursor: Cursor, from: number): boolean => {
    const { list } = cursor;
    let i = from;
    while (i < list.size && list.archived(i)) i++;
    if (i === list.size) return false;
    cursor.i = i;
    cursor.key = browseKey(list.titles[i]!);
    return true;
  };
  for (const list of snapshot.lists) {
    const cursor = { list, vault: vaultIndex.get(list.vault.id) ?? -1, i: 0, key: "" };
    if (cursor.vault >= 0 && advance(cursor, 0)) cursors.push(cursor);
  }
  const before = (a: Cursor, b: Cursor) =>
    compareBrowseParts(a.key, a.list.titles[a.i]!, a.list.ids[a.i]!, b.key, b.list.titles[b.i]!, b.list.ids[b.i]!) < 0;
  const rows: unknown[][] = [];
  while (rows.length < count && cursors.length > 0) {
    let best = 0;
    for (let c = 1; c < cursors.length; c++) if (before(cursors[c]!, cursors[best]!)) best = c;
    const cursor = cursors[best]!;
    rows.push([cursor.vault, ...toStored(cursor.list.row(cursor.i))]);
    if (!advance(cursor, cursor.i + 1)) cursors.splice(best, 1);
  }
  return rows;
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
