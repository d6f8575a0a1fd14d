import Fuse, { type FuseIndex, type IFuseOptions } from "fuse.js";
import { parseItemKey } from "../lib/item-key";
import type { ItemCategory, ItemSummary } from "../lib/model";
import { buildItemIndex, documentAt, type ItemIndex, itemAt, type SearchDocument } from "./item-index";
import { tokenize } from "./normalize";
import { TopK } from "./top-k";
import { VaultItems } from "./vault-items";
import { WordMatcher, type WordMatches } from "./word-matches";

/** Which items a search considers at all. Every list is "any of"; an absent or empty list does not filter. */
export interface ItemFilter {
  accounts?: readonly string[];
  vaultIds?: readonly string[];
  categories?: readonly ItemCategory[];
  /** Archived items are left out unless asked for, as in the 1Password app. Default "exclude". */
  archived?: "exclude" | "include" | "only";
}

export interface ItemSearchOptions {
  filter?: ItemFilter;
  /** How many items to return, best first. Default 150: a screen shows what a person can use, not every match. */
  limit?: number;
  /**
   * Frecency and the like, by item key (`itemKey`): a number added to an item's text relevance, which lies between 0
   * and 1. Keep it within 0–0.5 so that a clearly better text match still wins; an item not in the map gets 0. With
   * an empty query items are ordered by boost, then title.
   */
  boosts?: ReadonlyMap<string, number>;
}

export interface ItemSearchResult {
  /** At most `limit` items, best first. */
  items: ItemSummary[];
  /** How many items match the query and the filter in all (the count to show, e.g. "1,234 items"). */
  total: number;
  /**
   * Set when no item matches every word of the query: `items` then holds the items that match the most words
   * (`matched` of the query's `words`), best first, instead of an empty list.
   */
  closest?: { matched: number; words: number };
}

export interface ItemSearch {
  search(query: string, options?: ItemSearchOptions): ItemSearchResult;
  /** How many items the index holds, archived included. */
  readonly size: number;
}

export const DEFAULT_LIMIT = 150;

/** The fields and weights the ranking uses; exported so a benchmark can run plain fuse.js over the same fields. */
export const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: [
    { name: "title", weight: 1 },
    { name: "hosts", weight: 0.6 },
    { name: "tags", weight: 0.5 },
    { name: "vault", weight: 0.4 },
    { name: "category", weight: 0.3 },
  ],
  // Each query word is matched fuzzily on its own, and every word must match somewhere: "prod aws" finds "AWS (prod)".
  useTokenSearch: true,
  tokenMatch: "all",
  ignoreDiacritics: true,
  ignoreLocation: true,
  threshold: 0.4,
  includeScore: true,
};

/**
 * How many of the prefilter's best candidates fuse.js orders: the rows of the first screens, where its finer scores
 * matter, and a margin below them so that its order, not the prefilter's, decides those rows. Its cost grows with
 * every document it ranks, and it is most of a keystroke's search; the rows beyond follow in the prefilter's order.
 */
const FUSE_RANKED = 60;
/** Fuse.js records kept for the next keystrokes; a long session's worth would grow without end. */
const FUSE_RECORD_CACHE_SIZE = 3_000;
/**
 * How much fuse.js's score counts against the prefilter's in the final order. Fuse.js weighs fields by length and
 * scores fuzzy matches finely; the prefilter knows an exact word from a prefix or a typo, which fuse.js cannot tell
 * apart for one- or two-letter queries ("g" occurs in "Datadog" as much as in "GitHub").
 */
const FUSE_SHARE = 0.6;

type IndexRecord = FuseIndex<SearchDocument>["records"][number];
/** Per-word results kept for the next keystrokes: typing "aws pr" → "aws pro" reuses "aws". */
const WORD_CACHE_SIZE = 48;
const FILTER_CACHE_SIZE = 4;

interface FilterMask {
  mask: Uint8Array;
  count: number;
}

function filterKey(filter: ItemFilter | undefined): string {
  const sorted = (list: readonly string[] | undefined) => (list && list.length > 0 ? [...list].sort() : null);
  return JSON.stringify([
    sorted(filter?.accounts),
    sorted(filter?.vaultIds),
    sorted(filter?.categories),
    filter?.archived ?? "exclude",
  ]);
}

