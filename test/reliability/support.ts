import { host, resetHost, type Screen } from "../host";
import { installDesktopApp, type CallRecord, type DesktopApp } from "../sim";
import { forgetAllClients } from "../../src/onepassword/clients";
import { LIMITS } from "../../src/onepassword/limits";

/**
 * Shared scaffolding of the reliability suite: a fresh host and simulator per test, fake timers that leave the
 * driver's polling alone, and the canary search over everything Raycast shows or stores.
 */

/** Fake timers that keep nextTick/setImmediate/microtasks real, so React, the SDK and the driver keep running. */
export const FAKE_TIMERS: Parameters<typeof jest.useFakeTimers>[0] = {
  doNotFake: ["nextTick", "setImmediate", "queueMicrotask"],
};

/** Fake timers for the tests of the enclosing describe block. */
export function useFakeTimersHere(): void {
  beforeEach(() => jest.useFakeTimers(FAKE_TIMERS));
  afterEach(async () => {
    // Let React's scheduler finish work it queued on the fake clock before the real one returns.
    await jest.runOnlyPendingTimersAsync();
    jest.useRealTimers();
  });
}

/** Past the layer's bounds: the authorization prompt and one call. */
export const PAST_AUTHORIZE = LIMITS.authorizeTimeoutMs + 1_000;
export const PAST_CALL = LIMITS.callTimeoutMs + 1_000;

/** beforeEach/afterEach for a reliability file; returns a getter for this test's simulator. */
export function useWorld(options: { fakeTimers?: boolean } = {}): () => DesktopApp {
  let app: DesktopApp | undefined;
  beforeEach(() => {
    resetHost();
    forgetAllClients();
    if (options.fakeTimers) jest.useFakeTimers(FAKE_TIMERS);
    app = installDesktopApp();
  });
  afterEach(async () => {
    resetHost();
    if (options.fakeTimers) {
      // Let React's scheduler finish work it queued on the fake clock before the real one returns.
      await jest.runOnlyPendingTimersAsync();
      jest.useRealTimers();
    }
    jest.restoreAllMocks();
    app?.uninstall();
    forgetAllClients();
  });
  return () => {
    if (!app) throw new Error("no simulator: call inside a test");
    return app;
  };
}

/** Moves fake time, then lets the promises it released settle. */
export async function advance(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
  await jest.advanceTimersByTimeAsync(0);
}

/**
 * Polls under fake timers: each round moves fake time by `step` (so setTimeout(…, 0) work and backoff sleeps run)
 * and lets the screen settle, until the predicate holds.
 */
export async function waitWithTime<T>(
  screen: Screen,
  predicate: (screen: Screen) => T,
  options: { step?: number; rounds?: number } = {},
): Promise<T> {
  const step = options.step ?? 10;
  const rounds = options.rounds ?? 400;
  for (let round = 0; round < rounds; round++) {
    const value = predicate(screen);
    if (value) return value;
    await advance(step);
    await screen.settle();
  }
  const value = predicate(screen);
  if (value) return value;
  throw new Error(`condition not met after ${rounds} rounds of ${step} ms\n${screen.describe()}`);
}

/** No item/vault was the target of two successful writes of this kind: nothing was done twice. */
export function succeededTwice(app: DesktopApp, name: string, keyOf: (call: CallRecord) => string): string[] {
  const seen = new Map<string, number>();
  for (const call of app.callsNamed(name)) {
    if (call.outcome !== "ok") continue;
    const key = keyOf(call);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([key]) => key);
}

/** Every text Raycast shows or stores besides the rows and the detail, as one string. */
export function everythingRecorded(): string {
  return JSON.stringify({
    toasts: host.toasts,
    huds: host.huds,
    alerts: host.alerts,
    logs: host.logs,
    localStorage: host.localStorage,
    cache: host.cache,
    errors: host.errors.map((entry) => `${entry.source}: ${String(entry.error)}`),
    launches: host.launches,
    opened: host.opened,
  });
}

/** What a screen shows right now, rows, sections, empty view, navigation title, form fields and action titles. */
export function everythingOnScreen(screen: Screen, options: { skipRow?: (title: string) => boolean } = {}): string {
  const parts: unknown[] = [screen.navigationTitle()];
  const kind = screen.kind();
  if (kind === "List") {
    parts.push(
      screen.items().filter((item) => !options.skipRow?.(item.title)),
      screen.sections().map((section) => [section.title, section.subtitle]),
      screen.emptyView(),
      screen.dropdown(),
    );
  }
  if (kind === "Form") parts.push(screen.fields().map((field) => [field.id, field.title, field.error, field.info]));
  parts.push(screen.actions().map((action) => [action.path, action.title]));
  return JSON.stringify(parts);
}

/** Values worth searching for: long enough not to match by accident (OTP codes are 6 digits). */
export function canaryValues(app: DesktopApp, extra: readonly string[] = []): string[] {
  return [...new Set([...extra, ...app.allSecretValues()])].filter((value) => value.length >= 8);
}

/** Field types whose values are secrets (the layer's isConcealedField), besides one-time passwords. */
const CONCEALED_TYPES = new Set(["Concealed", "CreditCardNumber", "SshKey"]);

/**
 * Values that must only ever reach the clipboard concealed: concealed fields, current one-time codes and every
 * Environment value. Plain fields (a username, a URL) are copied as text by design.
 */
export function mustConceal(app: DesktopApp, extra: readonly string[] = []): string[] {
  const out = new Set(extra);
  for (const account of app.world.accounts) {
    for (const vault of account.vaults.values())
      for (const item of vault.items.values())
        for (const field of item.fields) if (CONCEALED_TYPES.has(field.fieldType) && field.value) out.add(field.value);
    for (const environment of account.environments.values())
      for (const variable of environment.variables) if (variable.value) out.add(variable.value);
  }
  const otpCodes = app.allSecretValues().filter((value) => /^\d{6}$/.test(value));
  return [...out].filter((value) => value.length >= 8).concat(otpCodes);
}

/** Each value that appears in the text, as itself or JSON-escaped. */
export function leaksIn(text: string, values: readonly string[]): string[] {
  return values.filter((value) => text.includes(value) || text.includes(JSON.stringify(value).slice(1, -1)));
}

/** Clipboard writes by copy that held one of the values without being concealed. */
export function plainSecretCopies(values: readonly string[]): string[] {
  return host.clipboardHistory
    .filter((write) => write.via === "copy" && !write.concealed)
    .flatMap((write) =>
      // Short values (one-time codes) count only as the whole text, so digits in an id do not match by accident.
      values.filter((value) => (value.length >= 8 ? write.text.includes(value) : write.text === value)),
    );
}

/** A unique value a test can look for everywhere. */
export function canary(label: string): string {
  return `canary-${label}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The toast on screen, waiting until it is no longer the animated one. */
export function settledToast() {
  const toast = host.toast;
  return toast && toast.style !== "ANIMATED" ? toast : undefined;
}
