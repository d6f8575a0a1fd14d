import { now, sleep } from "../act";
import { describeScreen } from "./describe";
import type { Session } from "./session";

export interface WaitForOptions {
  /** Milliseconds before giving up (default 5000). */
  timeout?: number;
  /** Milliseconds between polls (default 10). */
  interval?: number;
}

/** Polls (real timers, flushing React) until `check` returns something truthy, and returns it. */
export async function waitUntil<T>(
  session: Session,
  check: () => T | Promise<T>,
  options?: WaitForOptions,
): Promise<T> {
  const timeout = options?.timeout ?? 5000;
  const interval = options?.interval ?? 10;
  const deadline = now() + timeout;
  let lastError: unknown;
  for (;;) {
    session.assertAlive();
    try {
      const result = await check();
      if (result) return result;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (now() > deadline) {
      const reason = lastError instanceof Error ? `: ${lastError.message}` : "";
      throw new Error(`waitFor timed out after ${timeout} ms${reason}\n${describeScreen(session)}`, {
        cause: lastError,
      });
    }
    await session.step(() => sleep(interval));
  }
}
