import { act } from "react";

/** Production builds of React have no act(); the driver then lets React's scheduler run instead. */
const actAvailable = process.env.NODE_ENV !== "production";

// React only batches and flushes updates for tests when this flag is set; the driver wraps every step in act().
if (actAvailable) (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Captured at load so tests that switch to fake timers do not stall the driver's polling.
const realSetTimeout = setTimeout;
const realSetImmediate = setImmediate;
const realDateNow = Date.now.bind(Date);

export function now(): number {
  return realDateNow();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}

export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => realSetImmediate(resolve));
}

/** Runs `fn` inside act() and flushes every React update and effect it caused. */
export async function inAct<T>(fn: () => T | Promise<T>): Promise<T> {
  if (!actAvailable) {
    const value = await fn();
    // Default-priority renders are not time-sliced: a few scheduler turns commit them and run their effects.
    for (let turn = 0; turn < 3; turn++) await nextMacrotask();
    return value;
  }
  let result: T | undefined;
  await act(async () => {
    result = await fn();
  });
  return result as T;
}
