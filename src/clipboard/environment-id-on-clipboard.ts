import { Clipboard } from "@raycast/api";
import { environmentIdInClipboardText } from "../lib/environment-id";
import { isSecretPending } from "./secret-pending";

/**
 * The Environment ID on the clipboard, if the whole clipboard is one (or a 1Password link carrying one). Nothing is
 * read while a secret this extension copied is still there, and only the id leaves this function.
 */
export async function environmentIdOnClipboard(): Promise<string | undefined> {
  if (await isSecretPending()) return undefined;
  const text = await Clipboard.readText();
  return text === undefined ? undefined : environmentIdInClipboardText(text);
}
