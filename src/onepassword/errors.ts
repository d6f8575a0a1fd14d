/**
 * The few failures a user can meet when talking to the 1Password app, each with words they understand and one
 * recovery step. Everything the SDK or the desktop app throws is mapped onto these by `toOnePasswordError`.
 *
 * The SDK raises typed errors only for an expired desktop session, a rate limit and expired auth; everything else is
 * a plain Error carrying the core's message, so the rest is recognised by message. The patterns are deliberately
 * loose: the app's wording is not a contract.
 */

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
  | "unexpected";

export type RecoveryKind =
  "authorize-again" | "retry" | "open-setup-guide" | "open-1password" | "open-preferences" | "copy-details";

export interface Recovery {
  kind: RecoveryKind;
  title: string;
}

export interface ErrorContext {
  /** What the extension was doing, in words ("Loading vaults"). */
  operation: string;
  account?: string;
}

export const SETUP_GUIDE_URL = "https://developer.1password.com/docs/sdks/desktop-app-integrations/";

const MAX_CAUSE_LENGTH = 300;

export class OnePasswordError extends Error {
  override readonly name = "OnePasswordError";

  constructor(
    readonly kind: OnePasswordErrorKind,
    /** Short, for a toast title. */
    readonly title: string,
    /** What happened and what to do, for a toast message or an empty view. */
    readonly hint: string,
    readonly recovery: Recovery,
    readonly context: ErrorContext,
    /** The core's own message, shortened; never holds a secret (the core does not echo values). */
    readonly causeMessage?: string,
    /** For rate limits: when a retry is likely to work. */
    readonly retryAfterMs?: number,
  ) {
    super(`${title}: ${hint}`);
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

export class TimedOutError extends Error {
  override readonly name = "TimedOutError";
  constructor(
    readonly operation: string,
    readonly timeoutMs: number,
  ) {
    super(`${operation} did not finish within ${Math.round(timeoutMs / 1000)} s`);
  }
}

const AUTHORIZE_AGAIN: Recovery = { kind: "authorize-again", title: "Authorize Again" };
const RETRY: Recovery = { kind: "retry", title: "Try Again" };
const COPY_DETAILS: Recovery = { kind: "copy-details", title: "Copy Error Details" };

function causeOf(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "unknown error";
  return text.length > MAX_CAUSE_LENGTH ? `${text.slice(0, MAX_CAUSE_LENGTH)}…` : text;
}

function errorClassName(error: unknown): string {
  return error instanceof Error ? error.constructor.name : "";
}

export function isOnePasswordError(error: unknown): error is OnePasswordError {
  return error instanceof OnePasswordError;
}

export function toOnePasswordError(error: unknown, context: ErrorContext): OnePasswordError {
  if (error instanceof OnePasswordError) return error;
  const cause = causeOf(error);
  const make = (kind: OnePasswordErrorKind, title: string, hint: string, recovery: Recovery, retryAfterMs?: number) =>
    new OnePasswordError(kind, title, hint, recovery, context, cause, retryAfterMs);
  const className = errorClassName(error);

  if (error instanceof SyntaxError) {
    // The SDK parses the app's answer as JSON before our schemas see it: text that is not JSON ends here.
    return make(
      "unexpected",
      "Unexpected Answer from 1Password",
      "1Password returned data this extension does not understand. Copy the details to report it.",
      COPY_DETAILS,
    );
  }
  if (error instanceof TimedOutError) {
    return make(
      "timed-out",
      "1Password Did Not Answer",
      "The app may be locked or waiting for you to approve access. Unlock it, then try again.",
      AUTHORIZE_AGAIN,
    );
  }
  if (className === "RateLimitExceededError" || /rate.?limit/i.test(cause)) {
    return make(
      "rate-limited",
      "Too Many Requests",
      "1Password is limiting requests. Try again in a minute.",
      RETRY,
      60_000,
    );
  }
  if (
    className === "DesktopSessionExpiredError" ||
    className === "AuthExpiredError" ||
    /session.*expired|auth.*expired|locked/i.test(cause)
  ) {
    return make(
      "session-expired",
      "1Password Is Locked",
      "Access ended because 1Password locked or was idle. Unlock it and approve access again.",
      AUTHORIZE_AGAIN,
    );
  }
  if (/native library is not available|desktop application not found/i.test(cause)) {
    return make(
      "app-not-found",
      "1Password App Not Found",
      'Install the 1Password desktop app, then turn on Settings › Developer › "Integrate with other apps".',
      { kind: "open-setup-guide", title: "Open Setup Guide" },
    );
  }
  if (
    /integrations? (is |are )?(not )?enabled|failed to send message to desktop app|integration.*disabled/i.test(cause)
  ) {
    return make(
      "integration-disabled",
      "Turn On the 1Password Integration",
      'In 1Password, open Settings › Developer and turn on "Integrate with other apps", then try again.',
      { kind: "open-1password", title: "Open 1Password" },
    );
  }
  if (/no account matching|account not found|unknown account/i.test(cause)) {
    return make(
      "account-not-found",
      "Account Not Found",
      `No account "${context.account ?? ""}" is signed in to 1Password. Use the account name shown at the top left of the app, or its UUID.`,
      { kind: "open-preferences", title: "Open Extension Preferences" },
    );
  }
  if (/denied by the user|declined|dismissed|authorization (was )?(denied|rejected|cancel)/i.test(cause)) {
    return make(
      "authorization-denied",
      "Access Denied",
      "The request to use 1Password was denied. Authorize again and approve the prompt in 1Password.",
      AUTHORIZE_AGAIN,
    );
  }
  if (/not available for this account type|account type does not support|requires a (business|teams)/i.test(cause)) {
    return make(
      "unsupported",
      "Not Available for This Account",
      "Group permissions need a 1Password Business or Teams account.",
      COPY_DETAILS,
    );
  }
  // "invalid vault permissions: …" is a permission set 1Password refuses, not a lack of access: say which it is.
  if (/invalid (vault |group )?permissions/i.test(cause)) {
    return make(
      "invalid-input",
      "Permissions Not Accepted",
      "1Password does not accept this combination of permissions for this account. Choose another permission.",
      COPY_DETAILS,
    );
  }
  if (/permission|not authori[sz]ed|forbidden|access denied|do not have access/i.test(cause)) {
    return make(
      "permission-denied",
      "Permission Denied",
      "Your account does not have permission for this in 1Password. Ask a vault manager for access.",
      COPY_DETAILS,
    );
  }
  if (/not found|does not exist|no such/i.test(cause)) {
    return make("not-found", "Not Found", "It may have been deleted or moved. Refresh and try again.", RETRY);
  }
  if (/invalid|malformed|validation/i.test(cause)) {
    return make("invalid-input", "Invalid Request", "1Password rejected the request as invalid.", COPY_DETAILS);
  }
  return make(
    "unexpected",
    "Something Went Wrong",
    "1Password returned an unexpected error. Copy the details to report it.",
    COPY_DETAILS,
  );
}
