import { Cache } from "@raycast/api";
import { z } from "zod";
import type { AccountRef, ItemSummary, VaultSummary } from "../lib/model";
import { browseKey, compareBrowse } from "../search/browse-order";
import { ITEM_CATEGORIES } from "./schemas";
import { listItemsOfVaults } from "./items";
import { listVaults } from "./vaults";
import type { OnePasswordError } from "./errors";

/**
 * The metadata index: vaults and item overviews of every account, kept in Raycast's Cache so that a command paints
 * its first frame from the last known state and revalidates in the background.
 *
 * It never holds a value: only what `items.list`/`vaults.list` return (ids, titles, categories, websites, tags,
 * state, dates). At 50,000 items the JSON of plain objects is ~12 MB; rows are stored as tuples with vault and
 * category indexes instead, which roughly halves the size and the parse time.
 */

const FORMAT_VERSION = 2;
/**
 * Rows per Cache entry. Decoding one 6 MB JSON text at once made V8 grow its heap by ~26 MB for the transient
 * tuples; in entries of 5,000 rows, each is garbage before the next is parsed, and the growth is about half.
 */
const ROWS_PER_CHUNK = 5_000;
const CACHE_NAMESPACE = "metadata-index";
/** Raycast's default Cache capacity (10 MB) would evict a large account's index. */
const CACHE_CAPACITY_BYTES = 96 * 1024 * 1024;

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

