import type { OnePasswordErrorInit, OnePasswordErrorKind, Recovery } from "./errors";

const AUTHORIZE_AGAIN: Recovery = { kind: "authorize-again", title: "Authorize Again" };
const RETRY: Recovery = { kind: "retry", title: "Try Again" };
const COPY_DETAILS: Recovery = { kind: "copy-details", title: "Copy Error Details" };

export type Words = Pick<OnePasswordErrorInit, "title" | "hint" | "recovery" | "retryAfterMs">;

/**
 * The words each kind of error has unless a rule of `toOnePasswordError` or a caller of `errorOf` says otherwise: a
 * title for a toast, a hint that says what to do, and the one recovery action offered.
 */
export const WORDS: { readonly [K in OnePasswordErrorKind]: Words } = {
  "app-not-found": {
    title: "1Password App Not Found",
    hint: 'Install the 1Password desktop app, then turn on Settings › Developer › "Integrate with other apps".',
    recovery: { kind: "open-setup-guide", title: "Open Setup Guide" },
  },
  "account-not-found": {
    title: "Account Not Found",
    hint: "No such account is signed in to 1Password. Use the account name shown at the top left of the app, or its UUID.",
    recovery: { kind: "open-preferences", title: "Open Extension Preferences" },
  },
  "integration-disabled": {
    title: "Turn On the 1Password Integration",
    hint: 'In 1Password, open Settings › Developer and turn on "Integrate with other apps", then try again.',
    recovery: { kind: "open-1password", title: "Open 1Password" },
  },
  "authorization-denied": {
    title: "Access Denied",
    hint: "The request to use 1Password was denied. Authorize again and approve the prompt in 1Password.",
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
  unexpected: {
    title: "Something Went Wrong",
    hint: "1Password returned an unexpected error. Copy the details to report it.",
    recovery: COPY_DETAILS,
  },
};
