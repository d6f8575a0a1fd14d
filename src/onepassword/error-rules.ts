/**
 * How anything thrown while talking to 1Password becomes one of the kinds: first by the stage where it happened, then
 * by its words. The real app's wording is not a contract (a refused prompt has no published wording at all), but the
 * stage is: a failure while loading the library, while creating a client, or on a live client. Words only refine a
 * stage; text nobody recognises still lands on the stage's own answer.
 */

import type { ErrorContext, FailureStage, OnePasswordErrorKind } from "./errors";
import { UNREADABLE_ANSWER, type Words } from "./error-words";
import { nativeStageOf } from "./native-stage";
import { TimedOutError } from "./timeout";

const MAX_CAUSE_LENGTH = 300;

/** Where a failure happened: the SDK's mark when its native call threw it, else where the extension caught it. */
export type Stage = "load" | FailureStage;

export function stageOf(error: unknown, caughtAt: FailureStage = "call"): Stage {
  switch (nativeStageOf(error)) {
    case "load_library":
      return "load";
    case "init_client":
      return "connect";
    case "invoke":
    case "release_client":
      return "call";
    default:
      return caughtAt;
  }
}

/**
 * The native layer's words for "the app is not there to answer" (the app not running, the integration off, the pipe
 * or channel gone), as the SDKs' native layers and their users report them. Each is loose on purpose.
 */
const CONNECTION_TEXTS =
  /IPC operation failed|failed to send message to (the )?desktop app|connection channel is closed|unexpectedly dropped|return code:? *-?\d+|integrations? (is |are )?(not )?enabled|integration.*(disabled|turned off)|desktop app(lication)? is not running|connection refused/i;

/** Words of a client the app no longer knows (after a lock or an app restart): a fresh client fixes it. */
const STALE_CLIENT_TEXTS = /invalid client( id)?|unknown client|session.*expired|auth.*expired/i;

const ACCOUNT_TEXTS = /no account matching|account not found|unknown account/i;

/** What a rule looks at: the thrown value, its class name (the SDK's typed errors) and its shortened message. */
interface Thrown {
  error: unknown;
  className: string;
  cause: string;
  stage: Stage;
}

interface Rule {
  kind: OnePasswordErrorKind;
  matches: (thrown: Thrown) => boolean;
  /** Words of this rule when they differ from the kind's usual ones. */
  words?: (context: ErrorContext) => Partial<Words>;
}

const causeMatches = (pattern: RegExp) => (thrown: Thrown) => pattern.test(thrown.cause);
const at = (stage: Stage, rule: Rule): Rule => ({ ...rule, matches: (t) => t.stage === stage && rule.matches(t) });
const sessionClass = (className: string) =>
  className === "DesktopSessionExpiredError" || className === "AuthExpiredError";

/**
 * A call on a live client failed because the client went stale: the app forgot it, its session expired, or the
 * connection closed under it. The caller drops that client; a read may run once more on a fresh one.
 */
export function isStaleClientFailure(error: unknown): boolean {
  if (stageOf(error) !== "call") return false;
  const className = error instanceof Error ? error.constructor.name : "";
  const cause = causeOf(error);
  return sessionClass(className) || STALE_CLIENT_TEXTS.test(cause) || CONNECTION_TEXTS.test(cause);
}

/** Whether a failure says the app was not there to answer (any stage). */
export function isConnectionFailure(error: unknown): boolean {
  return CONNECTION_TEXTS.test(causeOf(error));
}

/**
 * The first rule that matches wins, so a narrower rule stands before a broader one that would also match ("invalid
 * permissions" before "permission" and "invalid"). Stage rules come first; the last rule of the connect stage takes
 * everything, so a refusal in any words is a refusal.
 */
const RULES: readonly Rule[] = [
  {
    // The SDK parses the app's answer as JSON before our schemas see it: text that is not JSON ends here.
    kind: "unexpected",
    matches: ({ error }) => error instanceof SyntaxError,
    words: () => UNREADABLE_ANSWER,
  },
  { kind: "app-not-found", matches: ({ stage }) => stage === "load" },
  // The SDK's own words when the library is missing, for a failure that reached us without its mark.
  { kind: "app-not-found", matches: causeMatches(/native library is not available|desktop application not found/i) },
  {
    kind: "rate-limited",
    matches: ({ className, cause }) => className === "RateLimitExceededError" || /rate.?limit/i.test(cause),
  },
  at("connect", {
    kind: "timed-out",
    matches: ({ error }) => error instanceof TimedOutError,
    words: () => ({
      title: "Waiting for Your Approval",
      hint: 'Look for "1Password Access Requested" (it may have opened behind other windows) and approve it, or unlock 1Password. Then choose Authorize Again.',
    }),
  }),
  { kind: "timed-out", matches: ({ error }) => error instanceof TimedOutError },
  at("connect", { kind: "integration-disabled", matches: causeMatches(CONNECTION_TEXTS) }),
  at("connect", {
    kind: "account-not-found",
    matches: causeMatches(ACCOUNT_TEXTS),
    words: (context) => ({
      hint: `No account "${context.account ?? ""}" is signed in to 1Password. Use the account name shown at the top left of the app, or its UUID.`,
    }),
  }),
  // Creating a client is the authorization step: whatever else it says, access was not granted.
  at("connect", { kind: "authorization-denied", matches: () => true }),
  {
    kind: "session-expired",
    matches: ({ className, cause }) =>
      sessionClass(className) || STALE_CLIENT_TEXTS.test(cause) || /locked/i.test(cause),
  },
  {
    // A connection that closed under a call on a live client: the request may or may not have been carried out.
    kind: "unexpected",
    matches: causeMatches(CONNECTION_TEXTS),
    words: () => ({
      title: "Connection to 1Password Lost",
      hint: "1Password stopped answering in the middle of the request. Check the connection, then try again.",
    }),
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

export function causeOf(error: unknown): string {
  if (error instanceof SyntaxError) return syntaxCause(error);
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "unknown error";
  return text.length > MAX_CAUSE_LENGTH ? `${text.slice(0, MAX_CAUSE_LENGTH)}…` : text;
}

export interface Classified {
  kind: OnePasswordErrorKind;
  words: Partial<Words>;
  causeMessage: string;
}

export function classifyFailure(error: unknown, context: ErrorContext): Classified {
  const stage = stageOf(error, context.stage);
  const thrown: Thrown = {
    error,
    className: error instanceof Error ? error.constructor.name : "",
    cause: causeOf(error),
    stage,
  };
  const rule = RULES.find((candidate) => candidate.matches(thrown));
  const causeMessage = stage === "call" ? thrown.cause : `${thrown.cause} (while ${STAGE_WORDS[stage]})`;
  return { kind: rule?.kind ?? "unexpected", words: rule?.words?.(context) ?? {}, causeMessage };
}

const STAGE_WORDS: { readonly [S in Exclude<Stage, "call">]: string } = {
  load: "loading 1Password's library",
  connect: "connecting to 1Password",
};
