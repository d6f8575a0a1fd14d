/** How a test sets up the simulated app when it creates it, and how a failure to reach it looks. */

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

/** A failure to reach the app: its words, and whether the library throws them instead of answering with them. */
export interface ConnectionFailure {
  text: string;
  thrown?: boolean;
}
