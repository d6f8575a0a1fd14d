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
