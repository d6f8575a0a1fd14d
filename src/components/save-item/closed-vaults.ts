import { Cache } from "@raycast/api";
import { z } from "zod";
import { parseStoredJson } from "../../lib/stored-json";

/**
 * Which vaults were found to take no new items, kept in Raycast's Cache (vault ids are metadata): the next Save Item
 * paints its dropdown without them at once, and checks again only vaults it has not checked within the hour, so
 * opening the form does not ask 1Password about every vault every time.
 */

export const CLOSED_VAULTS_NAMESPACE = "save-item";
const KEY = "closed-vaults";
/** Access changes in 1Password are rare, but they do happen: an hour-old answer is checked again. */
export const RECHECK_AFTER_MS = 60 * 60 * 1000;

const recordSchema = z.object({ checkedAt: z.number(), checked: z.array(z.string()), closed: z.array(z.string()) });

export interface ClosedVaults {
  /** Target keys of vaults checked within the hour. */
  checked: ReadonlySet<string>;
  /** Target keys of vaults that take no new items. */
  closed: ReadonlySet<string>;
}

const cache = () => new Cache({ namespace: CLOSED_VAULTS_NAMESPACE });

export function readClosedVaults(now = Date.now()): ClosedVaults {
  const empty: ClosedVaults = { checked: new Set(), closed: new Set() };
  const record = parseStoredJson(recordSchema, cache().get(KEY));
  if (!record) return empty;
  const fresh = now - record.checkedAt < RECHECK_AFTER_MS;
  return { checked: new Set(fresh ? record.checked : []), closed: new Set(record.closed) };
}

/** Records a check: `checked` were looked at just now, `closed` is the whole set of vaults known to refuse items. */
export function writeClosedVaults(checked: Iterable<string>, closed: Iterable<string>, now = Date.now()): void {
  cache().set(KEY, JSON.stringify({ checkedAt: now, checked: [...checked], closed: [...closed] }));
}
