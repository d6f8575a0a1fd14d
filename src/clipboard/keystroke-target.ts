import { getFrontmostApplication, type Application } from "@raycast/api";
import type { KeystrokeResult } from "./paste-keystroke";

/**
 * Keystrokes the operating system sends go to whatever app is in front. Right after Raycast's window closes, that may
 * not be the app the person was in yet (or ever: a dialog took the focus, the app quit), and a paste or a typed secret
 * would land in the wrong window. So the app in front is recorded before the window closes, and keystrokes are sent
 * only once that app is in front again. Raycast never reports itself as the frontmost application.
 */

/** How long the app may take to come back to the front, checked every POLL_EVERY_MS. */
const WAIT_AT_MOST_MS = 1_000;
const POLL_EVERY_MS = 50;

/** The app the keystrokes are meant for: the one in front now, or undefined when there is none. */
export async function recordKeystrokeTarget(): Promise<Application | undefined> {
  try {
    return await getFrontmostApplication();
  } catch {
    return undefined;
  }
}

function sameApp(a: Application, b: Application): boolean {
  if (a.bundleId !== undefined || b.bundleId !== undefined) return a.bundleId === b.bundleId;
  if (a.windowsAppId !== undefined || b.windowsAppId !== undefined) return a.windowsAppId === b.windowsAppId;
  return a.path === b.path;
}

async function isInFront(target: Application): Promise<boolean> {
  const front = await recordKeystrokeTarget();
  return front !== undefined && sameApp(front, target);
}

/**
 * Sends keystrokes with `send` once `target` is in front again (waiting briefly, bounded), or sends nothing and says
 * why. Call it after the Raycast window has closed.
 */
export async function sendKeystrokesTo(
  target: Application | undefined,
  send: () => Promise<KeystrokeResult>,
): Promise<KeystrokeResult> {
  if (!target) return { ok: false, reason: "no app was in front to receive it" };
  for (let waited = 0; !(await isInFront(target)); waited += POLL_EVERY_MS) {
    if (waited >= WAIT_AT_MOST_MS) return { ok: false, reason: `${target.name} did not come back to the front` };
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
  }
  return send();
}
