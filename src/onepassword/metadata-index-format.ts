import { z } from "zod";
import type { AccountRef, ItemSummary, VaultSummary } from "../lib/model";
import { browseKey, compareBrowse } from "../search/browse-order";
import type { OnePasswordError } from "./errors";
import { ITEM_CATEGORIES } from "./schemas";

/**
 * How the metadata index is stored in Raycast's Cache: a head entry (vaults, failures, counts, how many row entries)
 * and the item rows in entries of `ROWS_PER_CHUNK`, each row a tuple with vault and category indexes. At 50,000 items
 * the JSON of plain objects is ~12 MB; tuples roughly halve the size and the parse time.
 */

const FORMAT_VERSION = 2;
/**
 * Rows per Cache entry. Decoding one 6 MB JSON text at once made V8 grow its heap by ~26 MB for the transient
 * tuples; in entries of 5,000 rows, each is garbage before the next is parsed, and the growth is about half.
 */
const ROWS_PER_CHUNK = 5_000;

export interface VaultFailure {
  vaultId: string;
  vaultTitle: string;
  error: Pick<OnePasswordError, "kind" | "title" | "hint">;
}

export interface AccountSnapshot {
  account: AccountRef;
  vaults: VaultSummary[];
  items: ItemSummary[];
  refreshedAt: number;
  /** Vaults whose items could not be listed on the last refresh (their old rows are kept). */
  failures: VaultFailure[];
}

export interface ItemCounts {
  active: number;
  archived: number;
}

/**
 * The first page of an account's snapshot, stored beside it: every vault, the first `FIRST_PAGE_SIZE` active items in
 * browse order, and the counts. A command paints its first frame from this (a few kB) and decodes the whole snapshot
 * (about 6 MB at 50,000 items, ~60–100 ms) right after, so the first frame costs the same at any account size.
 */
export interface AccountFirstPage {
  account: AccountRef;
  vaults: VaultSummary[];
  items: ItemSummary[];
  counts: ItemCounts;
  refreshedAt: number;
}

/** More than a screen shows (Search Secrets renders 150 rows). */
export const FIRST_PAGE_SIZE = 200;

export function firstPageOf(snapshot: AccountSnapshot): { page: AccountSnapshot; counts: ItemCounts } {
  const counts: ItemCounts = { active: 0, archived: 0 };
  const active: { item: ItemSummary; key: string }[] = [];
  for (const item of snapshot.items) {
    if (item.archived) {
      counts.archived++;
    } else {
      counts.active++;
      active.push({ item, key: browseKey(item.title) });
    }
  }
  active.sort((a, b) => compareBrowse(a.key, a.item, b.key, b.item));
  const items = active.slice(0, FIRST_PAGE_SIZE).map((entry) => entry.item);
  return { page: { ...snapshot, items }, counts };
}

type ItemRow = [
  id: string,
  title: string,
  categoryIndex: number,
  vaultIndex: number,
  websites: string[],
  tags: string[],
  archived: 0 | 1,
  createdAt: number,
  updatedAt: number,
];

const storedSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  account: z.string(),
  refreshedAt: z.number(),
  vaults: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      type: z.enum(["personal", "everyone", "transfer", "userCreated", "unsupported"]),
      itemCount: z.number(),
      createdAt: z.number(),
      updatedAt: z.number(),
    }),
  ),
  /** How many row entries (`<key>#0`, `<key>#1`, …) hold the items. */
  chunks: z.number().int().nonnegative(),
  failures: z
    .array(
      z.object({
        vaultId: z.string(),
        vaultTitle: z.string(),
        error: z.object({ kind: z.string(), title: z.string(), hint: z.string() }),
      }),
    )
    .default([]),
  /** Set on the first page only: how many rows the whole snapshot holds. */
  counts: z.object({ active: z.number(), archived: z.number() }).optional(),
});

export interface Encoded {
  head: string;
  chunks: string[];
}

export function encode(snapshot: AccountSnapshot, counts?: ItemCounts): Encoded {
  const vaultIndex = new Map(snapshot.vaults.map((vault, index) => [vault.id, index]));
  const rows: ItemRow[] = [];
  for (const item of snapshot.items) {
    const index = vaultIndex.get(item.vaultId);
    if (index === undefined) continue;
    rows.push([
      item.id,
      item.title,
      ITEM_CATEGORIES.indexOf(item.category),
      index,
      item.websites,
      item.tags,
      item.archived ? 1 : 0,
      item.createdAt,
      item.updatedAt,
    ]);
  }
  const chunks: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    chunks.push(JSON.stringify(rows.slice(start, start + ROWS_PER_CHUNK)));
  }
  const head = JSON.stringify({
    format: FORMAT_VERSION,
    account: snapshot.account,
    refreshedAt: snapshot.refreshedAt,
    vaults: snapshot.vaults.map((vault) => ({
      id: vault.id,
      title: vault.title,
      description: vault.description,
      type: vault.type,
      itemCount: vault.itemCount,
      createdAt: vault.createdAt,
      updatedAt: vault.updatedAt,
    })),
    chunks: chunks.length,
    failures: snapshot.failures,
    ...(counts ? { counts } : {}),
  });
  return { head, chunks };
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Most items have no tags and many no website: one shared empty list instead of 50,000 (it is never mutated). */
const NO_STRINGS: string[] = [];

/**
 * Reads a stored snapshot back: the head, then its row entries one at a time. Rows are checked by hand, not by a zod
 * array schema, which would copy tens of thousands of tuples; a bad row is skipped, a missing entry voids the whole.
 */
export function decode(
  head: string,
  readChunk: (index: number) => string | undefined,
): (AccountSnapshot & { counts?: ItemCounts }) | undefined {
  const parsed = storedSchema.safeParse(parseJson(head));
  if (!parsed.success) return undefined;
  const { account, vaults: storedVaults, chunks, refreshedAt, failures } = parsed.data;
  const vaults: VaultSummary[] = storedVaults.map((vault) => ({ ...vault, account }));
  const items: ItemSummary[] = [];
  for (let chunk = 0; chunk < chunks; chunk++) {
    const text = readChunk(chunk);
    const rows = text === undefined ? undefined : parseJson(text);
    if (!Array.isArray(rows)) return undefined;
    for (const row of rows as unknown[]) {
      if (!Array.isArray(row)) continue;
      const [id, title, categoryIndex, vaultIndex, websites, tags, archived, createdAt, updatedAt] = row as unknown[];
      const vault = typeof vaultIndex === "number" ? vaults[vaultIndex] : undefined;
      if (typeof id !== "string" || typeof title !== "string" || !vault) continue;
      items.push({
        account,
        vaultId: vault.id,
        vaultTitle: vault.title,
        id,
        title,
        category: ITEM_CATEGORIES[typeof categoryIndex === "number" ? categoryIndex : -1] ?? "Unsupported",
        websites: Array.isArray(websites) && websites.length > 0 ? (websites as string[]) : NO_STRINGS,
        tags: Array.isArray(tags) && tags.length > 0 ? (tags as string[]) : NO_STRINGS,
        archived: archived === 1,
        createdAt: typeof createdAt === "number" ? createdAt : 0,
        updatedAt: typeof updatedAt === "number" ? updatedAt : 0,
      });
    }
  }
  return { account, vaults, items, refreshedAt, failures: failures as VaultFailure[], counts: parsed.data.counts };
}
