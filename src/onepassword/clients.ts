import type { Client } from "@1password/sdk";
import manifest from "../../package.json";
import { isConnectionFailure, isStaleClientFailure, stageOf } from "./error-rules";
import { type ErrorContext, type OnePasswordError, errorOf, toOnePasswordError } from "./errors";
import { LIMITS } from "./limits";
import { returnToCommandAfterPrompt } from "./return-after-prompt";
import { loadSdk } from "./sdk-loader";
import { TimedOutError, withTimeout } from "./timeout";

/**
 * One SDK client per configured account, created on first need and reused while it works. Creating a client is what
 * shows the 1Password authorization prompt, so it must happen once, not per call; a client that went stale (timed
 * out, forgotten by the app, its connection closed) is dropped, so the next call makes a fresh one.
 */
const clients = new Map<string, Promise<Client>>();

/** Whether any client was created in this process: on Windows, a later connection failure means 1Password restarted. */
let connectedBefore = false;

export const INTEGRATION = { name: manifest.title, version: manifest.version } as const;

async function createAccountClient(account: string): Promise<Client> {
  const sdk = loadSdk();
  const started = Date.now();
  const client = await sdk.createClient({
    auth: new sdk.DesktopAuth(account),
    integrationName: INTEGRATION.name,
    integrationVersion: INTEGRATION.version,
  });
  connectedBefore = true;
  // Long enough that a person answered the prompt, which took Raycast's window away.
  if (Date.now() - started >= LIMITS.promptNoticeMs) returnToCommandAfterPrompt();
  return client;
}

export function clientFor(account: string): Promise<Client> {
  let client = clients.get(account);
  if (!client) {
    client = withTimeout(createAccountClient(account), LIMITS.authorizeTimeoutMs, "Authorizing with 1Password");
    clients.set(account, client);
    // A failed or unanswered authorization must not stick: the next attempt prompts again.
    client.catch(() => dropClient(account, client));
  }
  return client;
}

/** Drops this client of the account, not a newer one another call already made. */
function dropClient(account: string, client: Promise<Client> | undefined): void {
  if (client && clients.get(account) === client) clients.delete(account);
}

/** Drops an account's client so the next call authorizes again ("Authorize Again", after a lock). */
export function forgetClient(account: string): void {
  clients.delete(account);
}

export function forgetAllClients(): void {
  clients.clear();
}

/** A failure to create a client, named by what it means for the person. */
export function connectFailure(error: unknown, context: ErrorContext): OnePasswordError {
  const mapped = toOnePasswordError(error, { ...context, stage: "connect" });
  // A Windows 1Password that restarted never opens its SDK pipe to a process that held its library before
  // (onepassword-sdk-go #284): a fresh client keeps failing to connect until Raycast restarts.
  if (mapped.kind === "integration-disabled" && connectedBefore && process.platform === "win32") {
    return errorOf("app-restarted", { context: mapped.context, causeMessage: mapped.causeMessage });
  }
  return mapped;
}

export interface CallOptions {
  timeoutMs?: number;
  /**
   * The call only reads: after a stale client (the app forgot it, the session ended, the connection closed) it runs
   * once more on a fresh client. A write is never repeated blindly: its answer may be lost, not its effect.
   */
  readOnly?: boolean;
  /** Source of randomness for backoff jitter; injectable so tests are deterministic. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** For calls that only read: they may run once more on a fresh client. */
export const READ_ONLY: CallOptions = { readOnly: true };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Every call into the desktop app goes through here: it gets the account's client, bounds the call with a timeout,
 * retries rate-limited calls with full-jitter exponential backoff (bounded), replaces a stale client, and maps any
 * failure onto OnePasswordError. A timed-out call is reported, not retried, and its client is not trusted again.
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
  let freshClientTried = false;
  for (let attempt = 0; ; attempt++) {
    const pending = clientFor(account);
    let client: Client;
    try {
      client = await pending;
    } catch (error) {
      const mapped = connectFailure(error, context);
      if (mapped.kind === "rate-limited" && attempt < LIMITS.rateLimitRetries) {
        await sleep(backoff(attempt, random));
        continue;
      }
      throw mapped;
    }
    try {
      return await withTimeout(run(client), options.timeoutMs ?? LIMITS.callTimeoutMs, operation);
    } catch (error) {
      // The SDK makes a new client inside a call after an expired session: that step's failure is a connect failure.
      const reconnecting = stageOf(error) === "connect";
      const mapped = reconnecting ? connectFailure(error, context) : toOnePasswordError(error, context);
      if (mapped.kind === "rate-limited" && attempt < LIMITS.rateLimitRetries) {
        await sleep(backoff(attempt, random));
        continue;
      }
      if (reconnecting) dropClient(account, pending);
      if (error instanceof TimedOutError || isStaleClientFailure(error) || isConnectionFailure(error)) {
        dropClient(account, pending);
        if (options.readOnly && !freshClientTried && !(error instanceof TimedOutError)) {
          freshClientTried = true;
          continue;
        }
      }
      if (mapped.kind === "session-expired" || mapped.kind === "authorization-denied") dropClient(account, pending);
      throw mapped;
    }
  }
}

function backoff(attempt: number, random: () => number): number {
  const cap = Math.min(LIMITS.rateLimitMaxDelayMs, LIMITS.rateLimitBaseDelayMs * 2 ** attempt);
  return Math.round(random() * cap);
}
