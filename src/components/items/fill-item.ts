import { showToast, Toast } from "@raycast/api";
import { fillLogin } from "../../clipboard/fill-login";
import type { ItemSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { mainSecretField, otpField, secretNoun, usernameField } from "../../onepassword/item-fields";
import { getItem, type ItemDetails } from "../../onepassword/items";
import { showFailure } from "../shared/failure-toast";

/**
 * Fill Login: fetches the item now and fills its username and main secret into the app the person was in (see
 * clipboard/fill-login.ts), then copies its one-time code, concealed, if it has one. The values live only in here.
 */
export async function fillItem(item: ItemSummary, preferences: Preferences, onFilled?: () => void): Promise<boolean> {
  let details: ItemDetails;
  try {
    details = await getItem({ account: item.account, vaultId: item.vaultId, itemId: item.id });
  } catch (error) {
    const again = () => void fillItem(item, preferences, onFilled);
    await showFailure(error, { operation: `Loading "${item.title}"`, account: item.account }, again);
    return false;
  }
  const username = usernameField(details)?.value;
  const secret = mainSecretField(details);
  if (!username || !secret?.value) {
    const missing = !username ? "username" : "password";
    await showToast({
      style: Toast.Style.Failure,
      title: "Nothing to fill",
      message: `"${item.title}" has no ${missing} with a value: Fill Login needs a username and a password.`,
    });
    return false;
  }
  const otp = otpField(details)?.otpCode;
  const outcome = await fillLogin(
    { username, password: secret.value, passwordLabel: secretNoun(secret), ...(otp ? { otp } : {}) },
    {
      clearAfterSeconds: preferences.clearAfterSeconds,
      closeWindowAfterCopy: preferences.closeWindowAfterCopy,
      kind: "a one-time password",
      by: preferences.fillBy,
      pressReturn: preferences.pressReturnAfterFill,
    },
  );
  if (outcome.filled) onFilled?.();
  return outcome.filled;
}
