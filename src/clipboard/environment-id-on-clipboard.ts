import { Clipboard } from "@raycast/api";
import { looksLikeEnvironmentId, parseEnvironmentId } from "../lib/environment-id";

/**
 * The Environment ID on the clipboard, if it holds one (alone or in a short text). Only the id-shaped part leaves
 * this function; anything else on the clipboard (which may be a secret the user just copied) is dropped at once.
 */
export async function environmentIdOnClipboard(): Promise<string | undefined> {
  const text = await Clipboard.readText();
  if (text === undefined || !looksLikeEnvironmentId(text)) return undefined;
  const parsed = parseEnvironmentId(text);
  return parsed.ok ? parsed.value : undefined;
}
