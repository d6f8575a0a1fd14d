import { forgetAllClients, forgetClient } from "./clients";

/**
 * "Authorize Again": drop the client so the next call creates a new one, which shows the 1Password prompt again
 * (after a lock, an expiry or a denied prompt).
 */
export function authorizeAgain(account?: string): void {
  if (account) forgetClient(account);
  else forgetAllClients();
}
