import { AppSessions } from "./app-sessions";
import type { CallRecord } from "./call-record";
import { encodeError, encodeSuccess, type ParsedRequest } from "./envelope";
import { fail, MESSAGES, SimError } from "./errors";
import { RawResult } from "./fault-types";
import { HANDLERS } from "./handlers";
import type { HandlerContext } from "./handler-context";
import { SHARE_HANDLERS } from "./share-handlers";

export type { ConnectionFailure, DesktopAppOptions } from "./app-options";
export type { CallKind, CallMatcher, CallRecord } from "./call-record";
export { RawResult } from "./fault-types";
export type { HangHandle, InjectedError, RateLimitOptions } from "./fault-types";

/**
 * A simulated 1Password desktop app, speaking the SDK's native-library protocol (`sendMessage`). Install it with
 * `installDesktopApp()` so the real SDK loads it; every behaviour is controllable per test. Its controls come in
 * layers: data and call log (app-data.ts), faults (app-faults.ts), sessions (app-sessions.ts); this one answers.
 */
export class DesktopApp extends AppSessions {
  /** false: the library is installed but fails to load (the SDK logs it, then answers "Native library is not available."). */
  libraryLoads = true;
  /** Reject group grants whose permission set misses a dependent permission (as 1Password does). */
  enforcePermissionDependencies = true;

  private restore: (() => void) | undefined;

  /** Called by installDesktopApp with the function that undoes its patches. */
  attachBoundary(restore: () => void): void {
    this.restore = restore;
  }

  /** Restores process.dlopen and fs.existsSync. Clients the SDK already created keep talking to this app. */
  uninstall(): void {
    this.restore?.();
    this.restore = undefined;
  }

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
    this.chargeRateLimit(name);
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
