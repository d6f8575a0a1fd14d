import os from "node:os";
import { DEFAULT_START, SimClock } from "./clock";
import { errorPayloadText, fail, MESSAGES, SimError } from "./errors";
import { HANDLERS, type HandlerContext, type ItemFailure, type ItemFailureType } from "./handlers";
import type { PromptAnswer, SimAccount, SimShare, SimSharePolicy, VaultOp } from "./model";
import { SHARE_HANDLERS } from "./share-handlers";
import { Rng } from "./random";
import { World, type AccountHandle, type AccountSpec } from "./world";

export type CallKind = "init_client" | "invoke" | "release_client";

export interface CallRecord {
  /** The account as the SDK addressed it (the DesktopAuth string: a name or a UUID). */
  account: string;
  kind: CallKind;
  /** The invocation name (invoke only). */
  name?: string;
  /** The invocation parameters as the SDK sent them (invoke only). */
  parameters?: Record<string, unknown>;
  clientId?: number;
  /** When the call arrived, on the simulator's clock. */
  at: number;
  outcome: "pending" | "ok" | "error";
  error?: { name: string; message: string };
  /** The app carried the call out, but its answer was lost or held (see loseAnswerNext). */
  answerLost?: boolean;
}

/** An invocation name, a call kind ("init_client", "release_client"), "*" for every invocation, or a predicate. */
export type CallMatcher = string | ((call: CallRecord) => boolean);

export interface InjectedError {
  /** The error name the SDK maps to a class: "DesktopSessionExpired", "RateLimitExceeded", "AuthExpired", or any. */
  name?: string;
  message: string;
}

export interface RateLimitOptions {
  /** How many more invocations succeed before every further one fails with RateLimitExceeded. */
  remaining: number;
  /** Which invocations count (default "all"). */
  scope?: "all" | "read" | "write";
}

/** A failure to reach the app: its words, and whether the library throws them instead of answering with them. */
export interface ConnectionFailure {
  text: string;
  thrown?: boolean;
}

export interface HangHandle {
  /** Stops hanging new calls and lets the held ones proceed. */
  release(): void;
  /** How many calls are being held right now. */
  readonly held: number;
}

export interface DesktopAppOptions {
  /** false: the native library path does not exist (the SDK's first call rejects "Native library is not available."). */
  installed?: boolean;
  /** false: every init_client fails as when "Integrate with other apps" is off. */
  integrationEnabled?: boolean;
  /** Delay before every answer, in real milliseconds (0: answer on the next microtask). */
  latencyMs?: number;
  /** Maximum items per batch call (default 50). */
  batchCap?: number;
  /** Seed of the builders' ids (default "desktop-app"). */
  seed?: string;
  /** The clock's start, in ms since the epoch (default 2025-06-02T09:00:00Z). */
  startTime?: number;
  /** Follow this time source (e.g. `Date.now` under fake timers) instead of a fixed start; `advance` still adds. */
  now?: () => number;
}

/** Wraps a text result that the simulator sends as is (not JSON-encoded): for malformed-result tests. */
export class RawResult {
  constructor(readonly text: string) {}
}

const INACTIVITY_MS = 10 * 60_000;
const WRITES = new Set([
  "VaultsCreate",
  "VaultsUpdate",
  "VaultsDelete",
  "VaultsGrantGroupPermissions",
  "VaultsUpdateGroupPermissions",
  "VaultsRevokeGroupPermissions",
  "ItemsCreate",
  "ItemsCreateAll",
  "ItemsPut",
  "ItemsDelete",
  "ItemsDeleteAll",
  "ItemsArchive",
  "ItemsSharesCreate",
]);

interface PendingPrompt {
  promise: Promise<void>;
  settle: (answer: "approve" | "deny") => void;
}

interface Hang {
  match: CallMatcher;
  held: (() => void)[];
  active: boolean;
}

interface ParsedRequest {
  account_name: string;
  kind: CallKind;
  payload: string;
}

/**
 * A simulated 1Password desktop app, speaking the SDK's native-library protocol (`sendMessage`). Install it with
 * `installDesktopApp()` so the real SDK loads it; every behaviour is controllable per test.
 */
