import type { VaultSummary } from "./model";

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
