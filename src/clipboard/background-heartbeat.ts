import { LocalStorage } from "@raycast/api";
import { z } from "zod";

/**
 * Whether Raycast runs Clear Copied Secret on its manifest interval. Nothing in the API says whether background
 * refresh is on (for Store installs it is off until the person opens the command once), so interval runs leave the
 * time they ran, and a copy trusts the clear only when that time is recent.
 */
export const HEARTBEAT_KEY = "clipboard.background-heartbeat";

/** The manifest interval of clear-clipboard. */
export const CLEAR_INTERVAL_MS = 10_000;
/** Interval runs write the time at most this often: there is no need to write storage every 10 s. */
const WRITE_EVERY_MS = 6 * CLEAR_INTERVAL_MS;
/** How old the time may be before the clear counts as not running: a write period plus late ticks. */
export const HEARTBEAT_FRESH_MS = WRITE_EVERY_MS + 6 * CLEAR_INTERVAL_MS;

async function lastHeartbeat(): Promise<number | undefined> {
  const parsed = z.number().safeParse(await LocalStorage.getItem(HEARTBEAT_KEY));
  return parsed.success ? parsed.data : undefined;
}

export async function recordHeartbeat(now = Date.now()): Promise<void> {
  const last = await lastHeartbeat();
  if (last !== undefined && last <= now && now - last < WRITE_EVERY_MS) return;
  await LocalStorage.setItem(HEARTBEAT_KEY, now);
}

export async function backgroundClearIsRunning(now = Date.now()): Promise<boolean> {
  const last = await lastHeartbeat();
  return last !== undefined && last <= now && now - last <= HEARTBEAT_FRESH_MS;
}
