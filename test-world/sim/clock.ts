/**
 * The simulator's clock. It moves only when a test moves it, so inactivity expiry, OTP windows and item dates are
 * deterministic; `follow` ties it to another time source (e.g. Date.now under jest fake timers) plus the offset
 * accumulated by `advance`.
 */
export class SimClock {
  private offset = 0;

  constructor(
    private readonly start: number,
    private readonly follow?: () => number,
  ) {}

  now(): number {
    return (this.follow ? this.follow() : this.start) + this.offset;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`clock.advance needs a non-negative number, got ${ms}`);
    this.offset += ms;
  }

  /** Jumps to an absolute time (never backwards). */
  set(ms: number): void {
    const delta = ms - this.now();
    if (delta < 0) throw new Error("the simulator's clock never goes backwards");
    this.offset += delta;
  }
}

/** 2025-06-02T09:00:00.000Z: a fixed start so dates and OTP codes are the same on every run. */
export const DEFAULT_START = Date.UTC(2025, 5, 2, 9, 0, 0);
