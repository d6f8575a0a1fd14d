import type { AccountRef, ItemSummary, VaultSummary } from "../../lib/model";
import { parseSecretReference, type SecretReferenceParts } from "../../lib/secret-reference";
import type { Preferences } from "../../lib/preferences";
import { ToolInputError } from "./errors";
import { accountSnapshot, accountVaults, itemsTitled, itemWithId, type KnownItems } from "./known-items";
import { accountsFor } from "./preferences";
import { namesMatch, quoted } from "./describe";

/** Names compare as 1Password compares them in references: ignoring case and edge spaces. */
const key = (text: string) => text.trim().toLowerCase();

/** A vault by its title or ID among the account's vaults. */
export function findVault(vaults: readonly VaultSummary[], nameOrId: string): VaultSummary {
  const wanted = key(nameOrId);
  const matches = vaults.filter((vault) => vault.id === wanted || namesMatch(vault.title, nameOrId));
  if (matches.length === 1) return matches[0] as VaultSummary;
  if (matches.length > 1) {
    throw new ToolInputError(`Several vaults are titled ${quoted(nameOrId)}: use the vault ID instead.`);
  }
  const titles = vaults.map((vault) => quoted(vault.title)).join(", ");
  throw new ToolInputError(`No vault ${quoted(nameOrId)} in this account. Its vaults: ${titles || "none"}.`);
}

/** The vault a reference names, by title or ID, among the account's vaults; undefined when none matches. */
function vaultNamed(vaults: readonly VaultSummary[], segment: string): VaultSummary | undefined {
  const wanted = key(segment);
  return vaults.find((vault) => vault.id === wanted) ?? vaults.find((vault) => key(vault.title) === wanted);
}

/** The item a reference names inside a vault, by ID or title. */
export function itemNamed(known: KnownItems, vaultId: string, segment: string): ItemSummary | undefined {
  return itemWithId(known, vaultId, key(segment)) ?? itemsTitled(known, segment, vaultId)[0];
}

export interface LocatedReference {
  account: AccountRef;
  /** The reference as given (it is valid as it is: a trailing space belongs to the field's name). */
  reference: string;
  parts: SecretReferenceParts;
  /** The vault and item the index knows under these names, for words in a confirmation; absent when it does not. */
  vault?: VaultSummary;
  item?: ItemSummary;
}

export function parseReference(reference: string): SecretReferenceParts {
  const parsed = parseSecretReference(reference);
  if (!parsed.ok) throw new ToolInputError(`${parsed.error} Use a reference from search-items.`);
  return parsed.value;
}

/**
 * Which account an `op://` reference belongs to, and the vault and item it names as far as the index knows them. The
 * account is the one named, the only one configured, or the one account whose vaults hold the reference's vault.
 */
export async function locateReference(
  preferences: Preferences,
  reference: string,
  account: string | undefined,
): Promise<LocatedReference> {
  const parts = parseReference(reference);
  const candidates = accountsFor(preferences, account);
  const found: LocatedReference[] = [];
  for (const candidate of candidates) {
    const vault = vaultNamed(await accountVaults(candidate), parts.vault);
    if (!vault && candidates.length > 1) continue;
    const located: LocatedReference = { account: candidate, reference, parts };
    if (vault) {
      located.vault = vault;
      const item = itemNamed(await accountSnapshot(candidate), vault.id, parts.item);
      if (item) located.item = item;
    }
    found.push(located);
  }
  if (found.length === 1) return found[0] as LocatedReference;
  const names = candidates.map(quoted).join(", ");
  throw new ToolInputError(
    found.length === 0
      ? `No configured account has a vault ${quoted(parts.vault)}. Accounts: ${names}.`
      : `Several accounts have a vault ${quoted(parts.vault)}: say which account to use (${names}).`,
  );
}

/** How a confirmation names what a reference points at: titles where the index knows them, the reference's words otherwise. */
export function describeReference(located: LocatedReference): { item: string; field: string; vault: string } {
  const field = located.parts.section ? `${located.parts.section} › ${located.parts.field}` : located.parts.field;
  return {
    item: located.item?.title ?? located.parts.item,
    field: located.parts.attribute ? `${field} (one-time password)` : field,
    vault: located.vault?.title ?? located.parts.vault,
  };
}
