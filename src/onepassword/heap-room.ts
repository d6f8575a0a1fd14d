import { getHeapStatistics } from "node:v8";

/**
 * Whether the heap has room to list a vault of `itemCount` items now. Raycast ends a command whose JS heap reaches
 * its limit, so a vault too large for what is left is not listed at all: the refresh leaves it out and says so,
 * instead of the command being killed halfway through. The estimate is what one listing holds at once: the answer is
 * read from its bytes, outside the heap (items-list-decoder.ts), so that is the index's columns of the vault, their
 * sorted copy and the search built on them. Heap that is garbage but not yet collected counts as used, which errs
 * towards leaving out; bench/worker-search-secrets.bench.ts measures one vault's peak.
 */
export const LISTING_BYTES_PER_ITEM = 300;
/** The share of the limit a command plans to fill; the rest stays for React, Raycast and the collector. */
const PLANNED_SHARE = 0.9;
/**
 * V8's `heap_size_limit` is the old generation's limit (what Raycast caps, and what ends a command) plus the young
 * generation's reservation: three semi-spaces of 16 MiB on 64-bit.
 */
const YOUNG_GENERATION_BYTES = 48 * 1024 * 1024;

export interface HeapStatistics {
  used: number;
  /** The limit that ends the command. */
  limit: number;
}

export function currentHeap(): HeapStatistics {
  const { used_heap_size: used, heap_size_limit: total } = getHeapStatistics();
  return { used, limit: total - YOUNG_GENERATION_BYTES };
}

export function hasRoomToList(itemCount: number, heap: HeapStatistics = currentHeap()): boolean {
  return heap.used + itemCount * LISTING_BYTES_PER_ITEM <= heap.limit * PLANNED_SHARE;
}
