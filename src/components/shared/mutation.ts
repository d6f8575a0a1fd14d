import { showToast, Toast } from "@raycast/api";
import type { ReactNode } from "react";
import { type ErrorContext, type OnePasswordError, toOnePasswordError } from "../../onepassword/errors";
import { showFailure } from "./failure-toast";

/** The success toast's words and its next step. Never a value: titles, counts and names only. */
export interface SuccessWords {
  /** A batch whose call answered with some items failed says so as a failure; by default a success. */
  style?: Toast.Style;
  title: string;
  message?: string;
  primaryAction?: Toast.ActionOptions;
  secondaryAction?: Toast.ActionOptions;
}

export interface Mutation<T> {
  /** The animated toast's title while the call runs ("Deleting "Work"…"); none: no progress toast. */
  progress?: string;
  /** The one call that changes data. */
  call: () => Promise<T>;
  /** Where the failure happened, for the failure toast's words and its recovery. */
  context: ErrorContext;
  /** A change the list shows before the call answers; undone when the call fails. */
  optimistic?: Optimistic;
  /** After the call succeeded, before the success toast: update the list, close the form. */
  onSuccess?: (result: T) => void | Promise<void>;
  /** The success toast; none: no toast (the caller says it, or the change speaks for itself). */
  success?: (result: T) => SuccessWords | undefined;
  /** Maps the failure (a screen's own words); by default `toOnePasswordError`. */
  mapError?: (error: unknown, context: ErrorContext) => OnePasswordError;
  /**
   * Before the failure toast: mark a field, learn from the error. Returns true when it showed its own toast, and the
   * standard failure toast is then left out.
   */
  onFailure?: (error: OnePasswordError, raw: unknown) => boolean | void | Promise<boolean | void>;
  /** Offered as the failure toast's recovery ("Try Again"). */
  retry?: () => void;
}

/**
 * A change shown before the call answers. `rollback` restores exactly what was there when the call fails; `settle`
 * (when given) ends the change once `onSuccess` has put the real one in its place, so a batch's failed items come back.
 */
export interface Optimistic {
  apply: () => void;
  rollback: () => void;
  settle?: () => void;
}

export type MutationOutcome<T> = { ok: true; value: T } | { ok: false; error: OnePasswordError };

/**
 * Every screen's change of data, one way: a progress toast, the call, then the success toast with its next step, or
 * the failure toast with its recovery and retry. A change the list already shows is rolled back on failure. Never
 * throws: the outcome says how it went, so a form can keep what was typed.
 */
export async function runMutation<T>(mutation: Mutation<T>): Promise<MutationOutcome<T>> {
  const progress = mutation.progress
    ? await showToast({ style: Toast.Style.Animated, title: mutation.progress })
    : undefined;
  mutation.optimistic?.apply();
  let value: T;
  try {
    value = await mutation.call();
  } catch (raw) {
    mutation.optimistic?.rollback();
    const error = (mutation.mapError ?? toOnePasswordError)(raw, mutation.context);
    await progress?.hide();
    const handled = await mutation.onFailure?.(error, raw);
    if (handled !== true) await showFailure(error, mutation.context, mutation.retry);
    return { ok: false, error };
  }
  await mutation.onSuccess?.(value);
  mutation.optimistic?.settle?.();
  const words = mutation.success?.(value);
  if (words && progress) {
    progress.style = words.style ?? Toast.Style.Success;
    progress.title = words.title;
    progress.message = words.message;
    if (words.primaryAction) progress.primaryAction = words.primaryAction;
    if (words.secondaryAction) progress.secondaryAction = words.secondaryAction;
  } else if (words) {
    await showToast({ ...words, style: words.style ?? Toast.Style.Success });
  } else {
    await progress?.hide();
  }
  return { ok: true, value };
}

/**
 * For a form that closes at once on submit, its change already in the list: when the change fails, the form comes
 * back with what was typed (`form` renders it, calling `onClosed` when it leaves), and "Try Again" closes it again
 * and repeats the change.
 */
export function reopenOnFailure(
  navigation: { push: (view: ReactNode) => void; pop: () => void },
  form: (onClosed: () => void) => ReactNode,
  again: () => void,
): { onFailure: () => void; retry: () => void } {
  let reopened = false;
  return {
    onFailure: () => {
      reopened = true;
      navigation.push(form(() => (reopened = false)));
    },
    retry: () => {
      if (reopened) navigation.pop();
      again();
    },
  };
}