class IndexedItemSearch implements ItemSearch {
  private readonly index: ItemIndex;
  private readonly matcher: WordMatcher;
  private readonly wordCache = new Map<string, WordMatches>();
  private readonly filterCache = new Map<string, FilterMask>();
  private readonly mark: Uint32Array;
  private readonly markScore: Float32Array;
  private markGeneration = 0;
  /** Fuse.js's per-document record (normalized field values and their length norms), made once per item it ranks. */
  private readonly fuseRecords = new Map<number, { document: SearchDocument; record: IndexRecord["$"] }>();
  private readonly fuseRecordMaker: FuseIndex<SearchDocument>;
  private readonly boostCache = new WeakMap<ReadonlyMap<string, number>, Map<number, number>>();
  private positionOf: Uint32Array | undefined;
  private vaultStart: Uint32Array | undefined;

  constructor(vaults: readonly VaultItems[]) {
    this.index = buildItemIndex(vaults);
    this.matcher = new WordMatcher(this.index);
    this.mark = new Uint32Array(this.index.size);
    this.markScore = new Float32Array(this.index.size);
    this.fuseRecordMaker = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], []);
  }

  get size(): number {
    return this.index.size;
  }

  search(query: string, options: ItemSearchOptions = {}): ItemSearchResult {
    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
    const { mask, count } = this.filterMask(options.filter);
    const words = [...new Set(tokenize(query))];
    if (words.length === 0) return this.browse(mask, count, limit, options.boosts);

    // Intersect the words' matches, smallest first, keeping each item's summed prefilter score.
    const perWord = words.map((word) => this.wordMatches(word)).sort((a, b) => a.items.length - b.items.length);
    const first = perWord[0]!;
    const candidates = new Uint32Array(first.items.length);
    const scores = new Float32Array(first.items.length);
    let total = 0;
    for (let k = 0; k < first.items.length; k++) {
      const item = first.items[k]!;
      if (mask[item] === 1) {
        candidates[total] = item;
        scores[total] = first.scores[k]!;
        total++;
      }
    }
    for (let w = 1; w < perWord.length && total > 0; w++)
      total = this.intersect(candidates, scores, total, perWord[w]!);
    if (total === 0 && perWord.length > 1) return this.closest(perWord, mask, limit, options.boosts);

    // Bound the set fuse.js ranks: the best by prefilter score and boost.
    const boostAt = this.boostsByPosition(options.boosts);
    const top = new TopK(Math.max(limit, FUSE_RANKED));
    const share = 1 / words.length;
    for (let k = 0; k < total; k++) {
      scores[k] = scores[k]! * share + (boostAt?.get(candidates[k]!) ?? 0);
      top.push(k, scores[k]!);
    }
    const bounded = top.sorted();
    const ranked = this.rank(
      bounded.slice(0, FUSE_RANKED).map((k) => candidates[k]!),
      words,
      bounded.slice(0, FUSE_RANKED).map((k) => scores[k]!),
    );
    for (let r = FUSE_RANKED; r < bounded.length; r++) ranked.push(candidates[bounded[r]!]!);
    return { items: ranked.slice(0, limit).map((item) => itemAt(this.index, item)), total };
  }

  /**
   * No item has every word: the items that have the most of them, by how well they match those and by boost. Fuse.js
   * does not rank these (it wants every word); the prefilter's scores do, each word weighted by how rare it is, so an
   * item that has "stripe" beats one that has "api" and "key" in common with thousands.
   */
  private closest(
    perWord: readonly WordMatches[],
    mask: Uint8Array,
    limit: number,
    boosts: ItemSearchOptions["boosts"],
  ): ItemSearchResult {
    const boostAt = this.boostsByPosition(boosts);
    const counts = new Map<number, { words: number; score: number }>();
    for (const word of perWord) {
      const rarity = Math.log(1 + this.index.size / Math.max(1, word.items.length));
      for (let k = 0; k < word.items.length; k++) {
        const item = word.items[k]!;
        if (mask[item] !== 1) continue;
        const score = word.scores[k]! * rarity;
        const entry = counts.get(item);
        if (entry) {
          entry.words++;
          entry.score += score;
        } else counts.set(item, { words: 1, score });
      }
    }
    let maxScore = 0;
    for (const entry of counts.values()) if (entry.score > maxScore) maxScore = entry.score;
    let matched = 0;
    for (const entry of counts.values()) if (entry.words > matched) matched = entry.words;
    if (matched === 0) return { items: [], total: 0 };
    const top = new TopK(limit);
    let total = 0;
    for (const [item, entry] of counts) {
      if (entry.words !== matched) continue;
      total++;
      top.push(item, entry.score / maxScore + (boostAt?.get(item) ?? 0));
    }
    const items = top.sorted().map((item) => itemAt(this.index, item));
    return { items, total, closest: { matched, words: perWord.length } };
  }

  /** Fuse.js orders the bounded set; anything it does not match stays, after, in prefilter order: no false empties. */
  private rank(bounded: readonly number[], words: readonly string[], baseScores: readonly number[]): number[] {
    const entries = bounded.map((item) => this.fuseEntry(item));
    const records: IndexRecord[] = entries.map((entry, i) => ({ i, $: entry.record }));
    const index = Fuse.parseIndex<SearchDocument>({ keys: this.fuseRecordMaker.keys, records });
    const documents = entries.map((entry) => entry.document);
    const fuse = new Fuse(documents, FUSE_OPTIONS, index);
    const ranked = fuse.search(words.join(" ")).map((result) => {
      const item = bounded[result.refIndex]!;
      const textScore = FUSE_SHARE * (1 - (result.score ?? 1)) + (1 - FUSE_SHARE) * baseScores[result.refIndex]!;
      return { item, prefilterRank: result.refIndex, relevance: textScore };
    });
    ranked.sort((a, b) => b.relevance - a.relevance || a.prefilterRank - b.prefilterRank);
    const order = ranked.map((entry) => entry.item);
    if (order.length < bounded.length) {
      const seen = new Set(order);
      for (const item of bounded) if (!seen.has(item)) order.push(item);
    }
    return order;
  }

  private fuseEntry(item: number): { document: SearchDocument; record: IndexRecord["$"] } {
    let entry = this.fuseRecords.get(item);
    if (!entry) {
      const document = documentAt(this.index, item);
      // Public in fuse.js's typings though underscored; it is what createIndex calls per document.
      entry = { document, record: this.fuseRecordMaker._createObjectRecord(document, 0).$ };
      if (this.fuseRecords.size >= FUSE_RECORD_CACHE_SIZE) this.fuseRecords.clear();
      this.fuseRecords.set(item, entry);
    }
    return entry;
  }

  /** An empty query: every item the filter lets through, by boost then title. */
  private browse(
    mask: Uint8Array,
    count: number,
    limit: number,
    boosts: ItemSearchOptions["boosts"],
  ): ItemSearchResult {
    const { index } = this;
    // Boosted items first (by boost, then title), then the rest in title order: no item beyond the page is touched.
    const top = new TopK(limit);
    for (const [position, boost] of this.boostsByPosition(boosts) ?? [])
      if (mask[position] === 1 && boost > 0) top.push(position, boost);
    const result = top.sorted();
    const taken = new Set(result);
    for (let i = 0; i < index.size && result.length < limit; i++) if (mask[i] === 1 && !taken.has(i)) result.push(i);
    return { items: result.map((i) => itemAt(index, i)), total: count };
  }

  /** Keeps, in place, the candidates that `word` also matches; returns the new count. */
  private intersect(candidates: Uint32Array, scores: Float32Array, count: number, word: WordMatches): number {
    const { mark, markScore } = this;
    this.markGeneration = (this.markGeneration + 1) >>> 0;
    if (this.markGeneration === 0) {
      mark.fill(0);
      this.markGeneration = 1;
    }
    const generation = this.markGeneration;
    for (let k = 0; k < word.items.length; k++) {
      const item = word.items[k]!;
      mark[item] = generation;
      markScore[item] = word.scores[k]!;
    }
    let kept = 0;
    for (let k = 0; k < count; k++) {
      const item = candidates[k]!;
      if (mark[item] === generation) {
        candidates[kept] = item;
        scores[kept] = scores[k]! + markScore[item]!;
        kept++;
      }
    }
    return kept;
  }

  /** The boosts by position, worked out once per map (frecency changes when an item is used, not per keystroke). */
  private boostsByPosition(boosts: ItemSearchOptions["boosts"]): ReadonlyMap<number, number> | undefined {
    if (!boosts || boosts.size === 0) return undefined;
    let byPosition = this.boostCache.get(boosts);
    if (byPosition) return byPosition;
    const { index } = this;
    // A vault's first position in the concatenation of the vaults' columns, and each such slot's position.
    if (!this.positionOf) {
      this.positionOf = new Uint32Array(index.size);
      const start = new Uint32Array(index.vaults.length + 1);
      index.vaults.forEach((vault, v) => (start[v + 1] = start[v]! + vault.size));
      for (let p = 0; p < index.size; p++) this.positionOf[start[index.itemVault[p]!]! + index.itemOffset[p]!] = p;
      this.vaultStart = start;
    }
    const vaultOf = new Map(index.vaults.map((vault, v) => [`${vault.vault.account}\u0000${vault.vault.id}`, v]));
    byPosition = new Map();
    for (const [key, boost] of boosts) {
      const location = parseItemKey(key);
      const v = location && vaultOf.get(`${location.account}\u0000${location.vaultId}`);
      if (v === undefined || !location) continue;
      const offset = index.vaults[v]!.ids.indexOf(location.itemId);
      if (offset >= 0) byPosition.set(this.positionOf[this.vaultStart![v]! + offset]!, boost);
    }
    this.boostCache.set(boosts, byPosition);
    return byPosition;
  }

  private wordMatches(word: string): WordMatches {
    const cached = this.wordCache.get(word);
    if (cached) {
      // Refresh its place in the least-recently-used order.
      this.wordCache.delete(word);
      this.wordCache.set(word, cached);
      return cached;
    }
    const matches = this.matcher.match(word);
    this.wordCache.set(word, matches);
    if (this.wordCache.size > WORD_CACHE_SIZE) this.wordCache.delete(this.wordCache.keys().next().value!);
    return matches;
  }

  private filterMask(filter: ItemFilter | undefined): FilterMask {
    const key = filterKey(filter);
    const cached = this.filterCache.get(key);
    if (cached) return cached;
    const accounts = filter?.accounts?.length ? new Set(filter.accounts) : null;
    const vaults = filter?.vaultIds?.length ? new Set(filter.vaultIds) : null;
    const categories = filter?.categories?.length ? new Set<string>(filter.categories) : null;
    const archived = filter?.archived ?? "exclude";
    const { index } = this;
    const vaultPasses = index.vaults.map(
      ({ vault }) => (!accounts || accounts.has(vault.account)) && (!vaults || vaults.has(vault.id)),
    );
    const mask = new Uint8Array(index.size);
    let count = 0;
    for (let i = 0; i < index.size; i++) {
      const v = index.itemVault[i]!;
      if (!vaultPasses[v]) continue;
      const vault = index.vaults[v]!;
      const offset = index.itemOffset[i]!;
      if (categories && !categories.has(vault.category(offset))) continue;
      const isArchived = vault.archived(offset);
      if (archived === "exclude" ? isArchived : archived === "only" ? !isArchived : false) continue;
      mask[i] = 1;
      count++;
    }
    const entry = { mask, count };
    this.filterCache.set(key, entry);
    if (this.filterCache.size > FILTER_CACHE_SIZE) this.filterCache.delete(this.filterCache.keys().next().value!);
    return entry;
  }
}

/**
 * Builds the search over the vaults' items (bench/search.bench.ts measures it). Rebuild when the items change: the
 * index is immutable, so a stale one never returns half-updated results.
 */
export function createVaultSearch(vaults: readonly VaultItems[]): ItemSearch {
  return new IndexedItemSearch(vaults);
}

/** The same over plain item overviews, grouped into their vaults (tests and benchmarks start from these). */
export function createItemSearch(items: readonly ItemSummary[]): ItemSearch {
  const byVault = new Map<string, ItemSummary[]>();
  for (const item of items) {
    const key = `${item.account}\u0000${item.vaultId}`;
    const list = byVault.get(key);
    if (list) list.push(item);
    else byVault.set(key, [item]);
  }
  return createVaultSearch(
    [...byVault.values()].map((list) =>
      VaultItems.of({ account: list[0]!.account, id: list[0]!.vaultId, title: list[0]!.vaultTitle }, list),
    ),
  );
}
