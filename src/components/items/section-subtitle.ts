/**
 * "150 of 50,000". While only the stored first page is loaded, the real total is known only for the plain listing
 * (the stored count); for a query or a filter it is left out until the whole index is there.
 */
export function sectionSubtitle(
  result: { items: readonly unknown[]; total: number },
  partial: boolean,
  activeCount: number,
  plainListing: boolean,
): string | undefined {
  const total = partial ? (plainListing ? activeCount : undefined) : result.total;
  if (total === undefined) return undefined;
  return total > result.items.length ? `${result.items.length} of ${total}` : `${total}`;
}
