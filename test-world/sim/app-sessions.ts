import { AppFaults } from "./app-faults";
import type { ConnectionFailure } from "./app-options";
import type { CallRecord } from "./call-record";
import { fail, MESSAGES, SimError } from "./errors";
import type { PromptAnswer, SimAccount } from "./model";

const INACTIVITY_MS = 10 * 60_000;

interface PendingPrompt {
  promise: Promise<void>;
  settle: (answer: "approve" | "deny") => void;
}

/**
 * The simulated app's clients and sessions: creating a client, the authorization prompt, inactivity expiry, locking
 * and restarting the app.
 */
export class AppSessions extends AppFaults {
  /** While locked, init_client waits for unlock ("wait") or fails as a denied prompt ("deny"). */
  lockedPrompt: "wait" | "deny" = "wait";
  /** How the app answers a refused prompt: nobody has published the real wording, so tests draw it from many. */
  denialText: string = MESSAGES.denied;
  /** How creating a client fails while the integration is off; `thrown`: the library itself throws it. */
  integrationOff: ConnectionFailure = { text: MESSAGES.integrationDisabled };
  /** Called when the authorization prompt shows (it takes focus: Raycast's window closes). */
  onPromptShown: ((account: string) => void) | undefined;

  private locked = false;
  /** Windows: 1Password restarted while this process held its library, so it never opens its pipe to it again. */
  protected pipeClosedForProcess: ConnectionFailure | undefined;
  private unlockWaiters: (() => void)[] = [];
  protected readonly clients = new Map<number, SimAccount>();
  private nextClientId = 1;
  private readonly pendingPrompts = new Map<SimAccount, PendingPrompt>();

  promptsShown(nameOrUuid: string): number {
    return this.account(nameOrUuid).promptsShown;
  }

  /** Whether the account has an approved session that has not expired. */
  sessionActive(nameOrUuid: string): boolean {
    return this.isSessionActive(this.account(nameOrUuid).state);
  }

  /** Locks the app: every session ends; init_client waits for unlock (see lockedPrompt). */
  lock(): void {
    this.locked = true;
    for (const account of this.world.accounts) account.sessionLastActivity = undefined;
  }

  unlock(): void {
    this.locked = false;
    const waiters = this.unlockWaiters;
    this.unlockWaiters = [];
    for (const resume of waiters) resume();
  }

  get isLocked(): boolean {
    return this.locked;
  }

  /**
   * 1Password quits and starts again (an update does that): it forgets every client and session. On Windows, a
   * process that held its library before never reaches the new app (onepassword-sdk-go #284): every later message
   * from this process fails to connect, with `windowsText`.
   */
  restart(windowsText: ConnectionFailure = { text: "IPC operation failed: -2", thrown: true }): void {
    this.clients.clear();
    for (const account of this.world.accounts) account.sessionLastActivity = undefined;
    // process.platform, as the extension reads it (a test may set it; the library path stays this machine's).
    if (process.platform === "win32" && this.calls.length > 0) this.pipeClosedForProcess = windowsText;
  }

  /** Prompts shown with answer "never" that are still open. */
  pendingPromptCount(): number {
    return this.pendingPrompts.size;
  }

  /** Answers the open "never" prompts now (a person finally clicking). */
  answerPendingPrompts(answer: "approve" | "deny"): void {
    for (const pending of [...this.pendingPrompts.values()]) pending.settle(answer);
  }

  protected async initClient(record: CallRecord): Promise<string> {
    if (!this.integrationEnabled) throw fail(this.integrationOff.text);
    const injected = this.takeInjected(this.failures, record);
    if (injected) throw new SimError(injected.error.name ?? "Error", injected.error.message);
    const account = this.world.findAccount(record.account);
    if (!account) throw fail(MESSAGES.accountNotFound(record.account));
    while (this.locked) {
      if (this.lockedPrompt === "deny") throw fail(this.denialText);
      await new Promise<void>((resolve) => this.unlockWaiters.push(resolve));
    }
    if (!this.isSessionActive(account)) await this.prompt(account);
    account.sessionLastActivity = this.clock.now();
    const id = this.nextClientId++;
    this.clients.set(id, account);
    record.clientId = id;
    return String(id);
  }

  private prompt(account: SimAccount): Promise<void> {
    const pending = this.pendingPrompts.get(account);
    if (pending) return pending.promise;
    account.promptsShown++;
    this.onPromptShown?.(account.name);
    const answer: PromptAnswer = account.prompt;
    if (answer === "approve") return Promise.resolve();
    if (answer === "deny") return Promise.reject(fail(this.denialText));
    let settle: (answer: "approve" | "deny") => void = () => undefined;
    const promise = new Promise<void>((resolve, reject) => {
      settle = (a) => {
        this.pendingPrompts.delete(account);
        if (a === "approve") resolve();
        else reject(fail(this.denialText));
      };
    });
    this.pendingPrompts.set(account, { promise, settle });
    return promise;
  }

  protected isSessionActive(account: SimAccount): boolean {
    const last = account.sessionLastActivity;
    return !this.locked && last !== undefined && this.clock.now() - last < INACTIVITY_MS;
  }
}
