import { type OnePasswordError, toOnePasswordError } from "./errors";

/** The outcome of a batch: every input is in exactly one of the two lists, so nothing is lost silently. */
export interface BatchReport<K> {
  succeeded: K[];
  failed: Array<{ key: K; error: OnePasswordError }>;
}

export function emptyReport<K>(): BatchReport<K> {
  return { succeeded: [], failed: [] };
}

export function mergeReports<K>(reports: readonly BatchReport<K>[]): BatchReport<K> {
  return {
    succeeded: reports.flatMap((report) => report.succeeded),
    failed: reports.flatMap((report) => report.failed),
  };
}

/** Fails every key of a chunk whose whole call failed (the app locked mid-batch, a timeout…). */
export function failAll<K>(keys: readonly K[], error: OnePasswordError): BatchReport<K> {
  return { succeeded: [], failed: keys.map((key) => ({ key, error })) };
}

const ITEM_ERROR_WORDS: Record<string, string> = {
  itemNotFound: "item not found",
  itemStatusPermissionError: "permission denied for this item",
  itemStatusIncorrectItemVersion: "the item changed in 1Password meanwhile (invalid version)",
  itemValidationError: "invalid item",
  internal: "internal error",
};

/** Turns one per-item error of a batch response into the user-facing taxonomy. */
export function itemError(
  error: { type: string; message?: string | null },
  context: { operation: string; account: string },
): OnePasswordError {
  const words = ITEM_ERROR_WORDS[error.type] ?? error.type;
  return toOnePasswordError(new Error(error.message ? `${words}: ${error.message}` : words), context);
}

type ItemResponse = { content?: unknown; error?: { type: string; message?: string | null } | null };

/**
 * Reports each key of a chunk by its own answer in the batch response: succeeded when it has no error and `accept`
 * takes it (for a read, its content parses), failed with its reason otherwise, and failed as an internal error when
 * the app sent no answer for it.
 */
export function reportEach<K>(
  keys: readonly K[],
  responseOf: (key: K, index: number) => ItemResponse | undefined,
  context: { operation: string; account: string },
  accept: (response: ItemResponse) => boolean = () => true,
): BatchReport<K> {
  const report: BatchReport<K> = { succeeded: [], failed: [] };
  keys.forEach((key, index) => {
    const response = responseOf(key, index);
    if (response && !response.error && accept(response)) report.succeeded.push(key);
    else {
      const error = response?.error ?? { type: "internal", message: "no response for this item" };
      report.failed.push({ key, error: itemError(error, context) });
    }
  });
  return report;
}
