import { categoryLabel } from "../lib/category";
import type { ItemSummary, VaultSummary } from "../lib/model";
import { isOnePasswordError } from "../onepassword/errors";
import { getItems, itemKey } from "../onepassword/items";
import { clampCount, parseCategory, websiteHosts } from "./shared/describe";
import { answering, ToolInputError } from "./shared/errors";
import { fieldReferences, type FieldReference } from "./shared/fields";
import { accountSnapshot, rankItems } from "./shared/item-index";
import { accountsFor, toolPreferences } from "./shared/preferences";

type Input = {
  /**
   * Words to look for in item titles, website hosts, tags, vault names and categories, for example "github token" or
   * "stripe". May be empty when `vault` or `category` narrows the search.
   */
  query: string;
  /** Only items in this vault: its title, as search-items shows it, or its ID. */
  vault?: string;
  /** Only items of this category, for example "Login", "API Credential", "Password", "Database", "SSH Key". */
  category?: string;
  /** Only this 1Password account, by the name configured in the extension. Leave it out to search every account. */
  account?: string;
  /** How many items to return, best first: 1 to 25. Default 10. */
  limit?: number;
};

const LIMIT = { min: 1, max: 25, default: 10 } as const;

interface FoundItem {
  title: string;
  vault: string;
  account: string;
  category: string;
  websites: string[];
  tags: string[];
  /** Every field that holds something, the main secret first: label, kind and `op://` reference, never the value. */
  fields: FieldReference[];
  /** Why the fields are missing, when the item could not be opened. */
  fieldsUnavailable?: string;
}

/**
 * Finds 1Password items by words and answers with what identifies them: title, vault, account, category, website
 * hosts, tags and the `op://` secret reference of each field. It never returns a value: to give the person a value,
 * call copy-secret with a reference from here.
 */
export default async function tool(input: Input) {
  return answering(async () => {
    const preferences = toolPreferences();
    const accounts = accountsFor(preferences, input.account);
    const items: ItemSummary[] = [];
    const vaults: VaultSummary[] = [];
    const unavailable: string[] = [];
    for (const account of accounts) {
      try {
        const snapshot = await accountSnapshot(account);
        items.push(...snapshot.items);
        vaults.push(...snapshot.vaults);
        for (const failure of snapshot.failures)
          unavailable.push(`vault “${failure.vaultTitle}”: ${failure.error.title}`);
      } catch (error) {
        // With one account there is nothing to answer from; with several, the others still answer.
        if (accounts.length === 1 || !isOnePasswordError(error)) throw error;
        unavailable.push(`account “${account}”: ${error.title}`);
      }
    }
    if (items.length === 0 && vaults.length === 0 && unavailable.length > 0) {
      throw new ToolInputError(`No account could be searched (${unavailable.join("; ")}).`);
    }
    const vaultIds = input.vault?.trim() ? matchingVaultIds(vaults, input.vault) : undefined;
    const categories = input.category?.trim() ? [parseCategory(input.category)] : undefined;
    const query = input.query ?? "";
    if (query.trim() === "" && !vaultIds && !categories) {
      throw new ToolInputError("Give words to search for, a vault or a category.");
    }
    const ranked = rankItems(items, query, { accounts, vaultIds, categories }, clampCount(input.limit, LIMIT));
    const found = await withFields(ranked.items, { items, vaults });
    return {
      total: ranked.total,
      items: found,
      ...(ranked.total > found.length ? { more: `${ranked.total - found.length} more match: narrow the words.` } : {}),
      ...(unavailable.length > 0 ? { notSearched: unavailable } : {}),
    };
  });
}

function matchingVaultIds(vaults: readonly VaultSummary[], wanted: string): string[] {
  const key = wanted.trim().toLowerCase();
  const ids = vaults.filter((vault) => vault.id === key || vault.title.toLowerCase() === key).map((vault) => vault.id);
  if (ids.length > 0) return ids;
  const titles = [...new Set(vaults.map((vault) => `“${vault.title}”`))].join(", ");
  throw new ToolInputError(`No vault “${wanted.trim()}”. Vaults: ${titles || "none"}.`);
}

/** Opens the found items (one batch per vault) to list their fields; the values are dropped with the details. */
async function withFields(
  summaries: readonly ItemSummary[],
  context: { items: readonly ItemSummary[]; vaults: readonly VaultSummary[] },
): Promise<FoundItem[]> {
  const refs = summaries.map((item) => ({ account: item.account, vaultId: item.vaultId, itemId: item.id }));
  const { items: details, report } = await getItems(refs);
  const detailsByKey = new Map(
    details.map((detail) => [itemKey({ account: detail.account, vaultId: detail.vaultId, itemId: detail.id }), detail]),
  );
  const failures = new Map(report.failed.map((failure) => [itemKey(failure.key), failure.error.title]));
  return summaries.map((summary) => {
    const key = itemKey({ account: summary.account, vaultId: summary.vaultId, itemId: summary.id });
    const detail = detailsByKey.get(key);
    const found: FoundItem = {
      title: summary.title,
      vault: summary.vaultTitle,
      account: summary.account,
      category: categoryLabel(summary.category),
      websites: websiteHosts(summary.websites),
      tags: summary.tags,
      fields: detail ? fieldReferences(summary, detail, context) : [],
    };
    if (!detail) found.fieldsUnavailable = failures.get(key) ?? "Not Found";
    return found;
  });
}