export class DesktopApp {
  readonly clock: SimClock;
  readonly world: World;
  installed: boolean;
  integrationEnabled: boolean;
  latencyMs: number;
  batchCap: number;
  /** While locked, init_client waits for unlock ("wait") or fails as a denied prompt ("deny"). */
  lockedPrompt: "wait" | "deny" = "wait";
  /** false: the library is installed but fails to load (the SDK logs it, then answers "Native library is not available."). */
  libraryLoads = true;
  /** How the app answers a refused prompt: nobody has published the real wording, so tests draw it from many. */
  denialText: string = MESSAGES.denied;
  /** How creating a client fails while the integration is off; `thrown`: the library itself throws it. */
  integrationOff: ConnectionFailure = { text: MESSAGES.integrationDisabled };
  /** Called when the authorization prompt shows (it takes focus: Raycast's window closes). */
  onPromptShown: ((account: string) => void) | undefined;
  /** Reject group grants whose permission set misses a dependent permission (as 1Password does). */
  enforcePermissionDependencies = true;
  /** The platform whose library path the SDK will look for (the SDK asks os.platform() too). */
  readonly platform: NodeJS.Platform;
  readonly calls: CallRecord[] = [];
  readonly unknownInvocations: string[] = [];

  private locked = false;
  /** Windows: 1Password restarted while this process held its library, so it never opens its pipe to it again. */
  private pipeClosedForProcess: ConnectionFailure | undefined;
  private unlockWaiters: (() => void)[] = [];
  private readonly clients = new Map<number, SimAccount>();
  private nextClientId = 1;
  private readonly pendingPrompts = new Map<SimAccount, PendingPrompt>();
  private hangs: Hang[] = [];
  private failures: { match: CallMatcher; error: InjectedError }[] = [];
  private malforms: { match: CallMatcher; transform: (result: unknown) => unknown }[] = [];
  private lostAnswers: LostAnswer[] = [];
  private rate: Required<RateLimitOptions> | undefined;
  private readonly itemFailures = new Map<string, ItemFailure>();
  private restore: (() => void) | undefined;

  constructor(options: DesktopAppOptions = {}) {
    this.clock = new SimClock(options.startTime ?? DEFAULT_START, options.now);
    this.world = new World(this.clock, new Rng(options.seed ?? "desktop-app"));
    this.installed = options.installed ?? true;
    this.integrationEnabled = options.integrationEnabled ?? true;
    this.latencyMs = options.latencyMs ?? 0;
    this.batchCap = options.batchCap ?? 50;
    this.platform = os.platform();
  }

  /** Called by installDesktopApp with the function that undoes its patches. */
  attachBoundary(restore: () => void): void {
    this.restore = restore;
  }

  /** Restores process.dlopen and fs.existsSync. Clients the SDK already created keep talking to this app. */
  uninstall(): void {
    this.restore?.();
    this.restore = undefined;
  }

  // ---- data -------------------------------------------------------------------------------------------------

  addAccount(spec: AccountSpec): AccountHandle {
    return this.world.addAccount(spec);
  }

  /** An account by name or UUID. */
  account(nameOrUuid: string): AccountHandle {
    return this.world.handle(nameOrUuid);
  }

  /** Every field value, note, current OTP code and Environment value in the world (for canary checks). */
  allSecretValues(): string[] {
    return this.world.allSecretValues();
  }

  /** Makes the listed operations on a vault fail with a permission error (default: read, write and manage). */
  denyVault(vaultId: string, ops: VaultOp[] = ["read", "write", "manage"]): void {
    this.world.deniedVaults.set(vaultId, new Set(ops));
  }

  allowVault(vaultId: string): void {
    this.world.deniedVaults.delete(vaultId);
  }

  /** The account's item-sharing policy (default: share-handlers.ts DEFAULT_SHARE_POLICY); "disabled" turns sharing off. */
  setSharePolicy(nameOrUuid: string, policy: SimSharePolicy | "disabled"): void {
    this.world.sharePolicies.set(this.account(nameOrUuid).state.uuid, policy);
  }

  /** Every share link created, oldest first (each link is a secret: allSecretValues lists it). */
  get shares(): readonly SimShare[] {
    return this.world.shares;
  }

  // ---- sessions and prompts --------------------------------------------------------------------------------

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

  // ---- fault injection -------------------------------------------------------------------------------------

  /** Holds matching calls unanswered until the handle is released. */
  hang(match: CallMatcher): HangHandle {
    const hang: Hang = { match, held: [], active: true };
    this.hangs.push(hang);
    return {
      release: () => {
        hang.active = false;
        this.hangs = this.hangs.filter((h) => h !== hang);
        for (const resume of hang.held.splice(0)) resume();
      },
      get held() {
        return hang.held.length;
      },
    };
  }

