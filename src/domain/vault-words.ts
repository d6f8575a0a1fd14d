import type { VaultSummary } from "../lib/model";

/** A title as the UI quotes it: “Finance”. */
export function quoted(title: string): string {
  return `“${title}”`;
}

export const vaultNoun = (count: number) => (count === 1 ? "vault" : "vaults");

export function itemCount(count: number): string {
  return `${count} ${count === 1 ? "item" : "items"}`;
}

const TYPE_LABELS: Record<VaultSummary["type"], string> = {
  personal: "Personal",
  everyone: "Everyone",
  transfer: "Transfer",
  userCreated: "Shared",
  unsupported: "Other",
};

export function vaultTypeLabel(type: VaultSummary["type"]): string {
  return TYPE_LABELS[type];
}

/** Why a vault cannot be deleted (1Password keeps personal, everyone and transfer vaults), or undefined. */
export function undeletableReason(vault: Pick<VaultSummary, "type" | "title">): string | undefined {
  if (vault.type === "userCreated") return undefined;
  const kind =
    vault.type === "personal"
      ? "your personal vault"
      : vault.type === "everyone"
        ? "the vault everyone in the account shares"
        : "a vault 1Password manages itself";
  return `${quoted(vault.title)} is ${kind}; 1Password does not allow deleting it.`;
}
