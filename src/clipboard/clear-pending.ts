import { Clipboard } from "@raycast/api";
import {
  clipboardStillHolds,
  isTimed,
  liveClearRecords,
  MAX_CHECKS_PER_RUN,
  removeClearRecords,
  type TimedClearRecord,
} from "./clear-record";

export type ClearOutcome =
  | { kind: "nothing-pending" }
  | { kind: "not-due"; deadline: number | null }
  | { kind: "cleared"; label: string }
  | { kind: "left-alone"; label: string };

/** The first record (of the newest MAX_CHECKS_PER_RUN) made for this clipboard text, and the records that were checked. */
async function firstHolding(records: readonly TimedClearRecord[], text: string | undefined) {
  const checked = records.slice(0, MAX_CHECKS_PER_RUN);
  for (const record of checked) {
    if (await clipboardStillHolds(record, text)) return { match: record, checked };
  }
  return { match: undefined, checked };
}

/**
 * Clears the clipboard if, and only if, it still holds a secret we put there whose time is up. It checks the clipboard
 * against every due record (the newest copies first), so it does not matter which command copied last or in which
 * order two commands wrote their records and copies; and it removes only the records it handled, by their own keys,
 * so a copy made meanwhile keeps its record. `force` (a run by hand) treats every timed record as due.
 */
export async function clearPendingSecret(options: { force?: boolean } = {}): Promise<ClearOutcome> {
  const now = Date.now();
  const live = await liveClearRecords({ now });
  const timed = live.filter(isTimed);
  const due = timed.filter((record) => options.force || record.deadline <= now);
  if (due.length === 0) {
    if (live.length === 0) return { kind: "nothing-pending" };
    const deadlines = timed.map((record) => record.deadline);
    return { kind: "not-due", deadline: deadlines.length > 0 ? Math.min(...deadlines) : null };
  }

  const text = await Clipboard.readText();
  const { match, checked } = await firstHolding(due, text);
  // The same value copied again later restarts its clock: that newer copy's clear decides.
  const notDue = timed.filter((record) => record.deadline > now);
  const restarted = match !== undefined && !options.force && (await firstHolding(notDue, text)).match !== undefined;
  // The clipboard is cleared only if it still holds the very text that was checked.
  const holds = match !== undefined && !restarted && (await Clipboard.readText()) === text;
  if (holds) await Clipboard.clear();
  // A due record is handled once checked, and all of them once the clipboard is cleared; one not yet due (a clear by
  // hand) stays for its own deadline, unless it is the one that was cleared.
  const handled = holds ? due : checked;
  await removeClearRecords(handled.filter((record) => record === match || record.deadline <= now));
  if (!match) return { kind: "left-alone", label: due[0]!.label };
  return holds ? { kind: "cleared", label: match.label } : { kind: "left-alone", label: match.label };
}