function firstPageOf(snapshot: AccountSnapshot): { page: AccountSnapshot; counts: ItemCounts } {
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

interface Encoded {
  head: string;
  chunks: string[];
}

function encode(snapshot: AccountSnapshot, counts?: ItemCounts): Encoded {
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

function parseJson(text: string): unknown {
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
function decode(
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

export interface ItemChanges {
  removed?: readonly string[];
  archived?: readonly string[];
  upserted?: readonly ItemSummary[];
}

export interface VaultChanges {
  removed?: readonly string[];
  upserted?: readonly VaultSummary[];
}

export class MetadataIndex {
  constructor(
    private readonly cache: Cache = new Cache({ namespace: CACHE_NAMESPACE, capacity: CACHE_CAPACITY_BYTES }),
    private readonly now: () => number = Date.now,
  ) {}

  private key(account: AccountRef): string {
    return `account:${account}`;
  }

  private firstPageKey(account: AccountRef): string {
    return `first-page:${account}`;
  }

  /** The stored first page: what a command's first frame needs, without decoding the whole snapshot. */
  readFirstPage(account: AccountRef): AccountFirstPage | undefined {
    const page = this.readEntry(this.firstPageKey(account));
    if (!page?.counts) return undefined;
    return { account, vaults: page.vaults, items: page.items, counts: page.counts, refreshedAt: page.refreshedAt };
  }

  /** The account's cached vaults, from the first page when there is one (no need to decode every item). */
  readVaults(account: AccountRef): VaultSummary[] | undefined {
    return (this.readFirstPage(account) ?? this.read(account))?.vaults;
  }

  read(account: AccountRef): AccountSnapshot | undefined {
    return this.readEntry(this.key(account));
  }

  write(snapshot: AccountSnapshot): void {
    this.writeEntry(this.key(snapshot.account), encode(snapshot));
    const { page, counts } = firstPageOf(snapshot);
    this.writeEntry(this.firstPageKey(snapshot.account), encode(page, counts));
  }

  invalidate(account: AccountRef): void {
    this.removeEntry(this.key(account));
    this.removeEntry(this.firstPageKey(account));
  }

  private readEntry(key: string) {
    const head = this.cache.get(key);
    return head === undefined ? undefined : decode(head, (index) => this.cache.get(`${key}#${index}`));
  }

  private writeEntry(key: string, encoded: Encoded): void {
    const before = this.storedChunkCount(key);
    // Rows first, head last: a head never points at rows that are not there yet.
    encoded.chunks.forEach((chunk, index) => this.cache.set(`${key}#${index}`, chunk));
    this.cache.set(key, encoded.head);
    for (let index = encoded.chunks.length; index < before; index++) this.cache.remove(`${key}#${index}`);
  }

  private removeEntry(key: string): void {
    const count = this.storedChunkCount(key);
    this.cache.remove(key);
    for (let index = 0; index < count; index++) this.cache.remove(`${key}#${index}`);
  }

  private storedChunkCount(key: string): number {
    const head = this.cache.get(key);
    const parsed = head === undefined ? undefined : z.object({ chunks: z.number() }).safeParse(parseJson(head));
    return parsed?.success ? parsed.data.chunks : 0;
  }

  /**
   * Lists the account's vaults and their items (active and archived) and stores the result. A vault that fails
   * keeps its previous rows and is reported in `failures`, so one locked-down vault does not empty the list.
   */
  async refresh(account: AccountRef): Promise<AccountSnapshot> {
    const previous = this.read(account);
    const vaults = await listVaults(account);
    const listings = await listItemsOfVaults(account, vaults, { includeArchived: true });
    const items: ItemSummary[] = [];
    const failures: VaultFailure[] = [];
    for (const listing of listings) {
      if (listing.items) {
        items.push(...listing.items);
      } else {
        const kept = previous?.items.filter((item) => item.vaultId === listing.vault.id) ?? [];
        items.push(...kept.map((item) => ({ ...item, vaultTitle: listing.vault.title })));
        if (listing.error) {
          const { kind, title, hint } = listing.error;
          failures.push({ vaultId: listing.vault.id, vaultTitle: listing.vault.title, error: { kind, title, hint } });
        }
      }
    }
    const snapshot: AccountSnapshot = { account, vaults, items, refreshedAt: this.now(), failures };
    this.write(snapshot);
    return snapshot;
  }

  /** Updates the stored index in place after the extension's own item changes, so no refresh is needed. */
  applyItemChanges(account: AccountRef, changes: ItemChanges): AccountSnapshot | undefined {
    const snapshot = this.read(account);
    if (!snapshot) return undefined;
    const removed = new Set(changes.removed ?? []);
    const archived = new Set(changes.archived ?? []);
    const upserted = new Map((changes.upserted ?? []).map((item) => [item.id, item]));
    const items: ItemSummary[] = [];
    for (const item of snapshot.items) {
      if (removed.has(item.id)) continue;
      const replacement = upserted.get(item.id);
      if (replacement) {
        upserted.delete(item.id);
        items.push(replacement);
      } else {
        items.push(archived.has(item.id) ? { ...item, archived: true } : item);
      }
    }
    items.push(...upserted.values());
    const counts = new Map<string, number>();
    for (const item of items) if (!item.archived) counts.set(item.vaultId, (counts.get(item.vaultId) ?? 0) + 1);
    const vaults = snapshot.vaults.map((vault) => ({ ...vault, itemCount: counts.get(vault.id) ?? 0 }));
    const next = { ...snapshot, items, vaults };
    this.write(next);
    return next;
  }

  /** Same for vault changes (create, rename, delete); a deleted vault takes its items with it. */
  applyVaultChanges(account: AccountRef, changes: VaultChanges): AccountSnapshot | undefined {
    const snapshot = this.read(account);
    if (!snapshot) return undefined;
    const removed = new Set(changes.removed ?? []);
    const upserted = new Map((changes.upserted ?? []).map((vault) => [vault.id, vault]));
    const vaults: VaultSummary[] = [];
    for (const vault of snapshot.vaults) {
      if (removed.has(vault.id)) continue;
      const replacement = upserted.get(vault.id);
      if (replacement) upserted.delete(vault.id);
      vaults.push(replacement ?? vault);
    }
    vaults.push(...upserted.values());
    const titles = new Map(vaults.map((vault) => [vault.id, vault.title]));
    const items = snapshot.items
      .filter((item) => !removed.has(item.vaultId))
      .map((item) => {
        const title = titles.get(item.vaultId);
        return title !== undefined && title !== item.vaultTitle ? { ...item, vaultTitle: title } : item;
      });
    const next = { ...snapshot, vaults, items };
    this.write(next);
    return next;
  }
}
