import { open } from "@raycast/api";
import { copyText } from "../../clipboard/secure-clipboard";
import type { ItemSummary, VaultSummary } from "../../lib/model";
import { buildSecretReference } from "../../lib/secret-reference";
import { secretFieldId, type SaveCategory } from "../../onepassword/new-item";
import { openInAppUrl } from "../../domain/open-in-app";
import type { SuccessWords } from "../shared/mutation";
import { quoted } from "../../domain/vault-words";

/**
 * The new item's `op://` reference to its secret: the vault by name where that is unambiguous, the item by id (the
 * extension cannot know every item of the vault, and an id always resolves). None for a note.
 */
export function newItemReference(
  item: ItemSummary,
  category: SaveCategory,
  vaults: readonly VaultSummary[],
): string | undefined {
  const fieldId = secretFieldId(category);
  if (fieldId === undefined) return undefined;
  const field = { id: fieldId, title: fieldId };
  return buildSecretReference({
    vault: { id: item.vaultId, title: item.vaultTitle },
    item: { id: item.id, title: item.title },
    field,
    siblings: { vaults: vaults.filter((vault) => vault.account === item.account), fields: [field] },
  });
}

/** "Saved …" with the next steps: the reference for a config file, and the item in 1Password. */
export function savedWords(item: ItemSummary, reference: string | undefined, found: boolean): SuccessWords {
  return {
    title: `Saved ${quoted(item.title)}`,
    message: found
      ? `In ${quoted(item.vaultTitle)}: 1Password had saved it before its answer was lost.`
      : `In ${quoted(item.vaultTitle)}`,
    primaryAction: reference
      ? { title: "Copy Secret Reference", onAction: () => void copyText(reference, "secret reference") }
      : { title: "Open in 1Password", onAction: () => void open(openInAppUrl(item)) },
    secondaryAction: reference
      ? { title: "Open in 1Password", onAction: () => void open(openInAppUrl(item)) }
      : undefined,
  };
}
