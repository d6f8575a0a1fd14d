import type { Client } from "@1password/sdk";
import manifest from "../../package.json";
import { type ErrorContext, toOnePasswordError } from "./errors";
import { LIMITS } from "./limits";
import { loadSdk } from "./sdk-loader";
import { withTimeout } from "./timeout";

/**
 * One SDK client per configured account, created on first need and reused for the life of the process. Creating a
 * client is what shows the 1Password authorization prompt, so it must happen once, not per call.
 */
const clients = new Map<string, Promise<Client>>();

export const INTEGRATION = { name: manifest.title, version: manifest.version } as const;

function createAccountClient(account: string): Promise<Client> {
  const sdk = loadSdk();
  return sdk.createClient({
    auth: new sdk.DesktopAuth(account),
    integrationName: INTEGRATION.name,
    integrationVersion: INTEGRATION.version,
  });
}

export function clientFor(account: string): Promise<Client> {
  let client = clients.get(account);
  if (!client) {
    client = withTimeout(createAccountClient(account), LIMITS.authorizeTimeoutMs, "Authorizing with 1Password");
    clients.set(account, client);
    // A failed or unanswered authorization must not stick: the next attempt prompts again.
    client.catch(() => {
      if (clients.get(account) === client) clients.delete(account);
    });
  }
  return client;
}

/** Drops an account's client so the next call authorizes again ("Authorize Again", after a lock). */
export function forgetClient(account: string): void {
  clients.delete(account);
}

export function forgetAllClients(): void {
  clients.clear();
}

export interface CallOptions {
  timeoutMs?: number;
  /** Source of randomness for backoff jitter; injectable so tests are deterministic. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Every call into the desktop app goes through here: it gets the account's client, bounds the call with a timeout,
 * retries rate-limited calls with full-jitter exponential backoff (bounded), and maps any failure onto
 * OnePasswordError. A timed-out call is reported, not retried: the app is most likely locked or prompting.
 */
export async function callDesktop<T>(
  account: string,
  operation: string,
  run: (client: Client) => Promise<T>,
  options: CallOptions = {},
): Promise<T> {
  const context: ErrorContext = { operation, account };
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      const client = await clientFor(account);
      return await withTimeout(run(client), options.timeoutMs ?? LIMITS.callTimeoutMs, operation);
    } catch (error) {
      const mapped = toOnePasswordError(error, context);
      if (mapped.kind === "rate-limited" && attempt < LIMITS.rateLimitRetries) {
        const cap = Math.min(LIMITS.rateLimitMaxDelayMs, LIMITS.rateLimitBaseDelayMs * 2 ** attempt);
        await sleep(Math.round(random() * cap));
        continue;
      }
      if (mapped.kind === "session-expired" || mapped.kind === "authorization-denied") forgetClient(account);
      throw mapped;
    }
  }
}
