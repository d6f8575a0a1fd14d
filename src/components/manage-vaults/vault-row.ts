import { Color, Icon, type Image, type List } from "@raycast/api";
import type { VaultSummary } from "../../lib/model";
import { itemCount, vaultTypeLabel } from "../../domain/vault-words";

const TYPE_ICONS: Record<VaultSummary["type"], Icon> = {
  personal: Icon.Person,
  everyone: Icon.TwoPeople,
  transfer: Icon.Tray,
  userCreated: Icon.Lock,
  unsupported: Icon.QuestionMarkCircle,
};

/** A selected vault shows a green check instead of its type's icon. */
export function vaultIcon(vault: VaultSummary, isSelected: boolean): Image.ImageLike {
  return isSelected ? { source: Icon.CheckCircle, tintColor: Color.Green } : TYPE_ICONS[vault.type];
}

/** Selected mark, type (shared vaults need none), item count and last update. */
export function vaultAccessories(vault: VaultSummary, isSelected: boolean): List.Item.Accessory[] {
  const accessories: List.Item.Accessory[] = [];
  if (isSelected) accessories.push({ icon: { source: Icon.CheckCircle, tintColor: Color.Green }, tooltip: "Selected" });
  if (vault.type !== "userCreated") accessories.push({ tag: vaultTypeLabel(vault.type) });
  accessories.push({ text: itemCount(vault.itemCount) });
  accessories.push({
    date: new Date(vault.updatedAt),
    tooltip: `Updated ${new Date(vault.updatedAt).toLocaleString()}`,
  });
  return accessories;
}

/** Search finds a vault by the words of its description, its type and its account too. */
export function vaultKeywords(vault: VaultSummary): string[] {
  return [...vault.description.split(/\s+/).filter(Boolean), vaultTypeLabel(vault.type), vault.account];
}
