import type { ItemCategory } from "../lib/model";
import { mayHaveBeenCarriedOut, toOnePasswordError, type OnePasswordError } from "./errors";
import { mainSecretField } from "./item-fields";
import { isVersionConflict, putFieldValue, readForUpdate, versionConflict, type ItemForUpdate } from "./item-update";
import type { ItemDetails, ItemField } from "./items";

/**
 * Rotating a token: the item's secret field replaced with one `items.put` against the version that was read. A put
 * whose answer was lost is checked by reading the item again before anything is reported or retried.
 */

/** The categories whose secret can be replaced from the clipboard. */
export const REPLACEABLE_CATEGORIES: readonly ItemCategory[] = ["ApiCredentials", "Password", "Login"];

const FIELD_IDS: Partial<Record<ItemCategory, string>> = {
  ApiCredentials: "credential",
  Password: "password",
  Login: "password",
};

/** The field a replace writes: 1Password's template field for the category (even when empty), else the main secret. */
export function replaceableField(details: Pick<ItemDetails, "category" | "fields">): ItemField | undefined {
  const id = FIELD_IDS[details.category];
  return details.fields.find((field) => field.id === id) ?? mainSecretField(details);
}

export type ReplaceOutcome =
  | { kind: "replaced"; details: ItemDetails; /** Found by the check after a lost answer. */ found: boolean }
  | {
      kind: "failed";
      error: OnePasswordError;
      /** 1Password may have replaced it: check before trying again. */ inDoubt: boolean;
    };

export async function replaceFieldValue(read: ItemForUpdate, fieldId: string, value: string): Promise<ReplaceOutcome> {
  const { account, vaultId, id: itemId, title } = read.details;
  try {
    return { kind: "replaced", details: await putFieldValue(read, fieldId, value), found: false };
  } catch (raw) {
    const error = toOnePasswordError(raw, { operation: `Updating "${title}"`, account });
    if (isVersionConflict(error)) return { kind: "failed", error: versionConflict(error, title), inDoubt: false };
    if (!mayHaveBeenCarriedOut(error)) return { kind: "failed", error, inDoubt: false };
    try {
      const again = await readForUpdate({ account, vaultId, itemId });
      const field = again.details.fields.find((candidate) => candidate.id === fieldId);
      if (field?.value === value) return { kind: "replaced", details: again.details, found: true };
      // Not there: the put never happened (or another change replaced it since), so trying again is safe.
      return { kind: "failed", error, inDoubt: false };
    } catch {
      return { kind: "failed", error, inDoubt: true };
    }
  }
}
