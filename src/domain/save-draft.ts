import { mayHaveBeenCarriedOut, type OnePasswordError, toOnePasswordError } from "../onepassword/errors";
import type { ItemDetails } from "../onepassword/items";
import { createFromDraft, findSavedItem, type ItemDraft } from "../onepassword/new-item";

export type SaveOutcome =
  | {
      kind: "saved";
      details: ItemDetails;
      /** Found by the check after a lost answer, not created now. */ found: boolean;
    }
  | {
      kind: "failed";
      error: OnePasswordError;
      /** 1Password may still have saved it: the next attempt checks before it creates. */
      inDoubt: boolean;
    };

/** Whether a retry of `next` is the attempt that was in doubt: the same secret under the same title and vault. */
export function sameDraft(previous: ItemDraft, next: ItemDraft): boolean {
  return (
    previous.account === next.account &&
    previous.vaultId === next.vaultId &&
    previous.category === next.category &&
    previous.title.trim() === next.title.trim() &&
    previous.secret === next.secret &&
    (previous.category !== "SecureNote" || previous.notes === next.notes)
  );
}

/**
 * Saves the draft with one `items.create`, and never twice: a create whose answer was lost or came too late may have
 * happened, so the vault is checked for the item (same title, same secret) before it is reported failed, and an
 * attempt left in doubt is checked again before the next one creates anything.
 */
export async function saveDraft(draft: ItemDraft, inDoubt: boolean): Promise<SaveOutcome> {
  const context = { operation: `Saving "${draft.title.trim()}"`, account: draft.account };
  if (inDoubt) {
    try {
      const found = await findSavedItem(draft);
      if (found) return { kind: "saved", details: found, found: true };
    } catch (error) {
      // Creating without knowing could make a second item: report it and keep the doubt.
      return { kind: "failed", error: toOnePasswordError(error, context), inDoubt: true };
    }
  }
  try {
    return { kind: "saved", details: await createFromDraft(draft), found: false };
  } catch (error) {
    const mapped = toOnePasswordError(error, context);
    if (!mayHaveBeenCarriedOut(mapped)) return { kind: "failed", error: mapped, inDoubt: false };
    let checked = false;
    try {
      const found = await findSavedItem(draft);
      if (found) return { kind: "saved", details: found, found: true };
      checked = true;
    } catch {
      // The check failed too: the outcome stays unknown.
    }
    // A late answer may still be carried out after the check; a lost one that the check did not find never happened.
    return { kind: "failed", error: mapped, inDoubt: !checked || mapped.kind === "timed-out" };
  }
}
