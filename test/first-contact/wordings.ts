/**
 * What the real 1Password app and its native layer answer at first contact, as reported in public (the SDKs' native
 * layers, their users' issues), and refusals in words no rule of the extension quotes: the real wording of a denied
 * or dismissed prompt is not published, so a rule that matched only our own words must not pass.
 */
import type { ConnectionFailure } from "../../test-world/sim/app";

/** Reported answers when the app is not there to answer: not running, the integration off, the channel gone. */
export const CONNECTION_FAILURES: readonly ConnectionFailure[] = [
  { text: "IPC operation failed: -2", thrown: true },
  {
    text: "error initializing client: failed to send message to Desktop App. Please make sure the integrations is enabled or otherwise contact 1Password support. Return code: -3",
  },
  {
    text: "error initializing client: failed to send message to Desktop App. Please make sure the integrations is enabled or otherwise contact 1Password support. Return code: -2",
  },
  {
    text: "desktop app connection channel is closed. Make sure Settings > Developer > Integrate with other apps is enabled, or contact 1Password support",
  },
  {
    text: "connection was unexpectedly dropped by the desktop app. Make sure the desktop app is running and Settings > Developer > Integrate with other apps is enabled, or contact 1Password support",
  },
  { text: "an internal error occurred. Please contact 1Password support and mention the return code: 14" },
];

/** Refusals in words no rule quotes. */
export const UNQUOTED_DENIALS: readonly string[] = [
  "error initializing client: the user refused access",
  "error initializing client: prompt closed without an answer",
  "Zugriff verweigert: Anfrage wurde vom Benutzer abgelehnt",
];