  /** The next matching call fails with this error (queued: several calls fail in order). */
  failNext(match: CallMatcher, error: InjectedError = { message: "injected failure" }): void {
    this.failures.push({ match, error });
  }

  /** The next matching invocation fails with RateLimitExceeded. */
  rateLimitNext(match: CallMatcher = "*"): void {
    this.failNext(match, { name: "RateLimitExceeded", message: MESSAGES.rateLimited });
  }

  /** Allows `remaining` more invocations, then fails the rest with RateLimitExceeded; null lifts the limit. */
  rateLimit(options: RateLimitOptions | null): void {
    this.rate = options ? { remaining: options.remaining, scope: options.scope ?? "all" } : undefined;
  }

  /** Rewrites the result of the next matching invocation (return a RawResult to send text that is not JSON). */
  malformNext(match: CallMatcher, transform: (result: unknown) => unknown): void {
    this.malforms.push({ match, transform });
  }

  /**
   * The next matching call is carried out (an item created, a vault renamed), but its answer does not arrive: the
   * connection drops with `message` (the native layer's own words by default), or with `late` the answer is held
   * until the handle is released, as an app that stalls after the write.
   */
  loseAnswerNext(match: CallMatcher, options: { message?: string; late?: boolean } = {}): HangHandle {
    const lost: LostAnswer = {
      match,
      message: options.message ?? MESSAGES.connectionDropped,
      late: options.late === true,
      held: [],
      released: false,
    };
    this.lostAnswers.push(lost);
    return {
      release: () => {
        lost.released = true;
        for (const resume of lost.held.splice(0)) resume();
      },
      get held() {
        return lost.held.length;
      },
    };
  }

  /** Batch entries for these item ids (or, in ItemsCreateAll, titles) fail with this type until cleared. */
  failItems(idsOrTitles: string[], type: ItemFailureType, message?: string): void {
    const failure: ItemFailure = message !== undefined ? { type, message } : { type };
    if ((type === "internal" || type === "itemValidationError") && message === undefined) failure.message = "injected";
    for (const key of idsOrTitles) this.itemFailures.set(key, failure);
  }

  clearItemFailures(): void {
    this.itemFailures.clear();
  }

  // ---- call log --------------------------------------------------------------------------------------------

  /** Calls of one invocation name, or of a kind ("init_client", "release_client"). */
  callsNamed(name: string): CallRecord[] {
    return this.calls.filter((c) => c.name === name || (c.kind === name && c.name === undefined));
  }

  resetCalls(): void {
    this.calls.length = 0;
    this.unknownInvocations.length = 0;
  }

  // ---- the native boundary ---------------------------------------------------------------------------------

  /** The `sendMessage` export of the simulated native library. */
  readonly sendMessage = async (buf: Uint8Array): Promise<Uint8Array> => {
    let request: ParsedRequest;
    let payload: string;
    try {
      request = JSON.parse(Buffer.from(buf).toString("utf8")) as ParsedRequest;
      payload = Buffer.from(request.payload, "base64").toString("utf8");
    } catch {
      return encodeError("Error", "malformed request");
    }
    const record: CallRecord = {
      account: request.account_name,
      kind: request.kind,
      at: this.clock.now(),
      outcome: "pending",
    };
    this.calls.push(record);
    // Releasing happens from the SDK's finalizer, at any time: a closed pipe there only makes it warn, so it is left out.
    if (this.pipeClosedForProcess?.thrown && record.kind !== "release_client") {
      record.outcome = "error";
      throw new Error(this.pipeClosedForProcess.text);
    }
    if (record.kind === "init_client" && !this.integrationEnabled && this.integrationOff.thrown) {
      record.outcome = "error";
      throw new Error(this.integrationOff.text);
    }
    try {
      if (this.pipeClosedForProcess && record.kind !== "release_client") throw fail(this.pipeClosedForProcess.text);
      if (record.kind === "invoke") this.describeInvoke(record, payload);
      await this.delay();
      await this.holdIfHung(record);
      const text = await this.dispatch(record, payload);
      const lost = record.kind === "invoke" ? this.takeInjected(this.lostAnswers, record) : undefined;
      if (lost) {
        record.answerLost = true;
        if (!lost.late) throw fail(lost.message);
        if (!lost.released) await new Promise<void>((resolve) => lost.held.push(resolve));
      }
      record.outcome = "ok";
      return encodeSuccess(text);
    } catch (e) {
      const error =
        e instanceof SimError ? { name: e.errorName, message: e.message } : { name: "Error", message: String(e) };
      record.outcome = "error";
      record.error = error;
      return encodeError(error.name, error.message);
    }
  };

