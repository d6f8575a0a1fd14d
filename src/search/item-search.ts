import type { ItemSummary } from "../lib/model";
import { GenerationMarks } from "./generation-marks";
import { BoostPositions } from "./boost-positions";
import { closestMatches } from "./closest-matches";
import { type FilterMask, filterKey, filterMask, type ItemFilter } from "./filter-mask";
import { FuseRanking } from "./fuse-ranking";
import { buildWordIndex, itemAt, rebindWordIndex, type WordIndex } from "./word-index";
import { groupBy, vaultKeyOf } from "../lib/group-by";
import { tokenize } from "../lib/normalize";
import { TopK } from "./top-k";
import { VaultItems } from "../lib/vault-items";
import { WordMatcher, type WordMatches } from "./word-matches";

export type { ItemFilter } from "./filter-mask";
export { FUSE_OPTIONS } from "./fuse-ranking";

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

/**
 * How many of the prefilter's best candidates fuse.js orders: the rows of the first screens, where its finer scores
 * matter, and a margin below them so that its order, not the prefilter's, decides those rows. Its cost grows with
 * every document it ranks, and it is most of a keystroke's search; the rows beyond follow in the prefilter's order.
 */
const FUSE_RANKED = 60;
/** Per-word results kept for the next keystrokes: typing "aws pr" → "aws pro" reuses "aws". */
const WORD_CACHE_SIZE = 48;
const FILTER_CACHE_SIZE = 4;

class IndexedItemSearch implements ItemSearch {
  private readonly index: WordIndex;
  private readonly matcher: WordMatcher;
  private readonly ranking: FuseRanking;
  private readonly boosts: BoostPositions;
  private readonly wordCache = new Map<string, WordMatches>();
  private readonly filterCache = new Map<string, FilterMask>();
  private readonly mark: GenerationMarks;
  private readonly markScore: Float32Array;

  constructor(vaults: readonly VaultItems[], previous?: ItemSearch) {
    const before = previous instanceof IndexedItemSearch ? previous.index : undefined;
    this.index = (before && rebindWordIndex(before, vaults)) ?? buildWordIndex(vaults);
    this.matcher = new WordMatcher(this.index);
    this.ranking = new FuseRanking(this.index);
    this.boosts = new BoostPositions(this.index);
    this.mark = new GenerationMarks(this.index.size);
    this.markScore = new Float32Array(this.index.size);
  }

  get size(): number {
    return this.index.size;
  }

  search(query: string, options: ItemSearchOptions = {}): ItemSearchResult {
    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
    const { mask, count } = this.filterMaskFor(options.filter);
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
    const boostAt = this.boosts.of(options.boosts);
    if (total === 0 && perWord.length > 1) return closestMatches(this.index, perWord, mask, limit, boostAt);

    // The best by prefilter score and boost; fuse.js orders the first screens of them.
    const top = new TopK(Math.max(limit, FUSE_RANKED));
    const share = 1 / words.length;
    for (let k = 0; k < total; k++) {
      scores[k] = scores[k]! * share + (boostAt?.get(candidates[k]!) ?? 0);
      top.push(k, scores[k]!);
    }
    const bounded = top.sorted();
    const head = bounded.slice(0, FUSE_RANKED);
    const ranked = this.ranking.order(
      head.map((k) => candidates[k]!),
      words,
      head.map((k) => scores[k]!),
    );
    for (let r = FUSE_RANKED; r < bounded.length; r++) ranked.push(candidates[bounded[r]!]!);
    return { items: ranked.slice(0, limit).map((item) => itemAt(this.index, item)), total };
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
    for (const [position, boost] of this.boosts.of(boosts) ?? [])
      if (mask[position] === 1 && boost > 0) top.push(position, boost);
    const result = top.sorted();
    const taken = new Set(result);
    for (let i = 0; i < index.size && result.length < limit; i++) if (mask[i] === 1 && !taken.has(i)) result.push(i);
    return { items: result.map((i) => itemAt(index, i)), total: count };
  }

  /** Keeps, in place, the candidates that `word` also matches; returns the new count. */
  private intersect(candidates: Uint32Array, scores: Float32Array, count: number, word: WordMatches): number {
    const { markScore } = this;
    const generation = this.mark.next();
    const mark = this.mark.marks;
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

  private filterMaskFor(filter: ItemFilter | undefined): FilterMask {
    const key = filterKey(filter);
    const cached = this.filterCache.get(key);
    if (cached) return cached;
    const entry = filterMask(this.index, filter);
    this.filterCache.set(key, entry);
    if (this.filterCache.size > FILTER_CACHE_SIZE) this.filterCache.delete(this.filterCache.keys().next().value!);
    return entry;
  }
}

/**
 * Builds the search over the vaults' items (bench/search.bench.ts measures it). Rebuild when the items change: the
 * index is immutable, so a stale one never returns half-updated results. Given the search it replaces, its word index
 * is kept when the vaults' words did not change (items archived or restored), and only the search's caches are new.
 */
export function createVaultSearch(vaults: readonly VaultItems[], previous?: ItemSearch): ItemSearch {
  return new IndexedItemSearch(vaults, previous);
}

/** The same over plain item overviews, grouped into their vaults (tests and benchmarks start from these). */
export function createItemSearch(items: readonly ItemSummary[]): ItemSearch {
  return createVaultSearch(
    groupBy(items, vaultKeyOf).map((list) =>
      VaultItems.of({ account: list[0]!.account, id: list[0]!.vaultId, title: list[0]!.vaultTitle }, list),
    ),
  );
}
