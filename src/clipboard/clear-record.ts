import { LocalStorage } from "@raycast/api";
import { randomBytes, scryptSync, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { z } from "zod";
import { parseStoredJson } from "../lib/stored-json";

/**
 * What the clear needs to know about the last secret we copied, stored in LocalStorage (Raycast's encrypted store) so
 * that it survives the copying command: a verifier of the value (never the value), the deadline, a token naming this
 * copy and what kind of thing it was. A newer copy overwrites the record, so only the newest copy is tracked.
 *
 * The verifier is scrypt(value, salt) with a fresh random salt per copy. A fast hash would hand anyone who reads the
 * record a one-time code or a short PIN within a second; scrypt makes every guess cost CPU time and memory (the cost is
 * measured in bench/clear-record.bench.ts). The label is a kind ("a password"), never a name ("DB_PASSWORD").
 */
export const CLEAR_RECORD_KEY = "clipboard.pending-clear";

/** scrypt's cost: N = 2^15, r = 8 (32 MiB per guess), p = 1. Changing it changes the record's `kdf`. */
const KDF = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } satisfies ScryptOptions;
const KDF_ID = "scrypt-15-8-1";
const VERIFIER_BYTES = 32;

const recordSchema = z.object({
  token: z.string().min(1),
  kdf: z.literal(KDF_ID),
  salt: z.string().min(1),
  verifier: z.string().min(1),
  /** When to clear, in ms since the epoch; null when the person chose never (the record then only marks it pending). */
  deadline: z.number().nullable(),
  /** What was copied, as a kind: "a password", "a variable value". */
  label: z.string(),
});

export type ClearRecord = z.infer<typeof recordSchema>;

/**
 * Synchronous on purpose: between reading the clipboard and acting on what it held, nothing else of this command runs
 * (no second copy, no other clear), so a check and its action see the same state.
 */
function derive(value: string, salt: string): Buffer {
  return scryptSync(value, salt, VERIFIER_BYTES, KDF);
}

export async function newClearRecord(value: string, deadline: number | null, label: string): Promise<ClearRecord> {
  const salt = randomBytes(16).toString("base64");
  const verifier = derive(value, salt).toString("base64");
  return { token: randomBytes(12).toString("hex"), kdf: KDF_ID, salt, verifier, deadline, label };
}

/** Whether the clipboard text is the value this record was made for (one scrypt run). */
export async function clipboardStillHolds(record: ClearRecord, clipboardText: string | undefined): Promise<boolean> {
  if (clipboardText === undefined || clipboardText === "") return false;
  const expected = Buffer.from(record.verifier, "base64");
  const actual = derive(clipboardText, record.salt);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export async function readClearRecord(): Promise<ClearRecord | undefined> {
  return parseStoredJson(recordSchema, await LocalStorage.getItem(CLEAR_RECORD_KEY));
}

export async function writeClearRecord(record: ClearRecord): Promise<void> {
  await LocalStorage.setItem(CLEAR_RECORD_KEY, JSON.stringify(record));
}

/**
 * Removes the record if it is still the one for `token`. LocalStorage has no compare-and-delete, so the record is read
 * again right before: a newer copy's record, written while a clear was checking the clipboard, stays.
 */
export async function removeClearRecord(token: string): Promise<boolean> {
  const current = await readClearRecord();
  if (current && current.token !== token) return false;
  await LocalStorage.removeItem(CLEAR_RECORD_KEY);
  return true;
}
