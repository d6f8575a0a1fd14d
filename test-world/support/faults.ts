import { host, type Screen } from "../host";
import type { CallRecord, DesktopApp, HangHandle } from "../sim";
import { LIMITS } from "../../src/onepassword/limits";
import { waitWithTime } from "./timers";

/**
 * The reliability suite's own scaffolding: the layer's time bounds, double writes, what a screen shows, settled
 * toasts. The world, timers and canary search are shared with every command test in test-world/support (re-exported here).
 */

export {
  canary,
  canaryValues,
  everythingRecorded,
  expectNoLeakOrCrash,
  leaksIn,
  mustConceal,
  plainSecretCopies,
} from "./canary";
export { advance, FAKE_TIMERS, useFakeTimersHere, waitWithTime } from "./timers";
export { useSimulatedApp } from "./world";

/** Past the layer's bounds: the authorization prompt and one call. */
export const PAST_AUTHORIZE = LIMITS.authorizeTimeoutMs + 1_000;
export const PAST_CALL = LIMITS.callTimeoutMs + 1_000;

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

/** The toast on screen, waiting until it is no longer the animated one. */
export function settledToast() {
  const toast = host.toast;
  return toast && toast.style !== "ANIMATED" ? toast : undefined;
}

/**
 * Under fake timers, a list whose loading call is rate limited until the retries run out: it ends on Too Many Requests
 * after the first try and every retry, nothing more, and once the limit lifts Try Again loads it.
 */
export async function expectRateLimitedThenTryAgain(
  app: DesktopApp,
  open: () => Promise<Screen>,
  call: string,
  loaded: (screen: Screen) => boolean,
): Promise<void> {
  app.rateLimit({ remaining: 0 });
  const screen = await open();
  await waitWithTime(screen, (s) => s.emptyView()?.title === "Too Many Requests", { step: 1_000, rounds: 40 });
  // The first try and every retry, nothing more.
  expect(app.callsNamed(call)).toHaveLength(4);
  app.rateLimit(null);
  expect(screen.actions()[0]?.title).toBe("Try Again");
  await screen.press("enter");
  await waitWithTime(screen, loaded);
}

/**
 * Confirms the batch `key` starts; once `hang` holds two of its calls the app locks and they go on, so they fail.
 * Waits for the toast that reports the batch.
 */
export async function confirmThenLockMidBatch(
  app: DesktopApp,
  screen: Screen,
  key: string,
  hang: HangHandle,
): Promise<void> {
  host.answerAlerts(true);
  await screen.press(key);
  await screen.waitFor(() => hang.held === 2);
  app.lock();
  hang.release();
  await screen.waitFor(() => settledToast());
}
