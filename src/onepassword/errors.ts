/**
 * The few failures a user can meet when talking to the 1Password app, each with words they understand and one
 * recovery step. Everything the SDK or the desktop app throws is mapped onto these by `toOnePasswordError`, through
 * the rule table below; code that knows better (an Environment's own words) makes one with `errorOf`.
 */

import { type Words, WORDS } from "./error-words";

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

export class TimedOutError extends Error {
  override readonly name = "TimedOutError";
  constructor(
    readonly operation: string,
    readonly timeoutMs: number,
  ) {
    super(`${operation} did not finish within ${Math.round(timeoutMs / 1000)} s`);
  }
}

/** An error of `kind` with its usual words; `overrides` replaces any of them (a screen's own title, a hint). */
export function errorOf(
  kind: OnePasswordErrorKind,
  overrides: Partial<Omit<OnePasswordErrorInit, "kind">> & Pick<OnePasswordErrorInit, "context">,
): OnePasswordError {
  return new OnePasswordError({ ...WORDS[kind], ...overrides, kind });
}

/**
 * A SyntaxError from JSON.parse quotes the text around the fault ("Unexpected token 'x', "…" is not valid JSON"), and
 * that text is 1Password's answer, which can hold a field value: keep only the kind and the position.
 */
function syntaxCause(error: SyntaxError): string {
  const position = /at position (\d+)|\(line (\d+) column (\d+)\)/.exec(error.message);
  if (position?.[1]) return `answer is not valid JSON (SyntaxError at position ${position[1]})`;
  if (position?.[2]) return `answer is not valid JSON (SyntaxError at line ${position[2]} column ${position[3]})`;
  return "answer is not valid JSON (SyntaxError)";
}

function causeOf(error: unknown): string {
  if (error instanceof SyntaxError) return syntaxCause(error);
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "unknown error";
  return text.length > MAX_CAUSE_LENGTH ? `${text.slice(0, MAX_CAUSE_LENGTH)}…` : text;
}

export function isOnePasswordError(error: unknown): error is OnePasswordError {
  return error instanceof OnePasswordError;
}

/** What a rule looks at: the thrown value, its class name (the SDK's typed errors) and its shortened message. */
interface Thrown {
  error: unknown;
  className: string;
  cause: string;
}

interface Rule {
  kind: OnePasswordErrorKind;
  matches: (thrown: Thrown) => boolean;
  /** Words of this rule when they differ from the kind's usual ones. */
  words?: (context: ErrorContext) => Partial<Words>;
}

const causeMatches = (pattern: RegExp) => (thrown: Thrown) => pattern.test(thrown.cause);

/**
 * How anything the SDK or the app throws becomes one of the kinds. The SDK types only an expired desktop session, a
 * rate limit and expired auth; everything else is a plain Error with the core's message, recognised by loose
 * patterns (the app's wording is not a contract). The first rule that matches wins, so a narrower rule stands before
 * a broader one that would also match ("invalid permissions" before "permission" and "invalid").
 */
const RULES: readonly Rule[] = [
  {
    // The SDK parses the app's answer as JSON before our schemas see it: text that is not JSON ends here.
    kind: "unexpected",
    matches: ({ error }) => error instanceof SyntaxError,
    words: () => ({
      title: "Unexpected Answer from 1Password",
      hint: "1Password returned data this extension does not understand. Copy the details to report it.",
    }),
  },
  { kind: "timed-out", matches: ({ error }) => error instanceof TimedOutError },
  {
    kind: "rate-limited",
    matches: ({ className, cause }) => className === "RateLimitExceededError" || /rate.?limit/i.test(cause),
  },
  {
    kind: "session-expired",
    matches: ({ className, cause }) =>
      className === "DesktopSessionExpiredError" ||
      className === "AuthExpiredError" ||
      /session.*expired|auth.*expired|locked/i.test(cause),
  },
  { kind: "app-not-found", matches: causeMatches(/native library is not available|desktop application not found/i) },
  {
    kind: "integration-disabled",
    matches: causeMatches(
      /integrations? (is |are )?(not )?enabled|failed to send message to desktop app|integration.*disabled/i,
    ),
  },
  {
    kind: "account-not-found",
    matches: causeMatches(/no account matching|account not found|unknown account/i),
    words: (context) => ({
      hint: `No account "${context.account ?? ""}" is signed in to 1Password. Use the account name shown at the top left of the app, or its UUID.`,
    }),
  },
  {
    kind: "authorization-denied",
    matches: causeMatches(/denied by the user|declined|dismissed|authorization (was )?(denied|rejected|cancel)/i),
  },
  {
    kind: "unsupported",
    matches: causeMatches(
      /not available for this account type|account type does not support|requires a (business|teams)/i,
    ),
  },
  {
    // "invalid vault permissions: …" is a permission set 1Password refuses, not a lack of access: say which it is.
    kind: "invalid-input",
    matches: causeMatches(/invalid (vault |group )?permissions/i),
    words: () => ({
      title: "Permissions Not Accepted",
      hint: "1Password does not accept this combination of permissions for this account. Choose another permission.",
    }),
  },
  {
    kind: "permission-denied",
    matches: causeMatches(/permission|not authori[sz]ed|forbidden|access denied|do not have access/i),
  },
  { kind: "not-found", matches: causeMatches(/not found|does not exist|no such/i) },
  { kind: "invalid-input", matches: causeMatches(/invalid|malformed|validation/i) },
];

export function toOnePasswordError(error: unknown, context: ErrorContext): OnePasswordError {
  if (error instanceof OnePasswordError) return error;
  const thrown: Thrown = {
    error,
    className: error instanceof Error ? error.constructor.name : "",
    cause: causeOf(error),
  };
  const rule = RULES.find((candidate) => candidate.matches(thrown));
  return errorOf(rule?.kind ?? "unexpected", { ...rule?.words?.(context), context, causeMessage: thrown.cause });
}
