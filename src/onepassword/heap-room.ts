import { getHeapStatistics } from "node:v8";

/**
 * Whether the heap has room to list a vault of `itemCount` items now. Raycast ends a command that reaches its JS
 * heap limit, so a vault too large for what is left is not listed at all: the refresh leaves it out and says so,
 * instead of the command being killed halfway through. The estimate covers what one listing holds at its peak (the
 * answer's text, the SDK's parsed objects and the index's row) and errs on the generous side; heap that is garbage
 * but not yet collected counts as used, which also errs towards leaving out.
 */
export const LISTING_BYTES_PER_ITEM = 1_400;
/** The share of the heap limit a command plans to use; the rest stays for React, Raycast and the collector. */
const PLANNED_SHARE = 0.85;

export interface HeapStatistics {
  used: number;
  limit: number;
}

export function currentHeap(): HeapStatistics {
  const { used_heap_size: used, heap_size_limit: limit } = getHeapStatistics();
  return { used, limit };
}

export function hasRoomToList(itemCount: number, heap: HeapStatistics = currentHeap()): boolean {
  return heap.used + itemCount * LISTING_BYTES_PER_ITEM <= heap.limit * PLANNED_SHARE;
}