  private describeInvoke(record: CallRecord, payload: string): void {
    const config = JSON.parse(payload) as {
      invocation?: { clientId?: number; parameters?: { name?: string; parameters?: Record<string, unknown> } };
    };
    record.clientId = config.invocation?.clientId;
    record.name = config.invocation?.parameters?.name;
    record.parameters = config.invocation?.parameters?.parameters;
  }

  private async delay(): Promise<void> {
    if (this.latencyMs > 0) await new Promise<void>((resolve) => setTimeout(resolve, this.latencyMs));
    else await Promise.resolve();
  }

  private async holdIfHung(record: CallRecord): Promise<void> {
    const hang = this.hangs.find((h) => h.active && matches(h.match, record));
    if (hang) await new Promise<void>((resolve) => hang.held.push(resolve));
  }

  private takeInjected<T extends { match: CallMatcher }>(list: T[], record: CallRecord): T | undefined {
    const index = list.findIndex((entry) => matches(entry.match, record));
    if (index < 0) return undefined;
    return list.splice(index, 1)[0];
  }

  private async dispatch(record: CallRecord, payload: string): Promise<string> {
    switch (record.kind) {
      case "init_client":
        return this.initClient(record);
      case "invoke":
        return this.invoke(record);
      case "release_client":
        this.clients.delete(Number.parseInt(payload, 10));
        return "";
      default:
        throw fail(`unknown request kind ${String(record.kind)}`);
    }
  }

  private async initClient(record: CallRecord): Promise<string> {
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

  private isSessionActive(account: SimAccount): boolean {
    const last = account.sessionLastActivity;
    return !this.locked && last !== undefined && this.clock.now() - last < INACTIVITY_MS;
  }

  private invoke(record: CallRecord): string {
    const name = record.name ?? "";
    const handler = HANDLERS[name] ?? SHARE_HANDLERS[name];
    if (!handler) {
      this.unknownInvocations.push(name);
      throw fail(MESSAGES.unknownInvocation(name));
    }
    const account = record.clientId === undefined ? undefined : this.clients.get(record.clientId);
    if (!account) throw fail(MESSAGES.invalidClient(record.clientId));
    if (!this.isSessionActive(account)) {
      account.sessionLastActivity = undefined;
      throw new SimError("DesktopSessionExpired", MESSAGES.sessionExpired);
    }
    account.sessionLastActivity = this.clock.now();
    const injected = this.takeInjected(this.failures, record);
    if (injected) throw new SimError(injected.error.name ?? "Error", injected.error.message);
    if (this.rate && (this.rate.scope === "all" || (this.rate.scope === "write") === WRITES.has(name))) {
      if (this.rate.remaining <= 0) throw new SimError("RateLimitExceeded", MESSAGES.rateLimited);
      this.rate.remaining--;
    }
    const ctx: HandlerContext = {
      world: this.world,
      account,
      batchCap: this.batchCap,
      enforcePermissionDependencies: this.enforcePermissionDependencies,
      itemFailures: this.itemFailures,
    };
    let result = handler(ctx, record.parameters ?? {}, name);
    const malform = this.takeInjected(this.malforms, record);
    if (malform) result = malform.transform(result);
    if (result instanceof RawResult) return result.text;
    return JSON.stringify(result) ?? "null";
  }
}

interface LostAnswer {
  match: CallMatcher;
  message: string;
  late: boolean;
  held: (() => void)[];
  released: boolean;
}

function matches(match: CallMatcher, record: CallRecord): boolean {
  if (typeof match === "function") return match(record);
  if (match === "*") return record.kind === "invoke";
  return match === record.name || (record.name === undefined && match === record.kind);
}

/** A view in this realm: the SDK checks `instanceof Uint8Array` against its own global. */
function bytes(text: string): Uint8Array {
  const buf = Buffer.from(text, "utf8");
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}

function encodeSuccess(text: string): Uint8Array {
  // The result travels as an array of byte numbers, exactly as the real library sends it: that is the cost to keep.
  return bytes(`{"success":true,"payload":[${Buffer.from(text, "utf8").join(",")}]}`);
}

function encodeError(name: string, message: string): Uint8Array {
  const text = errorPayloadText(name, message);
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
  return bytes(`{"success":false,"payload":[${codes.join(",")}]}`);
}
