import type { AccountRef, ItemSummary, VaultSummary } from "../../lib/model";
import type { ItemRow, VaultItems } from "../../lib/vault-items";
import type { AccountSnapshot } from "./format";
import type { MetadataIndexStore } from "./store";

/**
 * The extension's own changes (and another command's), applied to the stored index so that no refresh is needed:
 * item changes read only the vaults they touch and write only those whose items were saved (a removal or an archive
 * is noted beside the stored rows, see `carryChanges`); vault changes read no item at all.
 */

export interface ItemChanges {
  removed?: readonly string[];
  archived?: readonly string[];
  upserted?: readonly ItemSummary[];
}

/** What the extension itself changed among an account's vaults: created or renamed (upserted), deleted (removed). */
export interface VaultChanges {
  removed?: readonly string[];
  upserted?: readonly VaultSummary[];
}

/** The vaults after the changes: removed ones dropped, upserted ones replaced in place, new ones at the end. */
export function mergeVaultChanges(vaults: readonly VaultSummary[], changes: VaultChanges): VaultSummary[] {
  const removed = new Set(changes.removed ?? []);
  const upserted = new Map((changes.upserted ?? []).map((vault) => [vault.id, vault]));
  const next: VaultSummary[] = [];
  for (const vault of vaults) {
    if (removed.has(vault.id)) continue;
    next.push(upserted.get(vault.id) ?? vault);
    upserted.delete(vault.id);
  }
  next.push(...upserted.values());
  return next;
}

/** `known` is the caller's own copy of the account, when it has one, which saves reading; the result is the account after the changes. */
export function applyItemChanges(
  store: MetadataIndexStore,
  account: AccountRef,
  changes: ItemChanges,
  known?: AccountSnapshot,
): AccountSnapshot | undefined {
  const snapshot = known ?? store.read(account);
  if (!snapshot) return undefined;
  const removed = new Set(changes.removed ?? []);
  const archived = new Set(changes.archived ?? []);
  const upsertedByVault = new Map<string, Map<string, ItemRow>>();
  for (const item of changes.upserted ?? []) {
    const { id, title, category, websites, tags, archived, createdAt, updatedAt } = item;
    const rows = upsertedByVault.get(item.vaultId) ?? new Map<string, ItemRow>();
    upsertedByVault.set(
      item.vaultId,
      rows.set(id, { id, title, category, websites, tags, archived, createdAt, updatedAt }),
    );
  }
  const touches = (list: VaultItems) =>
    upsertedByVault.has(list.vault.id) || list.ids.some((id) => removed.has(id) || archived.has(id));
  const noRows = new Map<string, ItemRow>();
  const lists = snapshot.lists.map((list) => {
    if (!touches(list)) return list;
    const upserted = upsertedByVault.get(list.vault.id);
    const changed = list.withChanges({ removed, archived, upserted: upserted ?? noRows });
    if (!upserted) store.carryChanges(list, changed, { removed, archived });
    return changed;
  });
  // A vault without a list (too large to load, or not listed) gets one for the new rows alone; its count is the
  // app's count plus those rows, not the rows this index happens to hold.
  const added = new Map<string, number>();
  for (const [vaultId, rows] of upsertedByVault) {
    const vault = snapshot.vaults.find((candidate) => candidate.id === vaultId);
    if (vault && !lists.some((list) => list.vault.id === vaultId)) {
      const list = store.emptyList(vault).withChanges({ removed, archived, upserted: rows });
      lists.push(list);
      added.set(vaultId, vault.itemCount + list.activeCount());
    }
  }
  const counts = new Map(lists.map((list) => [list.vault.id, added.get(list.vault.id) ?? list.activeCount()]));
  const vaults = snapshot.vaults.map((vault) => ({ ...vault, itemCount: counts.get(vault.id) ?? vault.itemCount }));
  const next = { ...snapshot, vaults, lists };
  store.write(next);
  return next;
}

/**
 * Vault changes (create, rename, delete) touch the head and the first page; a deleted vault takes its items with it
 * (its rows are removed, nobody's are read). Returns the account after the changes when `known` was given.
 */
export function applyVaultChanges(
  store: MetadataIndexStore,
  account: AccountRef,
  changes: VaultChanges,
  known?: AccountSnapshot,
): AccountSnapshot | undefined {
  const head = store.readHead(account);
  const snapshot = known ?? (head ? store.withoutRows(head) : undefined);
  if (!snapshot) return undefined;
  const vaults = mergeVaultChanges(snapshot.vaults, changes);
  const titles = new Map(vaults.map((vault) => [vault.id, vault.title]));
  const lists = snapshot.lists.flatMap((list) => {
    const title = titles.get(list.vault.id);
    if (title === undefined) return [];
    if (title === list.vault.title) return [list];
    const renamed = list.renamed(title);
    store.carryStored(list, renamed);
    return [renamed];
  });
  const next = { ...snapshot, vaults, lists };
  if (known) store.write(next, head);
  else if (head) store.writeVaultsOnly(head, next);
  return known ? next : undefined;
}
