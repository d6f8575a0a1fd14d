import { Clipboard } from "@raycast/api";
import { clipboardStillHolds, isTimed, liveClearRecords, MAX_CHECKS_PER_RUN } from "./clear-record";

/**
 * Whether the clipboard may still hold a secret this extension copied (and has not cleared yet). Code that reads the
 * clipboard for convenience (a pre-filled form) asks this first and reads nothing while it is true. A copy never
 * cleared keeps no verifier, so it counts as pending for as long as its record lives.
 */
export async function isSecretPending(): Promise<boolean> {
  const records = await liveClearRecords();
  if (records.some((record) => !isTimed(record))) return true;
  const timed = records.filter(isTimed).slice(0, MAX_CHECKS_PER_RUN);
  if (timed.length === 0) return false;
  const text = await Clipboard.readText();
  for (const record of timed) {
    if (await clipboardStillHolds(record, text)) return true;
  }
  return false;
}
