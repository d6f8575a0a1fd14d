/**
 * Errors the simulated app answers with. `name` selects the SDK's error class (DesktopSessionExpired,
 * RateLimitExceeded, AuthExpired; anything else becomes a plain Error carrying `message`).
 */
export class SimError extends Error {
  constructor(
    readonly errorName: string,
    message: string,
  ) {
    super(message);
  }
}

export const fail = (message: string, name = "Error"): SimError => new SimError(name, message);

export const MESSAGES = {
  integrationDisabled:
    "error initializing client: failed to send message to Desktop App. Please make sure the integrations is enabled or otherwise contact 1Password support. Return code: -3",
  denied: "error initializing client: authorization was denied by the user",
  accountNotFound: (account: string) =>
    `error initializing client: no account matching "${account}" is signed in to the 1Password app`,
  sessionExpired: "desktop session expired",
  connectionDropped:
    "connection was unexpectedly dropped by the desktop app. Make sure the desktop app is running and Settings > Developer > Integrate with other apps is enabled, or contact 1Password support",
  rateLimited: "rate limit exceeded",
  unknownInvocation: (name: string) => `unknown invocation ${name}`,
  invalidClient: (id: unknown) => `invalid client id ${String(id)}`,
  vaultNotFound: "vault not found",
  itemNotFound: "item not found",
  groupNotFound: "group not found",
  environmentNotFound: "environment not found",
  invalidEnvironmentId: "invalid environment ID",
  vaultPermission: (vaultId: string) => `permission denied: you do not have access to vault ${vaultId}`,
  environmentPermission: (id: string) => `permission denied: you do not have access to environment ${id}`,
  groupPermissionsUnavailable: "group permissions are not available for this account type",
  batchCap: (cap: number) => `batch size exceeds the maximum of ${cap} items`,
  itemVersion:
    "error updating item: the item has been changed since it was fetched (incorrect item version), fetch it again",
  vaultTypeNotDeletable: (type: string) => `a ${type} vault cannot be deleted`,
  invalidParameters: (name: string, detail: string) => `invalid parameters for ${name}: ${detail}`,
} as const;

/** The error payload as the SDK decodes it: one char per byte, so non-ASCII is \u-escaped to keep it ASCII. */
export function errorPayloadText(name: string, message: string): string {
  return JSON.stringify({ name, message }).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
