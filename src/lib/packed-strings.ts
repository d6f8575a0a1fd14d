/**
 * A list of strings as one value: nothing, one string, or the list. Most items have at most one website and one tag,
 * so an index of many items holds no array for them.
 */
export type PackedStrings = undefined | string | readonly string[];

const NO_STRINGS: readonly string[] = Object.freeze([]);

export function packStrings(list: readonly string[]): PackedStrings {
  return list.length === 0 ? undefined : list.length === 1 ? list[0] : list;
}

export function unpackStrings(value: PackedStrings): readonly string[] {
  return value === undefined ? NO_STRINGS : typeof value === "string" ? [value] : value;
}

/** Whether two packed lists hold the same strings in the same order. */
export function samePacked(a: PackedStrings, b: PackedStrings): boolean {
  if (a === b) return true;
  const left = unpackStrings(a);
  const right = unpackStrings(b);
  return left.length === right.length && left.every((value, i) => value === right[i]);
}
