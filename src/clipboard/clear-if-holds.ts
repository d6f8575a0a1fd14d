import { clearPendingSecret } from "./clear-pending";
import { newClearRecord, writeClearRecord } from "./clear-record";

/**
 * Clears the clipboard now if it still holds `text` (a secret the person copied themselves, now stored in 1Password),
 * through the same records and checks as every scheduled clear: a record due now, then the clear run, which clears
 * only if the clipboard holds exactly that text and leaves anything copied since alone.
 */
export async function clearClipboardIfHolds(text: string, kind: string): Promise<boolean> {
  await writeClearRecord(await newClearRecord(text, Date.now(), kind));
  const outcome = await clearPendingSecret();
  return outcome.kind === "cleared";
}
