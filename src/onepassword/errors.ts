/**
 * The few failures a user can meet when talking to the 1Password app, each with words they understand and one
 * recovery step. Everything the SDK or the desktop app throws is mapped onto these by `toOnePasswordError`, through
 * the rule table below; code that knows better (an Environment's own words) makes one with `errorOf`.
 */

import { classifyFailure } from "./error-rules";
import { WORDS } from "./error-words";

export { TimedOutError } from "./timeout";

export type OnePasswordErrorKind =
  | "app-not-found"
  | "account-not-found"
  | "integration-disabled"
  | "authorization-denied"
  | "session-expired"
  | "rate-limited"
  | "permission-denied"
  | "not-found"
  | "invalid-input"
  | "unsupported"
  | "timed-out"
  | "too-large"
  | "app-restarted"
  | "unexpected";

export type RecoveryKind =
  | "authorize-again"
  | "retry"
  | "open-setup-guide"
  | "open-1password"
  | "open-preferences"
  | "check-connection"
  | "copy-details";

export interface Recovery {
  kind: RecoveryKind;
  title: string;
}

/**
 * Where the extension met a failure: creating the account's client (the authorization step) or a call on a live
 * client. A failure the SDK's native call marked says its own step (native-stage.ts), which wins: the SDK creates a
 * client again inside a call after an expired session, and that prompt's refusal is still a refusal.
 */
export type FailureStage = "connect" | "call";

export interface ErrorContext {
  /** What the extension was doing, in words ("Loading vaults"). */
  operation: string;
  account?: string;
  /** Where it was caught; "call" unless said. */
  stage?: FailureStage;
}

export const SETUP_GUIDE_URL = "https://developer.1password.com/docs/sdks/desktop-app-integrations/";

/** What an OnePasswordError is made of; `errorOf` fills in the words of its kind. */
export interface OnePasswordErrorInit {
  kind: OnePasswordErrorKind;
  /** Short, for a toast title. */
  title: string;
  /** What happened and what to do, for a toast message or an empty view. */
  hint: string;
  recovery: Recovery;
  context: ErrorContext;
  /** The core's own message, shortened; never holds a secret (the core does not echo values). */
  causeMessage?: string;
  /** For rate limits: when a retry is likely to work. */
  retryAfterMs?: number;
}

export class OnePasswordError extends Error {
  override readonly name = "OnePasswordError";
  readonly kind: OnePasswordErrorKind;
  readonly title: string;
  readonly hint: string;
  readonly recovery: Recovery;
  readonly context: ErrorContext;
  readonly causeMessage?: string;
  readonly retryAfterMs?: number;

  constructor(init: OnePasswordErrorInit) {
    super(`${init.title}: ${init.hint}`);
    this.kind = init.kind;
    this.title = init.title;
    this.hint = init.hint;
    this.recovery = init.recovery;
    this.context = init.context;
    this.causeMessage = init.causeMessage;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Text for "Copy Error Details": enough to report a bug, nothing secret. */
  details(): string {
    return [
      `Error: ${this.kind}`,
      `While: ${this.context.operation}`,
      this.context.account ? `Account: ${this.context.account}` : undefined,
      this.causeMessage ? `Cause: ${this.causeMessage}` : undefined,
    ]
      .filter((line): line is string => line !== undefined)
      .join("\n");
  }
}

/** An error of `kind` with its usual words; `overrides` replaces any of them (a screen's own title, a hint). */
export function errorOf(
  kind: OnePasswordErrorKind,
  overrides: Partial<Omit<OnePasswordErrorInit, "kind">> & Pick<OnePasswordErrorInit, "context">,
): OnePasswordError {
  return new OnePasswordError({ ...WORDS[kind], ...overrides, kind });
}

export function isOnePasswordError(error: unknown): error is OnePasswordError {
  return error instanceof OnePasswordError;
}

/**
 * Anything the SDK, the app or the extension threw, as one of the kinds with its words: by the stage where it
 * happened first, then by its words (see error-rules.ts).
 */
export function toOnePasswordError(error: unknown, context: ErrorContext): OnePasswordError {
  if (error instanceof OnePasswordError) return error;
  const { kind, words, causeMessage } = classifyFailure(error, context);
  return errorOf(kind, { ...words, context, causeMessage });
}

/**
 * A malformed answer or one that came too late says nothing about whether 1Password carried out a write (a create, a
 * put): it may have happened, so check before reporting it failed or trying again. Any other failure is 1Password (or
 * the SDK) refusing before anything was written.
 */
export function mayHaveBeenCarriedOut(error: OnePasswordError): boolean {
  return error.kind === "unexpected" || error.kind === "timed-out";
}
