import { LocalStorage } from "@raycast/api";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * What the clear-clipboard command needs to know about the last secret we copied, stored in LocalStorage (Raycast's
 * encrypted store) so that it survives the copying command's process: a salted hash of the value — never the value —
 * the deadline, and a token naming this copy. A newer copy overwrites the record, which is how only the newest copy is
 * tracked: an older waiting clear sees a different token and stands down.
 */
export const CLEAR_RECORD_KEY = "clipboard.pending-clear";

const recordSchema = z.object({
  token: z.string().min(1),
  salt: z.string().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  deadline: z.number(),
  /** What was copied, in words ("password"), for the manual clear's HUD. */
  label: z.string(),
});

export type ClearRecord = z.infer<typeof recordSchema>;

export function hashSecret(salt: string, value: string): string {
  return createHash("sha256").update(salt, "utf8").update("\u0000").update(value, "utf8").digest("hex");
}

export function newClearRecord(value: string, deadline: number, label: string): ClearRecord {
  const salt = randomBytes(16).toString("base64");
  return { token: randomBytes(12).toString("hex"), salt, hash: hashSecret(salt, value), deadline, label };
}

export function clipboardStillHolds(record: ClearRecord, clipboardText: string | undefined): boolean {
  return clipboardText !== undefined && hashSecret(record.salt, clipboardText) === record.hash;
}

export async function readClearRecord(): Promise<ClearRecord | undefined> {
  const raw = await LocalStorage.getItem<string>(CLEAR_RECORD_KEY);
  if (typeof raw !== "string") return undefined;
  try {
    const parsed = recordSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function writeClearRecord(record: ClearRecord): Promise<void> {
  await LocalStorage.setItem(CLEAR_RECORD_KEY, JSON.stringify(record));
}

export async function removeClearRecord(): Promise<void> {
  await LocalStorage.removeItem(CLEAR_RECORD_KEY);
}
