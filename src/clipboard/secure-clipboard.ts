import { Clipboard, LaunchType, launchCommand, showHUD, showToast, Toast } from "@raycast/api";
import { newClearRecord, removeClearRecord, writeClearRecord } from "./clear-record";
import { formatDelay } from "./format-delay";

/**
 * The only place that puts a secret on the clipboard. A copy is concealed (kept out of Raycast's clipboard
 * history); a paste goes through Clipboard.paste, which leaves the value on the clipboard, so both are followed by
 * the same scheduled check. The value itself is never stored, logged or shown: feedback names what was copied
 * ("password"), never its content.
 */

export interface SecretClipboardOptions {
  /** Seconds until the clear; null means never. */
  clearAfterSeconds: number | null;
  /** Close the Raycast window after a copy (a paste always closes it). */
  closeWindowAfterCopy: boolean;
}

export const CLEAR_COMMAND_NAME = "clear-clipboard";

export interface ClearLaunchContext {
  token: string;
}

async function scheduleClear(value: string, label: string, clearAfterSeconds: number | null): Promise<void> {
  if (clearAfterSeconds === null) {
    // The previous secret is off the clipboard now; its pending check would be a no-op, so drop it.
    await removeClearRecord();
    return;
  }
  const record = newClearRecord(value, Date.now() + clearAfterSeconds * 1000, label);
  await writeClearRecord(record);
  // The background launch waits until the deadline in its own process, so the clear happens even after this
  // command's window closes. If the launch fails (the command is disabled, Raycast restarts), the manifest interval
  // of the same command is the safety net: it clears overdue records on its next tick.
  try {
    await launchCommand({
      name: CLEAR_COMMAND_NAME,
      type: LaunchType.Background,
      context: { token: record.token } satisfies ClearLaunchContext,
    });
  } catch {
    // Deliberately quiet: the interval covers it, and the user's copy already succeeded.
  }
}

function clearsIn(clearAfterSeconds: number | null): string {
  return clearAfterSeconds === null ? "not cleared automatically" : `clears in ${formatDelay(clearAfterSeconds)}`;
}

/** Copies a secret, concealed, and schedules its clear. `label` is what it is, in words: "password", "OTP". */
export async function copySecret(value: string, label: string, options: SecretClipboardOptions): Promise<void> {
  await Clipboard.copy(value, { concealed: true });
  await scheduleClear(value, label, options.clearAfterSeconds);
  const when = clearsIn(options.clearAfterSeconds);
  if (options.closeWindowAfterCopy) {
    await showHUD(`Copied ${label} · ${when}`);
  } else {
    await showToast({ style: Toast.Style.Success, title: `Copied ${label}`, message: capitalize(when) });
  }
}

/** Pastes a secret into the frontmost app; it stays on the clipboard, so its clear is scheduled like a copy. */
export async function pasteSecret(value: string, label: string, options: SecretClipboardOptions): Promise<void> {
  await Clipboard.paste(value);
  await scheduleClear(value, label, options.clearAfterSeconds);
  await showHUD(`Pasted ${label} · ${clearsIn(options.clearAfterSeconds)}`);
}

/** Copies non-secret text (a secret reference, an id): plain copy, no clear, no concealment needed. */
export async function copyText(text: string, label: string): Promise<void> {
  await Clipboard.copy(text);
  await showToast({ style: Toast.Style.Success, title: `Copied ${label}` });
}

/** Pastes text that is not a secret (a username) into the frontmost app: no concealment or clear needed. */
export async function pasteText(text: string, label: string): Promise<void> {
  await Clipboard.paste(text);
  await showHUD(`Pasted ${label}`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
