import Fuse, { type FuseIndex, type IFuseOptions } from "fuse.js";
import { documentAt, type WordIndex, type SearchDocument } from "./word-index";

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
 * How much fuse.js's score counts against the prefilter's in the final order. Fuse.js weighs fields by length and
 * scores fuzzy matches finely; the prefilter knows an exact word from a prefix or a typo, which fuse.js cannot tell
 * apart for one- or two-letter queries ("g" occurs in "Datadog" as much as in "GitHub").
 */
const FUSE_SHARE = 0.6;
/** Fuse.js records kept for the next keystrokes; a long session's worth would grow without end. */
const RECORD_CACHE_SIZE = 3_000;

type IndexRecord = FuseIndex<SearchDocument>["records"][number];

/** Fuse.js over a handful of an index's items at a time, with each item's record made once. */
export class FuseRanking {
  private readonly records = new Map<number, { document: SearchDocument; record: IndexRecord["$"] }>();
  private readonly recordMaker = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], []);

  constructor(private readonly index: WordIndex) {}

  /**
   * The positions in fuse.js's order, blended with the prefilter's scores (`baseScores`, per position given); any it
   * does not match stay, after, in the order given: no false empties.
   */
  order(positions: readonly number[], words: readonly string[], baseScores: readonly number[]): number[] {
    const entries = positions.map((position) => this.entry(position));
    const records: IndexRecord[] = entries.map((entry, i) => ({ i, $: entry.record }));
    const fuseIndex = Fuse.parseIndex<SearchDocument>({ keys: this.recordMaker.keys, records });
    const fuse = new Fuse(
      entries.map((entry) => entry.document),
      FUSE_OPTIONS,
      fuseIndex,
    );
    const ranked = fuse.search(words.join(" ")).map((result) => ({
      position: positions[result.refIndex]!,
      given: result.refIndex,
      relevance: FUSE_SHARE * (1 - (result.score ?? 1)) + (1 - FUSE_SHARE) * baseScores[result.refIndex]!,
    }));
    ranked.sort((a, b) => b.relevance - a.relevance || a.given - b.given);
    const order = ranked.map((entry) => entry.position);
    if (order.length < positions.length) {
      const seen = new Set(order);
      for (const position of positions) if (!seen.has(position)) order.push(position);
    }
    return order;
  }

  private entry(position: number): { document: SearchDocument; record: IndexRecord["$"] } {
    let entry = this.records.get(position);
    if (!entry) {
      const document = documentAt(this.index, position);
      // Public in fuse.js's typings though underscored; it is what createIndex calls per document.
      entry = { document, record: this.recordMaker._createObjectRecord(document, 0).$ };
      if (this.records.size >= RECORD_CACHE_SIZE) this.records.clear();
      this.records.set(position, entry);
    }
    return entry;
  }
}
