import { categoryLabel } from "../../lib/category";
import type { AccountRef, ItemCategory, ItemSummary, VaultSummary } from "../../lib/model";
import { isOnePasswordError } from "../../onepassword/errors";
import { getItems, itemKey } from "../../onepassword/items";
import { namesMatch, quoted, safeNames } from "./describe";
import { ToolInputError } from "./errors";
import { fieldReferences, type FieldReference } from "./fields";
import type { ReferenceContext } from "../../domain/item-shape";
import type { VaultItems } from "../../lib/vault-items";
import { accountSnapshot, rankItems, referenceContext } from "./known-items";
import { hostsOf } from "../../lib/url";

/** An item as search-items tells the model about it: what identifies it and its fields' references. */
export interface FoundItem {
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
  /** SSH keys' public parts, which are meant to be handed out (never the private key). */
  sshKeys?: { label: string; keyType: string; publicKey: string; fingerprint: string }[];
}

export interface FindRequest {
  query: string;
  vault?: string;
  category?: ItemCategory;
  accounts: readonly AccountRef[];
  limit: number;
}

interface Known {
  lists: VaultItems[];
  vaults: VaultSummary[];
  /** What could not be searched, in words: "vault “Finance”: Permission Denied". */
  unavailable: string[];
}

/** The accounts' items and vaults from the index; one account failing among several is reported, not fatal. */
async function known(accounts: readonly AccountRef[]): Promise<Known> {
  const out: Known = { lists: [], vaults: [], unavailable: [] };
  for (const account of accounts) {
    try {
      const snapshot = await accountSnapshot(account);
      out.lists.push(...snapshot.lists);
      out.vaults.push(...snapshot.vaults);
      for (const failure of snapshot.failures) {
        out.unavailable.push(`vault ${quoted(failure.vaultTitle)}: ${failure.error.title}`);
      }
    } catch (error) {
      if (accounts.length === 1 || !isOnePasswordError(error)) throw error;
      out.unavailable.push(`account ${quoted(account)}: ${error.title}`);
    }
  }
  if (out.vaults.length === 0 && out.unavailable.length > 0) {
    throw new ToolInputError(`No account could be searched (${out.unavailable.join("; ")}).`);
  }
  return out;
}

function matchingVaultIds(vaults: readonly VaultSummary[], wanted: string): string[] {
  const key = wanted.trim().toLowerCase();
  const ids = vaults.filter((vault) => vault.id === key || namesMatch(vault.title, wanted)).map((vault) => vault.id);
  if (ids.length > 0) return ids;
  const titles = [...new Set(vaults.map((vault) => quoted(vault.title)))].join(", ");
  throw new ToolInputError(`No vault ${quoted(wanted)}. Vaults: ${titles || "none"}.`);
}

/** The best-ranked items for the request, opened (one batch per vault) to list their fields' references. */
export async function findItems(request: FindRequest) {
  const all = await known(request.accounts);
  const vaultIds = request.vault?.trim() ? matchingVaultIds(all.vaults, request.vault) : undefined;
  const categories = request.category ? [request.category] : undefined;
  const filter = { accounts: request.accounts, vaultIds, categories };
  const ranked = rankItems(all, request.query, filter, request.limit);
  // What the model reads of each item: its names made safe to show, its references exact.
  const found = safeNames(await withFields(ranked.items, referenceContext(all)));
  const unavailable = all.unavailable;
  return { total: ranked.total, found, unavailable };
}

async function withFields(summaries: readonly ItemSummary[], context: ReferenceContext): Promise<FoundItem[]> {
  const keyOf = (account: string, vaultId: string, itemId: string) => itemKey({ account, vaultId, itemId });
  const { items: details, report } = await getItems(
    summaries.map((item) => ({ account: item.account, vaultId: item.vaultId, itemId: item.id })),
  );
  // The values arrive with the fields; only labels and references leave this function.
  const detailsByKey = new Map(details.map((detail) => [keyOf(detail.account, detail.vaultId, detail.id), detail]));
  const failures = new Map(report.failed.map((failure) => [itemKey(failure.key), failure.error.title]));
  return summaries.map((summary) => {
    const key = keyOf(summary.account, summary.vaultId, summary.id);
    const detail = detailsByKey.get(key);
    const found: FoundItem = {
      title: summary.title,
      vault: summary.vaultTitle,
      account: summary.account,
      category: categoryLabel(summary.category),
      websites: hostsOf(summary.websites),
      tags: summary.tags,
      fields: detail ? fieldReferences(summary, detail, context) : [],
    };
    if (!detail) found.fieldsUnavailable = failures.get(key) ?? "Not Found";
    const sshKeys = (detail?.fields ?? []).flatMap((field) =>
      field.sshKey ? [{ label: field.title.trim() || "private key", ...field.sshKey }] : [],
    );
    if (sshKeys.length > 0) found.sshKeys = sshKeys;
    return found;
  });
}
