import Fuse, { type FuseIndex, type IFuseOptions } from "fuse.js";
import type { ItemCategory, ItemSummary } from "../lib/model";
import { buildItemIndex, type ItemIndex, type SearchDocument } from "./item-index";
import { tokenize } from "./normalize";
import { TopK } from "./top-k";
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
   * Frecency and the like: a number added to an item's text relevance, which lies between 0 and 1. Keep it within
   * 0–0.5 so that a clearly better text match still wins; 0 (or no function) is neutral. With an empty query items
   * are ordered by boost, then title.
   */
  boost?: (item: ItemSummary) => number;
}

export interface ItemSearchResult {
  /** At most `limit` items, best first. */
  items: ItemSummary[];
  /** How many items match the query and the filter in all (the count to show, e.g. "1,234 items"). */
  total: number;
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

/** Extra candidates fuse.js ranks beyond `limit`, so that its order, not the prefilter's, decides the top rows. */
const RANKING_MARGIN = 50;
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
  /** Fuse.js's per-document record (normalized field values and their length norms), made once per item. */
  private readonly fuseRecords: (IndexRecord["$"] | undefined)[];
  private readonly fuseRecordMaker: FuseIndex<SearchDocument>;

  constructor(items: readonly ItemSummary[]) {
    this.index = buildItemIndex(items);
    this.matcher = new WordMatcher(this.index);
    this.mark = new Uint32Array(this.index.items.length);
    this.markScore = new Float32Array(this.index.items.length);
    this.fuseRecords = new Array(this.index.items.length);
    this.fuseRecordMaker = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], []);
  }

  get size(): number {
    return this.index.items.length;
  }

  search(query: string, options: ItemSearchOptions = {}): ItemSearchResult {
    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
    const { mask, count } = this.filterMask(options.filter);
    const words = [...new Set(tokenize(query))];
    if (words.length === 0) return this.browse(mask, count, limit, options.boost);

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

    // Bound the set fuse.js ranks: the best by prefilter score and boost.
    const boosts = new Map<number, number>();
    const boostOf = (item: number) => {
      let value = boosts.get(item);
      if (value === undefined) {
        value = options.boost ? options.boost(this.index.items[item]!) : 0;
        boosts.set(item, value);
      }
      return value;
    };
    const top = new TopK(limit + RANKING_MARGIN);
    const prefilterScore = new Map<number, number>();
    for (let k = 0; k < total; k++) {
      const item = candidates[k]!;
      const score = scores[k]! / words.length;
      prefilterScore.set(item, score);
      top.push(item, score + boostOf(item));
    }
    const bounded = top.sorted();
    const ranked = this.rank(bounded, words, (item) => prefilterScore.get(item)! + boostOf(item));
    return { items: ranked.slice(0, limit).map((item) => this.index.items[item]!), total };
  }

  /** Fuse.js orders the bounded set; anything it does not match stays, after, in prefilter order: no false empties. */
  private rank(bounded: readonly number[], words: readonly string[], baseScore: (item: number) => number): number[] {
    const records: IndexRecord[] = bounded.map((item, i) => ({ i, $: this.fuseRecord(item) }));
    const index = Fuse.parseIndex<SearchDocument>({ keys: this.fuseRecordMaker.keys, records });
    const documents = bounded.map((item) => this.index.documents[item]!);
    const fuse = new Fuse(documents, FUSE_OPTIONS, index);
    const ranked = fuse.search(words.join(" ")).map((result) => {
      const item = bounded[result.refIndex]!;
      const textScore = FUSE_SHARE * (1 - (result.score ?? 1)) + (1 - FUSE_SHARE) * baseScore(item);
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

  private fuseRecord(item: number): IndexRecord["$"] {
    let record = this.fuseRecords[item];
    if (!record) {
      // Public in fuse.js's typings though underscored; it is what createIndex calls per document.
      record = this.fuseRecordMaker._createObjectRecord(this.index.documents[item]!, 0).$;
      this.fuseRecords[item] = record;
    }
    return record;
  }

  /** An empty query: every item the filter lets through, by boost then title. */
  private browse(mask: Uint8Array, count: number, limit: number, boost: ItemSearchOptions["boost"]): ItemSearchResult {
    const { items } = this.index;
    const result: ItemSummary[] = [];
    if (!boost) {
      for (let i = 0; i < items.length && result.length < limit; i++) if (mask[i] === 1) result.push(items[i]!);
      return { items: result, total: count };
    }
    const top = new TopK(limit);
    for (let i = 0; i < items.length; i++) if (mask[i] === 1) top.push(i, boost(items[i]!));
    return { items: top.sorted().map((i) => items[i]!), total: count };
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
    const { items } = this.index;
    const mask = new Uint8Array(items.length);
    let count = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (accounts && !accounts.has(item.account)) continue;
      if (vaults && !vaults.has(item.vaultId)) continue;
      if (categories && !categories.has(item.category)) continue;
      if (archived === "exclude" ? item.archived : archived === "only" ? !item.archived : false) continue;
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
 * Builds the search over a snapshot of items (about 0.5 s and ~30 MB at 50,000 items; see bench/search.bench.ts).
 * Rebuild when the items change: the index is immutable, so a stale one never returns half-updated results.
 */
export function createItemSearch(items: readonly ItemSummary[]): ItemSearch {
  return new IndexedItemSearch(items);
}
