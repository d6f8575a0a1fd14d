import { Clipboard } from "@raycast/api";
import { clipboardStillHolds, readClearRecord } from "./clear-record";

/**
 * Whether the clipboard holds a secret this extension put there and will clear: such a value is the extension's own
 * delivery, not something a person copied to save, so Save Item must not take it up.
 */
export async function isSecretPending(): Promise<boolean> {
  const record = await readClearRecord();
  if (!record) return false;
  return clipboardStillHolds(record, await Clipboard.readText());
}
