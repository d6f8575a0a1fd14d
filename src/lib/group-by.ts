/** Groups in first-seen order, each group in input order. */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

/** The key of an item's vault across accounts. */
export const vaultKeyOf = (item: { account: string; vaultId: string }): string =>
  `${item.account}\u0000${item.vaultId}`;
