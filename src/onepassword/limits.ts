/** Bounds for talking to the desktop app, in one place so their reasons stay together. */
export const LIMITS = {
  /** Creating a client may show the authorization prompt: give a person time to read it and approve. */
  authorizeTimeoutMs: 60_000,
  /**
   * Creating a client that took this long waited for a person to answer the prompt (the app itself answers at once):
   * the prompt took Raycast's window away, so the command brings it back.
   */
  promptNoticeMs: 1_000,
  /** One call, including the SDK's own single re-authorization after an expired session. */
  callTimeoutMs: 30_000,
  /** Rate-limited calls are retried this many times with jittered exponential backoff, then reported. */
  rateLimitRetries: 3,
  rateLimitBaseDelayMs: 1_000,
  rateLimitMaxDelayMs: 8_000,
  /** Items per batch call; the core caps batches (undocumented), 50 is what it accepts. */
  batchChunkSize: 50,
  /** Vaults listed or batched in parallel per account: keeps the app responsive and under rate limits. */
  vaultConcurrency: 4,
  /**
   * Items listed at once per account: several small vaults run in parallel, a large one alone, so the SDK's decoded
   * answers in flight stay a bounded part of the heap.
   */
  listingBudgetItems: 10_000,
} as const;
