import { LocalStorage } from "@raycast/api";
import { z } from "zod";

/**
 * Whether Raycast runs Clear Copied Secret on its manifest interval. Nothing in the API says whether background
 * refresh is on (for Store installs it is off until the person opens the command once), so each interval run leaves
 * the time it ran, and a copy trusts the clear only when that time is recent.
 */
export const HEARTBEAT_KEY = "clipboard.background-heartbeat";

/** The manifest interval of clear-clipboard, and how late a tick may be before the clear counts as not running. */
export const CLEAR_INTERVAL_MS = 10_000;
export const HEARTBEAT_FRESH_MS = 12 * CLEAR_INTERVAL_MS;

export async function recordHeartbeat(now = Date.now()): Promise<void> {
  await LocalStorage.setItem(HEARTBEAT_KEY, now);
}

export async function backgroundClearIsRunning(now = Date.now()): Promise<boolean> {
  const parsed = z.number().safeParse(await LocalStorage.getItem(HEARTBEAT_KEY));
  return parsed.success && now - parsed.data <= HEARTBEAT_FRESH_MS && parsed.data <= now;
}
