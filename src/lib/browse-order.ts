import type { ItemSummary } from "./model";
import { fold } from "./normalize";

const PRINTABLE_ASCII = /^[ -~]*$/;

/** `fold` is Unicode normalisation; for plain ASCII titles (nearly all) it is just lower-casing, at a tenth the cost. */
export function browseKey(title: string): string {
  return PRINTABLE_ASCII.test(title) ? title.toLowerCase() : fold(title);
}

/**
 * The order of a list with no query and no boost: folded title, then title, then id. The search index's empty query,
 * the first frame's listing and the metadata index's stored first page all use it, so they agree row for row.
 */
type Titled = Pick<ItemSummary, "id" | "title">;

export function compareBrowse(aKey: string, a: Titled, bKey: string, b: Titled): number {
  return compareBrowseParts(aKey, a.title, a.id, bKey, b.title, b.id);
}

/** `compareBrowse` on the parts, for lists held column by column (no object per comparison). */
export function compareBrowseParts(
  aKey: string,
  aTitle: string,
  aId: string,
  bKey: string,
  bTitle: string,
  bId: string,
) {
  if (aKey !== bKey) return aKey < bKey ? -1 : 1;
  if (aTitle !== bTitle) return aTitle < bTitle ? -1 : 1;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}
