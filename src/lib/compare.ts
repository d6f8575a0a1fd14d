/**
 * Case-insensitive text order for lists on the first frame. `localeCompare` loads ICU collation data on first use
 * for the whole process, a cost the first frame of a command should not pay for ordering a few vault names.
 */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
