import { showToast, Toast } from "@raycast/api";
import { copySecret, pasteSecret } from "../../clipboard/secure-clipboard";
import { typeSecret } from "../../clipboard/type-secret";
import type { ItemSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { mainSecretField, otpField, secretNoun, usernameField } from "../../onepassword/item-fields";
import { getItem, type ItemDetails, type ItemField } from "../../onepassword/items";
import type { DeliveryMode } from "../shared/delivery-actions";
import { showFailure } from "../shared/failure-toast";

/** Which field an action delivers; resolved against the freshly fetched item, never a cached copy. */
export type FieldTarget =
  { kind: "main" } | { kind: "username" } | { kind: "password" } | { kind: "otp" } | { kind: "field"; fieldId: string };

export function pick(details: ItemDetails, target: FieldTarget): ItemField | undefined {
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

/** What the clear record calls it: the kind of field, never its title (a title can name the secret). */
export function storedKind(target: FieldTarget, field: ItemField): string {
  if (target.kind === "username") return "a username";
  if (field.type === "Totp") return "a one-time password";
  if (field.id === "password") return "a password";
  if (field.id === "credential") return "a credential";
  return "a field value";
}

/**
 * Fetches the item now and copies, pastes or types one of its fields. Every copied value goes through copySecret/pasteSecret,
 * which conceal it and schedule its clear: a plain Text field can hold recovery codes and a URL a token, and even a
 * username is nobody else's business, so no field is treated as harmless. The value lives only
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
    kind: storedKind(target, field),
  };
  if (mode === "type") {
    // A refusal or a failure is said in words by typeSecret; only a typed value counts as used.
    const typed = await typeSecret(value, label, options);
    if (typed.delivered !== "typed") return false;
  } else {
    await (mode === "copy" ? copySecret(value, label, options) : pasteSecret(value, label, options));
  }
  onDelivered?.();
  return true;
}
