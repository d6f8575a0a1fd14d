import { type WordIndex, itemAt } from "./word-index";
import type { ItemSearchResult } from "./item-search";
import { TopK } from "./top-k";
import type { WordMatches } from "./word-matches";

/**
 * When no item has every word of a query: the items that have the most of them, by how well they match those and by
 * boost. Fuse.js does not rank these (it wants every word); the prefilter's scores do, each word weighted by how rare
 * it is, so an item that has "stripe" beats one that has "api" and "key" in common with thousands.
 */
export function closestMatches(
  index: WordIndex,
  perWord: readonly WordMatches[],
  mask: Uint8Array,
  limit: number,
  boostAt: ReadonlyMap<number, number> | undefined,
): ItemSearchResult {
  const counts = new Map<number, { words: number; score: number }>();
  for (const word of perWord) {
    const rarity = Math.log(1 + index.size / Math.max(1, word.items.length));
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
  let matched = 0;
  let maxScore = 0;
  for (const entry of counts.values()) {
    if (entry.words > matched) matched = entry.words;
    if (entry.score > maxScore) maxScore = entry.score;
  }
  if (matched === 0) return { items: [], total: 0 };
  const top = new TopK(limit);
  let total = 0;
  for (const [item, entry] of counts) {
    if (entry.words !== matched) continue;
    total++;
    top.push(item, entry.score / maxScore + (boostAt?.get(item) ?? 0));
  }
  const items = top.sorted().map((item) => itemAt(index, item));
  return { items, total, closest: { matched, words: perWord.length } };
}
