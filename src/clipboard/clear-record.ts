import { LocalStorage } from "@raycast/api";
import { randomBytes, scryptSync, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { z } from "zod";
import { parseStoredJson } from "../lib/stored-json";

/**
 * What the clear needs to know about one copy of a secret, stored in LocalStorage (Raycast's encrypted store) so that
 * it survives the copying command. Every copy has its own record under its own key (prefix + token): commands run in
 * their own workers and LocalStorage has no compare-and-set, so one shared key could lose a copy written in between
 * (a clear removing a newer copy's record, two copies at once leaving one secret under the other's record). A command
 * writes and removes only its own copy's key, or records it has handled.
 *
 * A timed record holds a verifier of the value (never the value), the deadline and what kind of thing it was. The
 * verifier is scrypt(value, salt) with a fresh random salt per copy. A fast hash would hand anyone who reads the
 * record a one-time code or a short PIN within a second; scrypt makes every guess cost CPU time and memory (the cost is
 * measured in bench/clear-record.bench.ts). The label is a kind ("a password"), never a name ("DB_PASSWORD").
 *
 * A copy never cleared ("Never") keeps no verifier: nothing will ever check it, and a verifier kept for good would
 * leave a short PIN to a few dozen guesses. Its record only marks that a secret may be on the clipboard, until
 * MAX_RECORD_LIFETIME_MS. A timed record is deleted by the first clear at or after its deadline, or by the first copy
 * after MAX_RECORD_LIFETIME_MS when no clear ran (background refresh off, the window closed).
 */
export const CLEAR_RECORD_PREFIX = "clipboard.pending-clear.";

/** Longer than the longest delay offered (10 min) plus the clears that may run late after it. */
export const MAX_RECORD_LIFETIME_MS = 60 * 60_000;

/**
 * Records checked against the clipboard per run, newest first (one scrypt run each): a background launch is ended
 * after a few seconds. Older ones wait for the next run; there is rarely more than one.
 */
export const MAX_CHECKS_PER_RUN = 4;

/** scrypt's cost: N = 2^15, r = 8 (32 MiB per guess), p = 1. Changing it changes the record's `kdf`. */
const KDF = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } satisfies ScryptOptions;
const KDF_ID = "scrypt-15-8-1";
const VERIFIER_BYTES = 32;

const base = {
  token: z.string().regex(/^[0-9a-f]{24}$/),
  /** When the copy happened, in ms since the epoch: what the record's lifetime counts from. */
  createdAt: z.number(),
  /** What was copied, as a kind: "a password", "a variable value". */
  label: z.string(),
};

const timedSchema = z.object({
  ...base,
  kdf: z.literal(KDF_ID),
  salt: z.string().min(1),
  verifier: z.string().min(1),
  /** When to clear, in ms since the epoch. */
  deadline: z.number(),
});

const neverSchema = z.object({ ...base, deadline: z.null() }).strict();

const recordSchema = z.union([timedSchema, neverSchema]);

export type TimedClearRecord = z.infer<typeof timedSchema>;
export type ClearRecord = z.infer<typeof recordSchema>;

/**
 * Synchronous on purpose: between reading the clipboard and acting on what it held, nothing else of this command runs
 * (no second copy, no other clear), so a check and its action see the same state.
 */
function derive(value: string, salt: string): Buffer {
  return scryptSync(value, salt, VERIFIER_BYTES, KDF);
}

/** The record of a timed copy, with the verifier of its value. */
export async function newClearRecord(
  value: string,
  deadline: number,
  label: string,
  now = Date.now(),
): Promise<TimedClearRecord> {
  const salt = randomBytes(16).toString("base64");
  const verifier = derive(value, salt).toString("base64");
  return { token: newToken(), createdAt: now, label, kdf: KDF_ID, salt, verifier, deadline };
}

/** The record of a copy never cleared: a marker, with nothing derived from the value. */
export function neverClearRecord(label: string, now = Date.now()): ClearRecord {
  return { token: newToken(), createdAt: now, label, deadline: null };
}

function newToken(): string {
  return randomBytes(12).toString("hex");
}

export function isTimed(record: ClearRecord): record is TimedClearRecord {
  return record.deadline !== null;
}

/** Whether the clipboard text is the value this record was made for (one scrypt run). */
export async function clipboardStillHolds(
  record: TimedClearRecord,
  clipboardText: string | undefined,
): Promise<boolean> {
  if (clipboardText === undefined || clipboardText === "") return false;
  const expected = Buffer.from(record.verifier, "base64");
  const actual = derive(clipboardText, record.salt);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export async function writeClearRecord(record: ClearRecord): Promise<void> {
  await LocalStorage.setItem(CLEAR_RECORD_PREFIX + record.token, JSON.stringify(record));
}

export async function removeClearRecords(records: readonly ClearRecord[]): Promise<void> {
  for (const record of records) await LocalStorage.removeItem(CLEAR_RECORD_PREFIX + record.token);
}

function expired(record: ClearRecord, now: number): boolean {
  return now - record.createdAt > MAX_RECORD_LIFETIME_MS || record.createdAt - now > MAX_RECORD_LIFETIME_MS;
}

/**
 * Every record still worth keeping, newest first. Records that cannot be read (damaged, of an older shape) and
 * "never" markers past MAX_RECORD_LIFETIME_MS are deleted on the way: nobody else will ever write those keys again, so
 * removing them cannot lose a copy. A timed record past its lifetime is kept for one more check by a clear (its secret
 * may still be on the clipboard of a Mac that slept through its deadline) unless `dropExpired`: right after a new copy
 * replaced the clipboard, nothing older than that is on it.
 */
export async function liveClearRecords(options: { now?: number; dropExpired?: boolean } = {}): Promise<ClearRecord[]> {
  const now = options.now ?? Date.now();
  const live: ClearRecord[] = [];
  const stale: string[] = [];
  for (const [key, raw] of Object.entries(await LocalStorage.allItems())) {
    if (!key.startsWith(CLEAR_RECORD_PREFIX)) continue;
    const record = parseStoredJson(recordSchema, raw);
    const keep =
      record !== undefined &&
      key === CLEAR_RECORD_PREFIX + record.token &&
      !(expired(record, now) && (options.dropExpired || !isTimed(record)));
    if (keep) live.push(record);
    else stale.push(key);
  }
  for (const key of stale) await LocalStorage.removeItem(key);
  return live.sort((a, b) => b.createdAt - a.createdAt);
}
