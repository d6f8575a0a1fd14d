/**
 * `.env` lines of secret references (`NAME=op://…`) for "Copy Selected as .env References". Pure: the names come from
 * titles, the references from buildSecretReference; no value is involved.
 */

export interface EnvReferenceEntry {
  /** The item's title. */
  itemTitle: string;
  /** The field's label ("password", "credential"). */
  fieldLabel: string;
  reference: string;
}

/** "GitHub (personal)" + "password" → "GITHUB_PERSONAL_PASSWORD"; a name never starts with a digit. */
export function envNameFor(itemTitle: string, fieldLabel: string): string {
  const words = `${itemTitle} ${fieldLabel}`
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    // "GitHubToken" → "Git Hub Token" would be wrong for brands; only split on non-alphanumerics.
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "");
  const name = words.join("_").toUpperCase() || "SECRET";
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** Names made unique by suffixes (`_2`, `_3`, …) in the order given. */
export function uniqueEnvNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
    taken.add(candidate);
    return candidate;
  });
}

/** One `NAME=reference` line per entry; references with spaces are double-quoted (they never hold quotes). */
export function formatEnvReferences(entries: readonly EnvReferenceEntry[]): string {
  const names = uniqueEnvNames(entries.map((entry) => envNameFor(entry.itemTitle, entry.fieldLabel)));
  return entries
    .map((entry, index) => {
      const value = /\s/.test(entry.reference) ? `"${entry.reference}"` : entry.reference;
      return `${names[index]}=${value}`;
    })
    .join("\n");
}
