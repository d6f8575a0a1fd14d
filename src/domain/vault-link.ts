import type { VaultSummary } from "../lib/model";

/**
 * A link that opens the 1Password app at a vault. 1Password documents only item links
 * (`onepassword://view-item/?a=…&v=…&i=…`); the vault form below follows the same shape and, where the app does not
 * know the route, it still opens the app, which is the useful part. `a` is the account as configured (a name or a
 * UUID): the SDK does not tell us the account UUID.
 */
export function vaultLink(vault: Pick<VaultSummary, "account" | "id">): string {
  const params = new URLSearchParams({ a: vault.account, v: vault.id });
  return `onepassword://open-vault/?${params.toString()}`;
}
