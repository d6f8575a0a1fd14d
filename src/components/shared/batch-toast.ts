import { showToast, Toast } from "@raycast/api";
import type { BatchReport } from "../../onepassword/batch";
import { toOnePasswordError } from "../../onepassword/errors";

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

/**
 * The one "animated toast → success or per-item failure" pattern every batch action uses. The toast reports exactly
 * how many succeeded and why the others failed; the caller keeps failed keys selected for a retry.
 */
export async function runBatchWithToast<K>(
  total: number,
  words: BatchWords,
  run: () => Promise<BatchReport<K>>,
): Promise<BatchReport<K> | undefined> {
  const toast = await showToast({
    style: Toast.Style.Animated,
    title: `${words.progressive} ${total} ${words.noun(total)}…`,
  });
  try {
    const report = await run();
    const done = report.succeeded.length;
    if (report.failed.length === 0) {
      toast.style = Toast.Style.Success;
      toast.title = `${words.past} ${done} ${words.noun(done)}`;
      toast.message = undefined;
    } else if (done === 0) {
      toast.style = Toast.Style.Failure;
      toast.title = `Could not ${words.verb} ${total} ${words.noun(total)}`;
      toast.message = `${summarizeFailures(report)}. They stay selected to try again.`;
    } else {
      toast.style = Toast.Style.Failure;
      toast.title = `${words.past} ${done} of ${total} ${words.noun(total)}`;
      toast.message = `${report.failed.length} failed: ${summarizeFailures(report)}. Failed ones stay selected.`;
    }
    return report;
  } catch (error) {
    const mapped = toOnePasswordError(error, { operation: `${words.progressive} ${words.noun(total)}` });
    toast.style = Toast.Style.Failure;
    toast.title = mapped.title;
    toast.message = mapped.hint;
    return undefined;
  }
}
