import { Clipboard } from "@raycast/api";
import { clipboardStillHolds, readClearRecord, removeClearRecord } from "./clear-record";

export type ClearOutcome =
  | { kind: "nothing-pending" }
  | { kind: "superseded" }
  | { kind: "not-due"; deadline: number }
  | { kind: "cleared"; label: string }
  | { kind: "left-alone"; label: string };

/** The longest a background launch waits: the longest delay in preferences, plus slack. */
export const MAX_WAIT_MS = 10 * 60 * 1000 + 5_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Clears the clipboard if, and only if, it still holds the secret we put there. `token` restricts the check to one
 * copy (a background launch for an older copy stands down); `force` clears before the deadline (manual run);
 * `wait` sleeps until the deadline first (the background launch right after a copy).
 */
export async function clearPendingSecret(options: {
  token?: string;
  force?: boolean;
  wait?: boolean;
}): Promise<ClearOutcome> {
  let record = await readClearRecord();
  if (!record) return { kind: "nothing-pending" };
  if (options.token !== undefined && record.token !== options.token) return { kind: "superseded" };

  if (!options.force && record.deadline > Date.now()) {
    if (!options.wait) return { kind: "not-due", deadline: record.deadline };
    await sleep(Math.min(record.deadline - Date.now(), MAX_WAIT_MS));
    // A newer copy may have replaced the record while we slept.
    record = await readClearRecord();
    if (!record) return { kind: "nothing-pending" };
    if (options.token !== undefined && record.token !== options.token) return { kind: "superseded" };
  }

  const current = await Clipboard.readText();
  await removeClearRecord();
  if (clipboardStillHolds(record, current)) {
    await Clipboard.clear();
    return { kind: "cleared", label: record.label };
  }
  return { kind: "left-alone", label: record.label };
}
