import { Alert, Clipboard, confirmAlert, showToast, Toast } from "@raycast/api";
import { clearClipboardIfHolds } from "../../clipboard/clear-if-holds";
import type { ItemSummary } from "../../lib/model";
import { looksLikeSecret, tokenShapeOf } from "../../lib/token-shapes";
import { secretNoun } from "../../onepassword/item-fields";
import { readForUpdate, type ItemForUpdate } from "../../onepassword/item-update";
import { itemKey } from "../../onepassword/items";
import { replaceableField, replaceFieldValue } from "../../onepassword/replace-secret";
import { showFailure } from "./failure-toast";
import { runMutation, type SuccessWords } from "./mutation";
import { quoted } from "../../domain/vault-words";

/**
 * Replace Secret from Clipboard: the token just rotated at its provider goes into the item that holds the old one.
 * It says which item, vault and field will change (never a value), asks once, puts against the version it read, and
 * clears the clipboard if it still holds the new token. Values live only inside this function.
 */

/** Items whose last replace may have happened without an answer: the next attempt counts a match as success. */
const inDoubt = new Set<string>();

type Target = Pick<ItemSummary, "account" | "vaultId" | "vaultTitle" | "id" | "title">;

async function refuse(title: string, message: string): Promise<false> {
  await showToast({ style: Toast.Style.Failure, title, message });
  return false;
}

/** The clipboard's text if it can be a new secret; otherwise says why not and returns undefined. */
async function clipboardSecret(item: Target): Promise<{ text: string; value: string } | undefined> {
  let text: string | undefined;
  try {
    text = await Clipboard.readText();
  } catch {
    text = undefined;
  }
  const value = text?.trim() ?? "";
  if (text === undefined || value === "") {
    await refuse(
      "Clipboard Is Empty",
      `Copy the new secret for ${quoted(item.title)} first (from its provider's page), then replace again.`,
    );
    return undefined;
  }
  if (!tokenShapeOf(value) && !looksLikeSecret(value)) {
    await refuse(
      "Clipboard Holds No Secret",
      "The clipboard holds ordinary text, not a token or key (long, random-looking, no spaces). Copy the new secret, then replace again.",
    );
    return undefined;
  }
  return { text, value };
}

/** After a replace: the doubt is settled and the clipboard cleared if it still holds the new token. */
async function settle(item: Target, clipboardText: string): Promise<boolean> {
  inDoubt.delete(itemKey({ account: item.account, vaultId: item.vaultId, itemId: item.id }));
  return clearClipboardIfHolds(clipboardText, "a new secret");
}

function replacedWords(item: Target, noun: string, found: boolean, cleared: boolean): SuccessWords {
  const parts = [
    found ? "1Password had replaced it before the connection dropped." : undefined,
    "The old one is in the item's history.",
    cleared ? "The clipboard was cleared." : undefined,
  ];
  return { title: `Replaced the ${noun} of ${quoted(item.title)}`, message: parts.filter(Boolean).join(" ") };
}

export async function replaceSecretFromClipboard(item: Target): Promise<boolean> {
  const key = itemKey({ account: item.account, vaultId: item.vaultId, itemId: item.id });
  const fromClipboard = await clipboardSecret(item);
  if (!fromClipboard) return false;
  const { text, value } = fromClipboard;
  const again = () => void replaceSecretFromClipboard(item);
  let read: ItemForUpdate;
  try {
    read = await readForUpdate({ account: item.account, vaultId: item.vaultId, itemId: item.id });
  } catch (error) {
    await showFailure(error, { operation: `Loading "${item.title}"`, account: item.account }, again);
    return false;
  }
  const field = replaceableField(read.details);
  if (!field) return refuse("Nothing to Replace", `${quoted(item.title)} has no password or credential field.`);
  const noun = secretNoun(field);
  if (field.value === value) {
    // The attempt whose answer was lost had made it: that is the success it could not report.
    if (inDoubt.has(key)) {
      const cleared = await settle(item, text);
      await showToast({ style: Toast.Style.Success, ...replacedWords(item, noun, true, cleared) });
      return true;
    }
    return refuse(
      "Already Up to Date",
      `The ${noun} of ${quoted(item.title)} is already the secret on the clipboard: nothing was changed.`,
    );
  }
  const confirmed = await confirmAlert({
    title: `Replace the ${noun} of ${quoted(item.title)}?`,
    message: `The ${noun} of ${quoted(item.title)} in ${quoted(item.vaultTitle)} will be replaced by the secret on the clipboard. 1Password keeps the current one in the item's history.`,
    primaryAction: { title: "Replace", style: Alert.ActionStyle.Destructive },
  });
  if (!confirmed) return false;
  let failedInDoubt = false;
  let cleared = false;
  const outcome = await runMutation({
    progress: `Replacing the ${noun} of ${quoted(item.title)}…`,
    call: async () => {
      const replaced = await replaceFieldValue(read, field.id, value);
      if (replaced.kind === "replaced") return replaced;
      failedInDoubt = replaced.inDoubt;
      throw replaced.error;
    },
    context: { operation: `Updating "${read.details.title}"`, account: read.details.account },
    onSuccess: async () => {
      cleared = await settle(item, text);
    },
    success: (replaced) => replacedWords(item, noun, replaced.found, cleared),
    onFailure: async (error) => {
      if (!failedInDoubt) return false;
      inDoubt.add(key);
      await showToast({
        style: Toast.Style.Failure,
        title: error.title,
        message: `1Password may have replaced the ${noun} of ${quoted(item.title)} anyway. Trying again checks first, so nothing is overwritten.`,
        primaryAction: { title: "Try Again", onAction: again },
      });
      return true;
    },
    retry: again,
  });
  return outcome.ok;
}
