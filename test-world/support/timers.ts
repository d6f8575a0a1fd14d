import { AsyncResource } from "node:async_hooks";
import { host, type Screen } from "../host";

/** Fake timers that keep nextTick/setImmediate/microtasks real, so React, the SDK and the driver keep running. */
export const FAKE_TIMERS: Parameters<typeof jest.useFakeTimers>[0] = {
  doNotFake: ["nextTick", "setImmediate", "queueMicrotask"],
};

type TimerFunction = (callback: unknown, ...rest: unknown[]) => unknown;

/**
 * Real timers run a callback in the async context that scheduled it; fake ones run it in whatever context moves the
 * clock. The host tells which command a callback belongs to (and whether Raycast has ended that command) by that
 * context, so the fake timers are made to keep it.
 */
function keepAsyncContext(): void {
  const timers = globalThis as unknown as Record<"setTimeout" | "setInterval", TimerFunction>;
  for (const name of ["setTimeout", "setInterval"] as const) {
    const fake = timers[name];
    const bound: TimerFunction = (callback, ...rest) =>
      fake(typeof callback === "function" ? AsyncResource.bind(callback as () => unknown) : callback, ...rest);
    timers[name] = Object.assign(bound, fake);
  }
}

/** From here on timers are fake (a 90 s clear waits 90 s of fake time); the world's afterEach ends them. */
export function startFakeTimers(): void {
  jest.useFakeTimers(FAKE_TIMERS);
  keepAsyncContext();
}

/** Whether fake timers are installed now: @sinonjs/fake-timers marks the functions it puts in place with `clock`. */
function timersAreFake(): boolean {
  return "clock" in globalThis.setTimeout;
}

/**
 * Back to real timers, if they were fake, after letting React's scheduler finish work it queued on the fake clock.
 * Safe to call when timers are already real (a test may have switched back itself).
 */
export async function endFakeTimers(): Promise<void> {
  if (!timersAreFake()) return;
  await jest.runOnlyPendingTimersAsync();
  jest.useRealTimers();
}

/** Fake timers for the tests of the enclosing describe block. */
export function useFakeTimersHere(): void {
  beforeEach(() => startFakeTimers());
  afterEach(() => endFakeTimers());
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

/**
 * Moves fake time in steps of `step` ms and lets the background launches each step started finish, as minutes pass
 * while Raycast runs interval commands (each launch still ended after the host's timeout if it runs that long).
 */
export async function passTime(ms: number, step = 1_000): Promise<void> {
  for (let passed = 0; passed < ms; passed += step) {
    await advance(Math.min(step, ms - passed));
    await host.waitForBackground();
  }
}
