import { findDuplicateTitle, parseVaultTitles, vaultTitleError } from "../../lib/vault-title";

/** The inline error for the several-vaults text: the first bad line, and how many more there are. */
export function vaultTitlesError(text: string): string | undefined {
  const { titles, errors } = parseVaultTitles(text);
  const first = errors[0];
  if (first) {
    const more =
      errors.length > 1 ? ` (${errors.length - 1} more ${errors.length === 2 ? "line" : "lines"} to fix)` : "";
    return `Line ${first.line}: ${first.message}${more}`;
  }
  if (titles.length === 0) return "Enter at least one title, one per line.";
  return undefined;
}

export { vaultTitleError };

/** A warning (not an error: 1Password allows it) for titles that an existing vault of the account already has. */
export function duplicateTitlesInfo(titles: readonly string[], existing: readonly string[]): string | undefined {
  const duplicates = titles
    .map((title) => findDuplicateTitle(title, existing))
    .filter((title): title is string => title !== undefined);
  if (duplicates.length === 0) return undefined;
  if (duplicates.length === 1)
    return `A vault named “${duplicates[0]}” already exists in this account. You can still create another.`;
  return `Vaults named ${duplicates.map((title) => `“${title}”`).join(", ")} already exist in this account. You can still create more.`;
}
