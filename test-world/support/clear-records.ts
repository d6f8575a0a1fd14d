import { host } from "../host";
import { CLEAR_RECORD_PREFIX } from "../../src/clipboard/clear-record";

/** A clear record as stored: what Clear Copied Secret acts on (fields as written, none of them a value). */
export type StoredClearRecord = Record<string, unknown> & { token: string; label: string; deadline: number | null };

/** Every clear record in LocalStorage, by key order, parsed as stored. */
export function clearRecords(): StoredClearRecord[] {
  return Object.entries(host.localStorage)
    .filter(([key]) => key.startsWith(CLEAR_RECORD_PREFIX))
    .map(([, value]) => JSON.parse(String(value)) as StoredClearRecord);
}
