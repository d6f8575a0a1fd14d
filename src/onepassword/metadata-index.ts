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

const FORMAT_VERSION = 1;
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
  // Rows are checked one by one in decode: a zod array schema would copy tens of thousands of tuples, and that
  // transient copy alone pushed the process over its memory budget at 50,000 items. A bad row is skipped.
  items: z.custom<unknown[]>((value) => Array.isArray(value)),
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

function encode(snapshot: AccountSnapshot, counts?: ItemCounts): string {
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
  return JSON.stringify({
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
    items: rows,
    failures: snapshot.failures,
    ...(counts ? { counts } : {}),
  });
}

/** Most items have no tags and many no website: one shared empty list instead of 50,000 (it is never mutated). */
const NO_STRINGS: string[] = [];

function decode(text: string): (AccountSnapshot & { counts?: ItemCounts }) | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = storedSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const { account, vaults: storedVaults, items: rows, refreshedAt, failures } = parsed.data;
  const vaults: VaultSummary[] = storedVaults.map((vault) => ({ ...vault, account }));
  const items: ItemSummary[] = [];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    // Drop each tuple once read, so the collector can reclaim them while the summaries are built (lower peak).
    rows[index] = undefined;
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
    const text = this.cache.get(this.firstPageKey(account));
    const page = text === undefined ? undefined : decode(text);
    if (!page?.counts) return undefined;
    return { account, vaults: page.vaults, items: page.items, counts: page.counts, refreshedAt: page.refreshedAt };
  }

  /** The account's cached vaults, from the first page when there is one (no need to decode every item). */
  readVaults(account: AccountRef): VaultSummary[] | undefined {
    return (this.readFirstPage(account) ?? this.read(account))?.vaults;
  }

  read(account: AccountRef): AccountSnapshot | undefined {
    const text = this.cache.get(this.key(account));
    return text === undefined ? undefined : decode(text);
  }

  write(snapshot: AccountSnapshot): void {
    this.cache.set(this.key(snapshot.account), encode(snapshot));
    const { page, counts } = firstPageOf(snapshot);
    this.cache.set(this.firstPageKey(snapshot.account), encode(page, counts));
  }

  invalidate(account: AccountRef): void {
    this.cache.remove(this.key(account));
    this.cache.remove(this.firstPageKey(account));
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
