import type { OnePasswordErrorInit, OnePasswordErrorKind, Recovery } from "./errors";

const AUTHORIZE_AGAIN: Recovery = { kind: "authorize-again", title: "Authorize Again" };
const RETRY: Recovery = { kind: "retry", title: "Try Again" };
export const COPY_DETAILS: Recovery = { kind: "copy-details", title: "Copy Error Details" };
export const CHECK_CONNECTION: Recovery = { kind: "check-connection", title: "Check Connection" };

/**
 * The setting that lets the extension talk to 1Password has had several names across app versions, and some stable
 * versions show it only on the Beta release channel: every setup message names them all.
 */
export const SETTING_NAMES =
  '"Integrate with other apps" (called "Integrate with the 1Password SDKs" or "Connect with 1Password SDKs" in some versions; if you cannot find it, switch 1Password to the Beta release channel)';

/** An answer the extension cannot read is a bug to report, not a connection to check. */
export const UNREADABLE_ANSWER: Pick<OnePasswordErrorInit, "title" | "hint" | "recovery"> = {
  title: "Unexpected Answer from 1Password",
  hint: "1Password returned data this extension does not understand. Copy the details to report it.",
  recovery: COPY_DETAILS,
};

export type Words = Pick<OnePasswordErrorInit, "title" | "hint" | "recovery" | "retryAfterMs">;

/**
 * The words each kind of error has unless a rule of `toOnePasswordError` or a caller of `errorOf` says otherwise: a
 * title for a toast, a hint that says what to do, and the one recovery action offered.
 */
export const WORDS: { readonly [K in OnePasswordErrorKind]: Words } = {
  "app-not-found": {
    title: "1Password App Not Found",
    hint: `Install the 1Password desktop app and sign in, then turn on Settings › Developer › ${SETTING_NAMES}.`,
    recovery: { kind: "open-setup-guide", title: "Open Setup Guide" },
  },
  "account-not-found": {
    title: "Account Not Found",
    hint: "No such account is signed in to 1Password. Use the account name shown at the top left of the app, or its UUID.",
    recovery: { kind: "open-preferences", title: "Open Extension Preferences" },
  },
  "integration-disabled": {
    title: "1Password Is Not Reachable",
    hint: `Open and unlock 1Password, then turn on Settings › Developer › ${SETTING_NAMES}. Then try again.`,
    recovery: { kind: "open-1password", title: "Open 1Password" },
  },
  "authorization-denied": {
    title: "Access Not Granted",
    hint: 'The "1Password Access Requested" prompt was denied, closed or not answered. Choose Authorize Again and approve it in 1Password (it may open behind other windows).',
    recovery: AUTHORIZE_AGAIN,
  },
  "session-expired": {
    title: "1Password Is Locked",
    hint: "Access ended because 1Password locked or was idle. Unlock it and approve access again.",
    recovery: AUTHORIZE_AGAIN,
  },
  "rate-limited": {
    title: "Too Many Requests",
    hint: "1Password is limiting requests. Try again in a minute.",
    recovery: RETRY,
    retryAfterMs: 60_000,
  },
  "permission-denied": {
    title: "Permission Denied",
    hint: "Your account does not have permission for this in 1Password. Ask a vault manager for access.",
    recovery: COPY_DETAILS,
  },
  "not-found": {
    title: "Not Found",
    hint: "It may have been deleted or moved. Refresh and try again.",
    recovery: RETRY,
  },
  "invalid-input": {
    title: "Invalid Request",
    hint: "1Password rejected the request as invalid.",
    recovery: COPY_DETAILS,
  },
  unsupported: {
    title: "Not Available for This Account",
    hint: "Group permissions need a 1Password Business or Teams account.",
    recovery: COPY_DETAILS,
  },
  "timed-out": {
    title: "1Password Did Not Answer",
    hint: "The app may be locked or waiting for you to approve access. Unlock it, then try again.",
    recovery: AUTHORIZE_AGAIN,
  },
  "too-large": {
    title: "Too Many Items to Load in Raycast",
    hint: "This does not fit in the memory Raycast gives one command. Search it in the 1Password app instead.",
    recovery: COPY_DETAILS,
  },
  "app-restarted": {
    title: "Restart Raycast to Reconnect",
    hint: "1Password was restarted (an update restarts it), and on Windows it does not accept programs that were already running, such as Raycast. Quit Raycast and open it again.",
    recovery: COPY_DETAILS,
  },
  unexpected: {
    title: "Something Went Wrong",
    hint: "1Password returned an unexpected error. Check the connection, or copy the details to report it.",
    recovery: CHECK_CONNECTION,
  },
};
