import { Clipboard } from "@raycast/api";
import { clipboardStillHolds, readClearRecord } from "./clear-record";

/**
 * Whether the clipboard still holds a secret this extension copied (and has not cleared yet). Code that reads the
 * clipboard for convenience (a pre-filled form) asks this first and reads nothing while it is true.
 */
export async function isSecretPending(): Promise<boolean> {
  const record = await readClearRecord();
  if (!record) return false;
  return clipboardStillHolds(record, await Clipboard.readText());
}
