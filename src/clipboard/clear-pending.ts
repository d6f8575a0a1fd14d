import { Clipboard } from "@raycast/api";
import { clipboardStillHolds, readClearRecord, removeClearRecord } from "./clear-record";

export type ClearOutcome =
  | { kind: "nothing-pending" }
  | { kind: "superseded" }
  | { kind: "not-due"; deadline: number | null }
  | { kind: "cleared"; label: string }
  | { kind: "left-alone"; label: string };

/**
 * Clears the clipboard if, and only if, it still holds the secret we put there and its time is up. It returns at once
 * (one read of the record, and one scrypt run when a clear is due), so it fits in a background launch that Raycast
 * ends after a few seconds. `token` restricts it to one copy (the copying command's own timer stands down for a newer
 * copy); `force` clears before the deadline (a run by hand).
 */
export async function clearPendingSecret(options: { token?: string; force?: boolean } = {}): Promise<ClearOutcome> {
  const record = await readClearRecord();
  if (!record) return { kind: "nothing-pending" };
  if (options.token !== undefined && record.token !== options.token) return { kind: "superseded" };
  if (!options.force && (record.deadline === null || record.deadline > Date.now())) {
    return { kind: "not-due", deadline: record.deadline };
  }

  const text = await Clipboard.readText();
  const held = await clipboardStillHolds(record, text);
  // Other commands run in their own workers: a newer copy may have replaced the record while this one checked. Then
  // that copy's clear decides. And the clipboard is cleared only if it still holds the very text that was checked.
  const current = await readClearRecord();
  if (current?.token !== record.token) return { kind: "superseded" };
  const holds = held && (await Clipboard.readText()) === text;
  if (holds) await Clipboard.clear();
  await removeClearRecord(record.token);
  return holds ? { kind: "cleared", label: record.label } : { kind: "left-alone", label: record.label };
}
