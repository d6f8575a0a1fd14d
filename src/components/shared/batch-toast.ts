import { Toast } from "@raycast/api";
import type { BatchReport } from "../../onepassword/batch";
import type { OnePasswordError } from "../../onepassword/errors";
import { type Optimistic, runMutation, type SuccessWords } from "./mutation";

export interface BatchWords {
  /** "Archiving" */
  progressive: string;
  /** "Archived" */
  past: string;
  /** "archive" */
  verb: string;
  /** (count) => "item" | "items" */
  noun: (count: number) => string;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "2 × Permission Denied, 1 × Not Found": why items failed, grouped, with no item data beyond counts. */
export function summarizeFailures<K>(report: BatchReport<K>): string {
  const counts = new Map<string, number>();
  for (const failure of report.failed) counts.set(failure.error.title, (counts.get(failure.error.title) ?? 0) + 1);
  return [...counts.entries()].map(([title, count]) => `${count} × ${title}`).join(", ");
}

export interface Batch<K> {
  /** The keys the batch acts on. */
  keys: readonly K[];
  words: BatchWords;
  /** The one call over every key; it reports each key as succeeded or failed. */
  call: (keys: readonly K[]) => Promise<BatchReport<K>>;
  /** The list without the keys while the call runs; the failed ones come back. */
  optimistic?: (keys: readonly K[]) => Optimistic;
  /** After the call answered: apply what succeeded, keep exactly the failed ones selected, learn from the failures. */
  onReport?: (report: BatchReport<K>) => void;
  /** "Try Again" on the toast: the batch over these keys only (the failed ones, or all when the call failed). */
  retry?: (keys: readonly K[]) => void;
  /** Before the failure toast when the whole call failed (see `Mutation.onFailure`). */
  onFailure?: (error: OnePasswordError) => void;
}

/** The toast for a batch's report: how many succeeded, and why the others failed (they stay selected). */
function reportWords<K>(batch: Batch<K>, report: BatchReport<K>): SuccessWords {
  const { words, keys, retry } = batch;
  const total = keys.length;
  const done = report.succeeded.length;
  if (report.failed.length === 0) return { title: `${words.past} ${done} ${words.noun(done)}` };
  const failedKeys = report.failed.map((failure) => failure.key);
  const primaryAction = retry && { title: "Try Again", onAction: () => retry(failedKeys) };
  if (done === 0) {
    return {
      style: Toast.Style.Failure,
      title: `Could not ${words.verb} ${total} ${words.noun(total)}`,
      message: `${summarizeFailures(report)}. They stay selected to try again.`,
      primaryAction,
    };
  }
  return {
    style: Toast.Style.Failure,
    title: `${words.past} ${done} of ${total} ${words.noun(total)}`,
    message: `${report.failed.length} failed: ${summarizeFailures(report)}. Failed ones stay selected.`,
    primaryAction,
  };
}

/**
 * A batch is a change like any other, run by the mutation runner: the animated toast, the call, then a toast that
 * reports exactly how many succeeded and why the others failed, with "Try Again" over the failed ones only. Returns
 * the report, or undefined when the whole call failed (the selection then stays as it was).
 */
export async function runBatch<K>(batch: Batch<K>): Promise<BatchReport<K> | undefined> {
  const { words, keys } = batch;
  const total = keys.length;
  const outcome = await runMutation({
    progress: `${words.progressive} ${total} ${words.noun(total)}…`,
    call: () => batch.call(keys),
    context: { operation: `${words.progressive} ${words.noun(total)}` },
    optimistic: batch.optimistic?.(keys),
    onSuccess: (report) => batch.onReport?.(report),
    success: (report) => reportWords(batch, report),
    onFailure: (error) => void batch.onFailure?.(error),
    retry: batch.retry && (() => batch.retry?.(keys)),
  });
  return outcome.ok ? outcome.value : undefined;
}
