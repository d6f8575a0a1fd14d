import { Clipboard, closeMainWindow, showHUD, showToast, Toast } from "@raycast/api";
import { backgroundClearIsRunning, CLEAR_INTERVAL_MS } from "./background-heartbeat";
import { clearPendingSecret } from "./clear-pending";
import { liveClearRecords, neverClearRecord, newClearRecord, writeClearRecord } from "./clear-record";
import { formatDelay } from "./format-delay";
import { recordKeystrokeTarget, sendKeystrokesTo } from "./keystroke-target";
import { sendPasteKeystroke } from "./paste-keystroke";

/**
 * The only place that puts a secret on the clipboard. Every delivery is a concealed copy (kept out of Raycast's
 * clipboard history and other clipboard managers); a paste is that copy followed by the paste keystroke sent to the
 * frontmost app, because Clipboard.paste records its text like any plain copy. Both are followed by the same clear.
 * The value itself is never stored, logged or shown: feedback names what was copied ("password"), never its content.
 *
 * The clear runs in two places: this command's own timer, while it lives, and Clear Copied Secret on its manifest
 * interval, whose every run is short (Raycast ends background launches after a timeout). When no interval run has
 * been seen lately, the clear is not guaranteed and the feedback says so, with what to do.
 */

export interface SecretClipboardOptions {
  /** Seconds until the clear; null means never. */
  clearAfterSeconds: number | null;
  /** Close the Raycast window after a copy (a paste always closes it). */
  closeWindowAfterCopy: boolean;
  /** What the stored record and the clear's HUD call it: a kind ("a password"), never a name. Default "a secret". */
  kind?: string;
}

export interface SecretDelivery {
  /** "pasted", or "copied" (also when a paste fell back to a copy). */
  delivered: "copied" | "pasted";
  /** Whether the clear at the deadline is guaranteed (false: "never", or no background clearing seen). */
  clearGuaranteed: boolean;
  /** When it clears, in words for feedback that follows the copy: "clears in 90 s", "may not clear in 90 s: …". */
  clearWords: string;
}

/** What to run once so that Raycast starts running the clear in the background. */
const TURN_ON = "run Clear Copied Secret once";

let ownTimer: ReturnType<typeof setTimeout> | undefined;

export type ClearState = "never" | "guaranteed" | "not-guaranteed";

/**
 * Puts the value on the clipboard, concealed, with its own clear record written first: a command ended at any point
 * never leaves a secret on the clipboard that no clear knows about.
 */
export async function copyConcealed(value: string, options: SecretClipboardOptions): Promise<ClearState> {
  const seconds = options.clearAfterSeconds;
  const deadline = seconds === null ? null : Date.now() + seconds * 1000;
  // A record even for "never" (without a verifier): it marks the secret as pending, so the clipboard is not read back
  // while it may be there.
  const label = options.kind ?? "a secret";
  const record = deadline === null ? neverClearRecord(label) : await newClearRecord(value, deadline, label);
  await writeClearRecord(record);
  await Clipboard.copy(value, { concealed: true });
  // Deletes records nobody will act on any more (damaged, or past their lifetime).
  await liveClearRecords({ dropExpired: true });
  if (ownTimer) clearTimeout(ownTimer);
  ownTimer = undefined;
  if (seconds === null) return "never";
  // Raycast ends this command when its window goes away; until then it clears on time itself (whatever is due then).
  // Unref'd: the timer must not keep a finished command (or a test run) alive.
  ownTimer = setTimeout(() => {
    ownTimer = undefined;
    clearPendingSecret().catch(() => undefined);
  }, seconds * 1000);
  ownTimer.unref?.();
  return (await backgroundClearIsRunning()) ? "guaranteed" : "not-guaranteed";
}

export function clearWords(state: ClearState, seconds: number | null): string {
  if (state === "never" || seconds === null) return "not cleared automatically";
  if (state === "guaranteed") return `clears in ${formatDelay(seconds)}`;
  return `may not clear in ${formatDelay(seconds)}: ${TURN_ON}`;
}

/** Copies a secret, concealed, and schedules its clear. `label` is what it is, in words: "password", "OTP". */
export async function copySecret(
  value: string,
  label: string,
  options: SecretClipboardOptions,
): Promise<SecretDelivery> {
  const state = await copyConcealed(value, options);
  const words = clearWords(state, options.clearAfterSeconds);
  if (options.closeWindowAfterCopy) {
    await showHUD(`Copied ${label} · ${words}`);
  } else if (state === "not-guaranteed") {
    await showToast({
      style: Toast.Style.Success,
      title: `Copied ${label}`,
      message: `Cleared in ${formatDelay(options.clearAfterSeconds ?? 0)} only while this window is open. To clear it in the background as well, ${TURN_ON} (Raycast then runs it every ${CLEAR_INTERVAL_MS / 1000} s).`,
    });
  } else {
    await showToast({ style: Toast.Style.Success, title: `Copied ${label}`, message: capitalize(words) });
  }
  return { delivered: "copied", clearGuaranteed: state === "guaranteed", clearWords: words };
}

/**
 * Pastes a secret into the app the person was in: its name recorded, a concealed copy, the window closed, then the
 * paste keystroke once that app is in front again. Where the keystroke cannot be sent (the app did not come back to
 * the front, no Accessibility permission, an unknown system) the secret stays copied, concealed, and the HUD says so.
 */
export async function pasteSecret(
  value: string,
  label: string,
  options: SecretClipboardOptions,
): Promise<SecretDelivery> {
  const target = await recordKeystrokeTarget();
  const state = await copyConcealed(value, options);
  await closeMainWindow();
  const keystroke = await sendKeystrokesTo(target, () => sendPasteKeystroke());
  const words = clearWords(state, options.clearAfterSeconds);
  const clearGuaranteed = state === "guaranteed";
  if (!keystroke.ok) {
    await showHUD(`Copied ${label}, not pasted: ${keystroke.reason} · ${words}`);
    return { delivered: "copied", clearGuaranteed, clearWords: words };
  }
  await showHUD(`Pasted ${label} · ${words}`);
  return { delivered: "pasted", clearGuaranteed, clearWords: words };
}

/** Copies non-secret text (a secret reference, an id): plain copy, no clear, no concealment needed. */
export async function copyText(text: string, label: string): Promise<void> {
  await Clipboard.copy(text);
  await showToast({ style: Toast.Style.Success, title: `Copied ${label}` });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
