import { Clipboard } from "@raycast/api";
import { newClearRecord, removeClearRecords, writeClearRecord, type TimedClearRecord } from "./clear-record";
import type { Application } from "@raycast/api";
import { sendKeystrokesTo } from "./keystroke-target";
import type { KeyStep } from "./keystroke-steps";
import type { KeystrokeResult } from "./paste-keystroke";
import { isSecretPending } from "./secret-pending";
import { sendKeySteps } from "./send-keys";

/**
 * Fill by pasting: each value goes on the clipboard concealed for the moment its paste takes, and the clipboard ends
 * as it was before the fill (put back concealed, so a clipboard manager does not record it a second time) or empty:
 * never holding a filled value. Each value has its own clear record while it is there, so a command ended mid-fill
 * still leaves nothing that Clear Copied Secret does not know about.
 */

/** The app reads the clipboard some time after the paste keystroke arrives; the next copy waits so it is not read. */
const PASTE_SETTLE_MS = 300;
/** When the person chose never to clear: a fill's values are on the clipboard only for moments anyway. */
const FALLBACK_CLEAR_SECONDS = 90;

export interface PastedValue {
  value: string;
  /** What the record calls it: "a username", "a password". */
  kind: string;
  /** The keys pressed once it is on the clipboard: the paste and what follows it. */
  keys: KeyStep[];
}

/** Pastes each value in turn into `target`; stops at the first keystroke that could not be sent and says why. */
export async function pasteValues(
  target: Application | undefined,
  values: readonly PastedValue[],
  clearAfterSeconds: number | null,
): Promise<KeystrokeResult> {
  const before = (await isSecretPending()) ? undefined : await Clipboard.readText();
  const records: TimedClearRecord[] = [];
  try {
    for (const { value, kind, keys } of values) {
      const deadline = Date.now() + (clearAfterSeconds ?? FALLBACK_CLEAR_SECONDS) * 1000;
      const record = await newClearRecord(value, deadline, kind);
      records.push(record);
      await writeClearRecord(record);
      await Clipboard.copy(value, { concealed: true });
      const result = await sendKeystrokesTo(target, () => sendKeySteps(keys));
      if (!result.ok) return result;
      await new Promise((resolve) => setTimeout(resolve, PASTE_SETTLE_MS));
    }
    return { ok: true };
  } finally {
    if (before !== undefined && before !== "") await Clipboard.copy(before, { concealed: true });
    else await Clipboard.clear();
    await removeClearRecords(records);
  }
}
