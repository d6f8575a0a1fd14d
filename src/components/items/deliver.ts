import { showToast, Toast } from "@raycast/api";
import { copySecret, copyText, pasteSecret, pasteText } from "../../clipboard/secure-clipboard";
import type { ItemSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { isConcealedField, mainSecretField, otpField, secretNoun, usernameField } from "../../onepassword/item-fields";
import { getItem, type ItemDetails, type ItemField } from "../../onepassword/items";
import { showFailure } from "../failure-toast";

/** Which field an action delivers; resolved against the freshly fetched item, never a cached copy. */
export type FieldTarget =
  { kind: "main" } | { kind: "username" } | { kind: "password" } | { kind: "otp" } | { kind: "field"; fieldId: string };

export type DeliveryMode = "copy" | "paste";

function pick(details: ItemDetails, target: FieldTarget): ItemField | undefined {
  switch (target.kind) {
    case "main":
      return mainSecretField(details);
    case "username":
      return usernameField(details);
    case "password":
      return details.fields.find((field) => field.id === "password" && field.value !== "");
    case "otp":
      return otpField(details);
    case "field":
      return details.fields.find((field) => field.id === target.fieldId);
  }
}

const MISSING_WORDS: Record<FieldTarget["kind"], string> = {
  main: "secret",
  username: "username",
  password: "password",
  otp: "one-time password",
  field: "field",
};

/**
 * Fetches the item now and copies or pastes one of its fields. Secrets (concealed fields, OTP codes) go through
 * copySecret/pasteSecret, which conceal and schedule the clear; plain fields are copied as text. The value lives only
 * in this function. Returns whether something was delivered; `onDelivered` runs after each delivery, including one
 * made by the failure toast's recovery (Authorize Again, Try Again), which runs this same delivery again.
 */
export async function deliverField(
  item: ItemSummary,
  target: FieldTarget,
  mode: DeliveryMode,
  preferences: Preferences,
  onDelivered?: () => void,
): Promise<boolean> {
  let details: ItemDetails;
  try {
    details = await getItem({ account: item.account, vaultId: item.vaultId, itemId: item.id });
  } catch (error) {
    const again = () => void deliverField(item, target, mode, preferences, onDelivered);
    await showFailure(error, { operation: `Loading "${item.title}"`, account: item.account }, again);
    return false;
  }
  const field = pick(details, target);
  const isOtp = field?.type === "Totp";
  const value = isOtp ? field?.otpCode : field?.value;
  if (!field || !value) {
    await showToast({
      style: Toast.Style.Failure,
      title: `No ${MISSING_WORDS[target.kind]} to ${mode}`,
      message: `"${item.title}" has no ${field ? secretNoun(field) : MISSING_WORDS[target.kind]} with a value.`,
    });
    return false;
  }
  const label = target.kind === "username" ? "username" : secretNoun(field);
  const options = {
    clearAfterSeconds: preferences.clearAfterSeconds,
    closeWindowAfterCopy: preferences.closeWindowAfterCopy,
  };
  if (isConcealedField(field) || target.kind === "main" || target.kind === "password") {
    await (mode === "copy" ? copySecret(value, label, options) : pasteSecret(value, label, options));
  } else if (mode === "copy") {
    await copyText(value, label);
  } else {
    await pasteText(value, label);
  }
  onDelivered?.();
  return true;
}
