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
 * and lets the screen settle, until the predicate holds. It gives up after `rounds`, but not before `minRealMs` of
 * real time: work on the thread pool (the clear record's scrypt) takes real time whatever the clock says.
 */
export async function waitWithTime<T>(
  screen: Screen,
  predicate: (screen: Screen) => T,
  options: { step?: number; rounds?: number; minRealMs?: number } = {},
): Promise<T> {
  const step = options.step ?? 10;
  const rounds = options.rounds ?? 400;
  const realDeadline = realNow() + (options.minRealMs ?? 3_000);
  for (let round = 0; round < rounds || realNow() < realDeadline; round++) {
    const value = predicate(screen);
    if (value) return value;
    await advance(round < rounds ? step : 0);
    await screen.settle();
  }
  const value = predicate(screen);
  if (value) return value;
  throw new Error(`condition not met after ${rounds} rounds of ${step} ms\n${screen.describe()}`);
}

/** Taken before any fake timers are installed (they fake process.hrtime too). */
const realHrtime = process.hrtime.bigint.bind(process.hrtime);

/** Real time, whatever the timers: work on the thread pool (scrypt) finishes in real time, not fake time. */
function realNow(): number {
  return Number(realHrtime() / 1_000_000n);
}

/** Polls, yielding to the real event loop, until the predicate holds (or throws after `timeoutMs` of real time). */
export async function untilReal<T>(predicate: () => T, timeoutMs = 5_000): Promise<T> {
  const deadline = realNow() + timeoutMs;
  for (;;) {
    const value = predicate();
    if (value) return value;
    if (realNow() > deadline) throw new Error(`condition not met within ${timeoutMs} ms of real time`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Moves fake time in steps of `step` ms, and after each lets the background launches it started finish in real time
 * (Raycast gives them real seconds; fake time must not end them while their CPU work runs).
 */
export async function passTime(ms: number, step = 1_000): Promise<void> {
  for (let passed = 0; passed < ms; passed += step) {
    await advance(Math.min(step, ms - passed));
    await host.waitForBackground();
  }
}
